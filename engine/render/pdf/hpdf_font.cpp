// See hpdf_font.hpp: HPDF_LoadTTFontFromFile's steps, from a memory stream.
#include "engine/render/pdf/hpdf_font.hpp"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>

#include "engine/render/pdf/char_codes.hpp"

namespace baocao::render {

HPDF_Font load_truetype(HPDF_Doc pdf, const std::string& bytes, const char* tag) {
  // One buffer for the whole font: libharu's memory stream reads across its
  // buffers, but one is simpler to walk.
  const auto size = static_cast<HPDF_UINT>(std::max<std::size_t>(bytes.size(), 4096));
  HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, size);
  if (!stream) return nullptr;
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                        static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK ||
      HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK) {
    HPDF_Stream_Free(stream);
    return nullptr;
  }
  // The font definition owns the stream from here, and frees it on failure.
  HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);
  if (!def) return nullptr;
  HPDF_TTFontDef_SetTagName(def, const_cast<char*>(tag));
  // Registered under its tagged name: two faces may carry one font name (an
  // office's font set may name a file twice), yet each is its own subset.
  const std::string name = std::string(tag) + "+" + def->base_font;
  std::snprintf(def->base_font, sizeof def->base_font, "%s", name.c_str());
  // The document owns the definition from here, and frees it on failure.
  if (HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK) return nullptr;
  return HPDF_GetFont(pdf, def->base_font, CharCodes::kEncoder);
}

}  // namespace baocao::render
