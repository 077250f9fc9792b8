#include "engine/render/xlsx/sheet_text_width.hpp"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace baocao::render {

namespace {

// Advance widths of Times-Roman, ' ' to '~', in thousandths of an em.
constexpr short kRegular[95] = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // ' ' to '/'
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // '0' to '?'
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // '@' to 'O'
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // 'P' to '_'
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // '`' to 'o'
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};      // 'p' to '~'
// Times-Bold is a little wider, capitals most.
constexpr double kBold = 1.07;

// The base letter of a precomposed Vietnamese letter (ệ -> e, Ư -> U).
UChar32 base_letter(UChar32 c) {
  if (c == 0x0111) return 'd';  // đ has no decomposition
  if (c == 0x0110) return 'D';
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  if (U_FAILURE(err)) return c;
  icu::UnicodeString d;
  if (!nfd->getDecomposition(c, d) || d.isEmpty()) return c;
  return d.char32At(0);  // full decomposition: the letter first, then its marks
}

}  // namespace

double times_width_pt(std::string_view text, double size_pt, bool bold) {
  double em = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t len = static_cast<int32_t>(text.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c >= 0x80) c = base_letter(c);
    em += c >= ' ' && c <= '~' ? kRegular[c - ' '] : 500;
  }
  return em / 1000.0 * size_pt * (bold ? kBold : 1.0);
}

double pt_to_column_units(double pt) {
  return std::max(0.0, (pt / 0.75 - 5) / 7);
}

double column_units_to_pt(double units) {
  return (units * 7 + 5) * 0.75;
}

}  // namespace baocao::render
