// The codes a PDF's text is drawn with (char_codes.hpp): a document numbers
// only the characters it draws, so libharu writes each font's widths and
// CIDToGIDMap for those codes alone. Checked on a rendered page with tools
// nobody here wrote: pikepdf reads the fonts' maps and widths, poppler the
// text back through the ToUnicode maps.
#include "engine/render/pdf/char_codes.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "engine/core/diagnostic.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

TEST(CharCodes, TwoBytesPerCharacterNeitherZeroInTheCharactersOrder) {
  std::set<char32_t> chars;
  for (char32_t c = 0x20; c < 0x20 + 600; ++c) chars.insert(c);  // past 255 codes: a second lead byte
  chars.insert(U'ữ');
  const CharCodes codes(chars);
  unsigned last = 0;
  for (char32_t c : chars) {
    const unsigned k = codes.code(c);
    EXPECT_NE(k >> 8, 0u);
    EXPECT_NE(k & 0xFF, 0u);
    EXPECT_GT(k, last) << static_cast<unsigned>(c);
    last = k;
  }
  EXPECT_EQ(codes.code(U' '), 0x0101u);
  const std::string encoded = codes.encode("A ữ");
  ASSERT_EQ(encoded.size(), 6u);
  EXPECT_EQ(static_cast<unsigned char>(encoded[0]) << 8 | static_cast<unsigned char>(encoded[1]),
            codes.code(U'A'));
  EXPECT_EQ(static_cast<unsigned char>(encoded[4]) << 8 | static_cast<unsigned char>(encoded[5]),
            codes.code(U'ữ'));
  EXPECT_THROW(codes.code(U'中'), Error);  // not one of the document's characters
}

TEST(CharCodes, EachFontIsWrittenForTheDrawnCodesOnlyAndItsTextReadsBack) {
  const fonts::FontSet fonts = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  const std::string line1 = "ỦY BAN NHÂN DÂN TỈNH CÀ MAU — “Độc lập - Tự do - Hạnh phúc”…";
  const std::string line2 = "Kết quả năm 2025: 93/100 xã, phường (93,0%); ữ, ỹ, ậ.";
  layout::PagedDocument d;
  d.date = {2025, 12, 12};
  layout::Page p;
  p.width = 595;
  p.height = 842;
  p.texts.push_back({60, 100, fonts::Style::bold, 13, line1});
  p.texts.push_back({60, 130, fonts::Style::regular, 14, line2});
  d.pages.push_back(p);
  test::TempDir dir;
  write_pdf(d, fonts, dir / "a.pdf");

  auto text = test::run("pdftotext -layout " + test::sh_quote((dir / "a.pdf").string()) + " -");
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find(line1), std::string::npos) << text.out;
  EXPECT_NE(text.out.find(line2), std::string::npos) << text.out;

  // Per font: the length of its CIDToGIDMap, the highest CID of its widths, and
  // the number of characters its ToUnicode map lists.
  test::write_file(dir / "fonts.py", R"(import sys, re, pikepdf
pdf = pikepdf.open(sys.argv[1])
for page in pdf.pages:
    for name, font in page.Resources.Font.items():
        cid = font.DescendantFonts[0]
        w = list(cid.get('/W', []))
        top, i = 0, 0
        while i < len(w):
            top = max(top, int(w[i]) + len(w[i + 1]) - 1); i += 2
        n = len(re.findall(rb'<[0-9A-F]{4}> <[0-9A-F]{4}>', font.ToUnicode.read_bytes()))
        print(len(cid.CIDToGIDMap.read_bytes()), top, n)
)");
  auto fonts_out = test::run("/usr/bin/python3 " + test::sh_quote((dir / "fonts.py").string()) + " " +
                             test::sh_quote((dir / "a.pdf").string()));
  ASSERT_EQ(fonts_out.status, 0) << fonts_out.err;
  std::istringstream lines(fonts_out.out);
  std::size_t map_bytes = 0, top = 0, listed = 0, fonts_seen = 0;
  while (lines >> map_bytes >> top >> listed) {
    ++fonts_seen;
    // Both lines hold fewer than 255 distinct characters: codes 0x0101 up.
    EXPECT_LE(map_bytes, 2u * (0x0101 + 255))
        << "the map runs past the drawn codes (to U+1EEF would be 15 KB)";
    EXPECT_LE(top, 0x0101u + 255) << "widths past the drawn codes";
    EXPECT_GT(listed, 20u);
  }
  EXPECT_EQ(fonts_seen, 2u) << fonts_out.out;
}

}  // namespace
}  // namespace baocao::render
