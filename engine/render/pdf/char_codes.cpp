// The document's code table as a libharu CMap encoder; see char_codes.hpp.
#include "engine/render/pdf/char_codes.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "engine/core/diagnostic.hpp"

namespace baocao::render {

namespace {

// Code k: both bytes in 1..255, so no code holds a zero byte.
constexpr std::size_t kPerLead = 255;
constexpr std::size_t kMaxCodes = kPerLead * kPerLead - 1;  // one kept for the end mark below

unsigned code_at(std::size_t k) {
  return static_cast<unsigned>((1 + k / kPerLead) << 8 | (1 + k % kPerLead));
}

// Every byte of the text starts a code or ends it.
HPDF_BOOL every_byte(HPDF_Encoder, HPDF_BYTE) {
  return HPDF_TRUE;
}

HPDF_STATUS already_initialised(HPDF_Encoder) {
  return HPDF_OK;
}

}  // namespace

CharCodes::CharCodes(const std::set<char32_t>& characters)
    : characters_(characters.begin(), characters.end()) {
  if (characters_.size() > kMaxCodes || (!characters_.empty() && characters_.back() > 0xFFFF))
    fail(ErrorFamily::internal, MsgId::pdf_render_failed, {"character codes"});
}

unsigned CharCodes::code(char32_t c) const {
  auto it = std::lower_bound(characters_.begin(), characters_.end(), c);
  if (it == characters_.end() || *it != c)
    fail(ErrorFamily::internal, MsgId::pdf_render_failed, {"character code"});
  return code_at(static_cast<std::size_t>(it - characters_.begin()));
}

std::string CharCodes::encode(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size() * 2);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) continue;  // not a character: nothing is drawn for it
    const unsigned k = code(static_cast<char32_t>(c));
    out += static_cast<char>(k >> 8);
    out += static_cast<char>(k & 0xFF);
  }
  return out;
}

void CharCodes::register_encoder(HPDF_Doc pdf) const {
  HPDF_Encoder encoder = HPDF_CMapEncoder_New(pdf->mmgr, const_cast<char*>(kEncoder), already_initialised);
  if (!encoder || HPDF_CMapEncoder_InitAttr(encoder) != HPDF_OK) {
    if (encoder) HPDF_Encoder_Free(encoder);
    fail(ErrorFamily::output, MsgId::pdf_render_failed, {"encoder"});
  }
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
  // libharu writes a CID font's widths and CIDToGIDMap for the codes below
  // the highest CID it is given, that one excluded: a last code, never drawn,
  // closes the table.
  for (std::size_t k = 0; k <= characters_.size(); ++k) {
    const unsigned code = code_at(k);
    const auto lo = static_cast<HPDF_BYTE>(code & 0xFF), hi = static_cast<HPDF_BYTE>(code >> 8);
    attr->cid_map[lo][hi] = static_cast<HPDF_UINT16>(code);  // Identity-H: the code is the CID
    attr->unicode_map[lo][hi] = static_cast<HPDF_UNICODE>(k < characters_.size() ? characters_[k]
                                                          : characters_.empty()  ? 0x20
                                                                                 : characters_.back());
  }
  attr->is_lead_byte_fn = every_byte;
  attr->is_trial_byte_fn = every_byte;
  HPDF_CMapEncoder_AddCodeSpaceRange(encoder, HPDF_CidRange_Rec{0x0000, 0xFFFF, 0});
  std::snprintf(attr->registry, sizeof attr->registry, "Adobe");
  // "Identity-H" makes libharu name the font's encoding Identity-H.
  std::snprintf(attr->ordering, sizeof attr->ordering, "Identity-H");
  attr->suppliment = 0;
  attr->writing_mode = HPDF_WMODE_HORIZONTAL;
  attr->uid_offset = -1;
  encoder->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
  if (HPDF_Doc_RegisterEncoder(pdf, encoder) != HPDF_OK)  // frees the encoder when it fails
    fail(ErrorFamily::output, MsgId::pdf_render_failed, {"encoder"});
}

}  // namespace baocao::render
