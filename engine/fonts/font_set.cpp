#include "engine/fonts/font_set.hpp"

#include <hb.h>
#include <unicode/utf8.h>

#include <Poco/JSON/Parser.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "engine/core/data_dir.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/fonts/hb_handles.hpp"
#include "engine/text/display.hpp"

namespace baocao::fonts {

namespace fs = std::filesystem;

namespace {

std::string hex(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

}  // namespace

Face::Face(fs::path file) : file_(std::move(file)), flat_(kFlat, -1.0f) {
  HbBlob blob(hb_blob_create_from_file_or_fail(file_.c_str()));
  if (!blob) fail(ErrorFamily::font, MsgId::font_file_missing, {file_.string(), "open"});
  HbFace face(hb_face_create(blob.get(), 0));
  unsigned upem = hb_face_get_upem(face.get());
  if (upem == 0) fail(ErrorFamily::font, MsgId::font_file_missing, {file_.string(), "upem"});
  HbFont font(hb_font_create(face.get()));
  HbSet cps(hb_set_create());
  hb_face_collect_unicodes(face.get(), cps.get());
  hb_codepoint_t cp = HB_SET_VALUE_INVALID;
  while (hb_set_next(cps.get(), &cp)) {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(font.get(), cp, &gid)) continue;
    float adv = static_cast<float>(hb_font_get_glyph_h_advance(font.get(), gid)) / static_cast<float>(upem);
    if (cp < kFlat)
      flat_[cp] = adv;
    else
      other_.emplace(cp, adv);
  }
  hb_font_extents_t ext{};
  if (hb_font_get_h_extents(font.get(), &ext)) {
    ascender_ = static_cast<double>(ext.ascender) / upem;
    descender_ = -static_cast<double>(ext.descender) / upem;
  }
  name_ = file_.stem().string();
}

double Face::advance(char32_t cp) const {
  if (cp < kFlat) return flat_[cp] < 0 ? 0.0 : flat_[cp];
  auto it = other_.find(cp);
  return it == other_.end() ? 0.0 : it->second;
}

FontSet FontSet::load(const fs::path& manifest) {
  std::ifstream in(manifest, std::ios::binary);
  if (!in) fail(ErrorFamily::font, MsgId::file_not_found, {manifest.string()});
  std::stringstream buf;
  buf << in.rdbuf();
  FontSet set;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(buf.str()).extract<Poco::JSON::Object::Ptr>();
    set.family_ = root->optValue<std::string>("family", "");
    auto faces = root->getObject("faces");
    if (!faces) fail(ErrorFamily::font, MsgId::font_manifest_invalid, {"faces"});
    for (const char* key : {"regular", "bold", "italic", "bold_italic"}) {
      auto candidates = faces->getArray(key);
      if (!candidates) fail(ErrorFamily::font, MsgId::font_manifest_invalid, {key});
      std::string tried;
      std::shared_ptr<const Face> found;
      for (std::size_t i = 0; i < candidates->size() && !found; ++i) {
        fs::path p = candidates->getElement<std::string>(static_cast<unsigned>(i));
        if (p.is_relative()) p = manifest.parent_path() / p;
        if (fs::exists(p)) found = std::make_shared<const Face>(p);
        tried += (tried.empty() ? "" : ", ") + p.string();
      }
      if (!found) fail(ErrorFamily::font, MsgId::font_file_missing, {key, tried});
      set.faces_.push_back(std::move(found));
    }
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::font, MsgId::font_manifest_invalid, {e.displayText()}, at_file(manifest.string()));
  }
  return set;
}

fs::path FontSet::default_manifest() {
  return data_dir() / "fonts" / "manifest.json";
}

double FontSet::width(Style s, double size_pt, std::string_view utf8) const {
  const Face& f = face(s);
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size()), i = 0;
  double em = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    text::Shown shown = c < 0 ? text::Shown::glyph : text::shown_as(static_cast<char32_t>(c));
    if (shown == text::Shown::nothing) continue;
    if (shown == text::Shown::space) c = ' ';
    if (c < 0 || !f.has(static_cast<char32_t>(c))) {
      require_glyphs(s, utf8);  // throws with the details
    }
    em += f.advance(static_cast<char32_t>(c));
  }
  return em * size_pt;
}

void FontSet::require_glyphs(Style s, std::string_view utf8) const {
  const Face& f = face(s);
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size()), i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) {
      Location where;
      where.offset = start;
      fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(start)}, where);
    }
    if (text::shown_as(static_cast<char32_t>(c)) != text::Shown::glyph) continue;  // not drawn as itself
    if (!f.has(static_cast<char32_t>(c)))
      fail(ErrorFamily::font, MsgId::font_missing_glyph,
           {f.name(), std::string(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))),
            hex(static_cast<char32_t>(c)), std::string(utf8)});
  }
}

}  // namespace baocao::fonts
