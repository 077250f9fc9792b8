// The font libharu reads: the hb-subset cut of a face, and the same with a
// cmap of a few segments (font_subset.hpp). Checked with HarfBuzz reading
// both files back: every character drawn maps to the same glyph, nothing
// else maps to one, and the table has a handful of segments where hb-subset
// writes dozens.
#include <gtest/gtest.h>
#include <hb.h>

#include <cstdint>
#include <string>

#include "engine/fonts/font_set.hpp"
#include "engine/fonts/hb_handles.hpp"
#include "engine/render/pdf/font_subset.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

std::set<char32_t> characters(const std::string& utf8) {
  std::set<char32_t> out;
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.insert(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

struct Face {
  fonts::HbBlob blob;
  fonts::HbFace face;
  fonts::HbFont font;
  explicit Face(const std::string& bytes)
      : blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_READONLY, nullptr,
                            nullptr)),
        face(hb_face_create(blob.get(), 0)),
        font(hb_font_create(face.get())) {}
  hb_codepoint_t glyph(char32_t c) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(font.get(), c, &g) ? g : 0;
  }
  // Segments of the (3, 1) format 4 subtable.
  unsigned segments() const {
    fonts::HbBlob cmap(hb_face_reference_table(face.get(), HB_TAG('c', 'm', 'a', 'p')));
    unsigned n = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(hb_blob_get_data(cmap.get(), &n));
    auto u16 = [&](unsigned at) { return static_cast<unsigned>(p[at] << 8 | p[at + 1]); };
    for (unsigned r = 0; r < u16(2); ++r) {
      const unsigned rec = 4 + 8 * r;
      const unsigned offset = u16(rec + 4) << 16 | u16(rec + 6);
      if (u16(rec) == 3 && u16(rec + 2) == 1 && u16(offset) == 4) return u16(offset + 6) / 2;
    }
    return 0;
  }
};

TEST(FontSubset, AShortCmapMapsEveryDrawnCharacterToTheSameGlyph) {
  const fonts::FontSet set = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  const std::string text =
      "ỦY BAN NHÂN DÂN TỈNH CÀ MAU — Cộng hòa xã hội chủ nghĩa Việt Nam; “Độc lập - Tự do - Hạnh phúc”… "
      "Kết quả xây dựng xã hội học tập năm 2025: 93/100 xã, phường (93,0%); Ưu tiên đạt chuẩn; Ơn, ơn, ữ, ỹ, ậ.";
  const std::set<char32_t> used = characters(text);
  for (auto style : {fonts::Style::regular, fonts::Style::bold, fonts::Style::italic, fonts::Style::bold_italic}) {
    const std::string cut = subset_font(set.face(style).file(), used);
    const std::string short_cmap = with_short_cmap(cut, used);
    const Face a(cut), b(short_cmap);
    for (char32_t c : used) {
      EXPECT_NE(a.glyph(c), 0u) << static_cast<std::uint32_t>(c);
      EXPECT_EQ(b.glyph(c), a.glyph(c)) << static_cast<std::uint32_t>(c);
    }
    // Characters not drawn, inside and outside the segments: no glyph.
    for (char32_t c : {U'Q', U'z', U'ẳ', U'ỳ', U'€', U'中'}) {
      EXPECT_EQ(b.glyph(c), 0u) << static_cast<std::uint32_t>(c);
    }
    EXPECT_GT(a.segments(), 20u) << "hb-subset: a segment per run of characters";
    EXPECT_LE(b.segments(), 6u);
    // The other tables are those of the cut: same glyph count, same advances.
    EXPECT_EQ(hb_face_get_glyph_count(b.face.get()), hb_face_get_glyph_count(a.face.get()));
    for (char32_t c : used) {
      EXPECT_EQ(hb_font_get_glyph_h_advance(b.font.get(), b.glyph(c)),
                hb_font_get_glyph_h_advance(a.font.get(), a.glyph(c)));
    }
  }
}

}  // namespace
}  // namespace baocao::render
