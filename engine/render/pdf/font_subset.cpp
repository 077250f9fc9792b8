// hb-subset behind RAII handles; see font_subset.hpp.
#include "engine/render/pdf/font_subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <memory>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/fonts/hb_handles.hpp"

namespace baocao::render {

namespace {

struct InputDeleter {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};

}  // namespace

std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& code_points) {
  fonts::HbBlob blob(hb_blob_create_from_file_or_fail(file.c_str()));
  if (!blob) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "open"});
  fonts::HbFace face(hb_face_create(blob.get(), 0));
  std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset_input"});
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());  // owned by input
  for (char32_t cp : code_points) hb_set_add(unicodes, cp);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  fonts::HbFace cut(hb_subset_or_fail(face.get(), input.get()));
  if (!cut) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  fonts::HbBlob out(hb_face_reference_blob(cut.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (!data || length == 0) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  return std::string(data, length);
}

namespace {

void put16(std::string& s, unsigned v) {
  s += static_cast<char>((v >> 8) & 0xFF);
  s += static_cast<char>(v & 0xFF);
}

}  // namespace

// libharu 2.3 looks every code of the BMP up in the font's cmap when it
// writes a CID font (its CIDToGIDMap and widths): 65,536 lookups per face
// and document, each a linear walk over the format 4 segments, to the last
// one for every code above the highest drawn. hb-subset writes a segment per
// run of consecutive characters, dozens for Vietnamese text, and that walk
// was the largest single cost of drawing a document. Here characters less
// than kGap apart share a segment (its gaps map to glyph 0 through the glyph
// id array): a handful of segments (ASCII, the Latin letters with their
// marks, the Vietnamese block, punctuation) and an array of a few hundred
// entries, which libharu reads two bytes at a time. The embedded font
// carries this cmap; PDF viewers map codes through the CIDToGIDMap.
std::string with_short_cmap(const std::string& font, const std::set<char32_t>& code_points) {
  constexpr char32_t kGap = 48;
  if (code_points.empty() || *code_points.rbegin() >= 0xFFFF) return font;
  fonts::HbBlob blob(hb_blob_create(font.data(), static_cast<unsigned>(font.size()), HB_MEMORY_MODE_READONLY,
                                    nullptr, nullptr));
  fonts::HbFace face(hb_face_create(blob.get(), 0));
  fonts::HbFont metrics(hb_font_create(face.get()));
  struct Range {
    char32_t first, last;
  };
  std::vector<Range> ranges;
  for (char32_t c : code_points) {
    if (!ranges.empty() && c - ranges.back().last < kGap)
      ranges.back().last = c;
    else
      ranges.push_back({c, c});
  }
  std::vector<unsigned> glyphs;  // every range's codes, in order
  std::vector<unsigned> offsets;  // of each range in `glyphs`
  for (const Range& r : ranges) {
    offsets.push_back(static_cast<unsigned>(glyphs.size()));
    for (char32_t c = r.first; c <= r.last; ++c) {
      hb_codepoint_t g = 0;
      glyphs.push_back(code_points.count(c) && hb_font_get_nominal_glyph(metrics.get(), c, &g) ? g : 0);
    }
  }
  const unsigned segments = static_cast<unsigned>(ranges.size()) + 1;  // and the closing 0xFFFF
  const unsigned length = 16 + 8 * segments + 2 * static_cast<unsigned>(glyphs.size());
  if (length > 0xFFFF) return font;
  unsigned power = 1, log2 = 0;
  while (power * 2 <= segments) {
    power *= 2;
    ++log2;
  }
  std::string cmap;
  put16(cmap, 0);  // version
  put16(cmap, 1);  // one encoding record: Windows, Unicode BMP, at offset 12
  put16(cmap, 3);
  put16(cmap, 1);
  put16(cmap, 0);
  put16(cmap, 12);
  put16(cmap, 4);  // format
  put16(cmap, length);
  put16(cmap, 0);  // language
  put16(cmap, 2 * segments);
  put16(cmap, 2 * power);                   // searchRange
  put16(cmap, log2);                        // entrySelector
  put16(cmap, 2 * segments - 2 * power);    // rangeShift
  for (const Range& r : ranges) put16(cmap, r.last);  // endCode
  put16(cmap, 0xFFFF);
  put16(cmap, 0);  // reservedPad
  for (const Range& r : ranges) put16(cmap, r.first);  // startCode
  put16(cmap, 0xFFFF);
  for (std::size_t i = 0; i < ranges.size(); ++i) put16(cmap, 0);  // idDelta
  put16(cmap, 1);
  // idRangeOffset: from the entry itself to the range's first glyph id.
  for (unsigned i = 0; i < ranges.size(); ++i) put16(cmap, 2 * (segments - i) + 2 * offsets[i]);
  put16(cmap, 0);
  for (unsigned g : glyphs) put16(cmap, g);

  fonts::HbFace builder(hb_face_builder_create());
  unsigned count = 0;
  std::vector<hb_tag_t> tags(hb_face_get_table_tags(face.get(), 0, &count, nullptr));
  count = static_cast<unsigned>(tags.size());
  hb_face_get_table_tags(face.get(), 0, &count, tags.data());
  const hb_tag_t cmap_tag = HB_TAG('c', 'm', 'a', 'p');
  for (unsigned i = 0; i < count; ++i) {
    if (tags[i] == cmap_tag) continue;
    fonts::HbBlob table(hb_face_reference_table(face.get(), tags[i]));
    hb_face_builder_add_table(builder.get(), tags[i], table.get());
  }
  fonts::HbBlob flat(hb_blob_create(cmap.data(), static_cast<unsigned>(cmap.size()), HB_MEMORY_MODE_READONLY,
                                    nullptr, nullptr));
  hb_face_builder_add_table(builder.get(), cmap_tag, flat.get());
  fonts::HbBlob out(hb_face_reference_blob(builder.get()));
  unsigned size = 0;
  const char* data = hb_blob_get_data(out.get(), &size);
  if (!data || size == 0) return font;
  return std::string(data, size);
}

}  // namespace baocao::render
