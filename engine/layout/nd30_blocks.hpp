// The fixed parts of an ND30 document: the two-column header (boxes 1-5) and
// the closing with "Nơi nhận:" and the signature block (boxes 7, 9b).
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

void layout_nd30_header(Flow& flow, const doc::Nd30Header& h);

// The header's two columns: bodies and number on the left, Quốc hiệu, Tiêu
// ngữ, place and date on the right, at least kHeaderGapMm apart.
inline constexpr double kHeaderGapMm = 5;
struct HeaderGrid {
  double left_x = 0, left_w = 0;    // points
  double right_x = 0, right_w = 0;
};
HeaderGrid header_grid(const Flow& flow);
// The same for a text box `width` points wide from `left`, without a Flow
// (other writers of the header: the DOCX).
HeaderGrid header_grid(const fonts::FontSet& fonts, const PageSetup& setup, double left, double width);

// Box 4 as the header prints it in a column `width` wide: "Nam Định, ngày 07
// tháng 11 năm 2022" on one line when it fits, else the place (never broken
// inside) and the date on two.
std::vector<std::string> place_date_lines(const fonts::FontSet& fonts, const std::string& place,
                                          const CivilDate& date, double size, double width);
// `text` broken at its spaces into the lines layout gives it at `width`
// (greedy; a no-break space never breaks).
std::vector<std::string> wrap_text(const fonts::FontSet& fonts, const std::string& text, fonts::Style style,
                                   double size, double width);

// The lines of the cơ quan chủ quản and cơ quan ban hành in a column `width`
// wide: each breaks before the administrative unit it names and between whole
// words, never inside a proper name (text::split_body_name; no-break spaces
// join its words), at the largest size from `size` down to 12 pt at which
// both fit. A proper name too wide even at 12 pt drops the unit's generic
// noun to the line above, and only a proper name wider than the column
// itself is broken between its words.
struct HeaderBodies {
  std::vector<std::string> governing, issuing;
  double size = 13;
};
HeaderBodies header_bodies(const fonts::FontSet& fonts, const std::string& governing, const std::string& issuing,
                           double width, double size);
void layout_closing(Flow& flow, const doc::Recipients& r, const doc::Signature& s);
// The height layout_closing() needs on one page, so the body can keep its
// last lines with it.
double closing_height(const Flow& flow, const doc::Recipients& r, const doc::Signature& s);
// Centred title lines of a Phụ lục, bold.
void layout_appendix_title(Flow& flow, const std::vector<std::string>& lines);
// The lines one title line `text` of a Phụ lục is set in at `width`: as few
// as it takes, of even length ("(Kèm theo ...)" italic, others bold).
std::vector<std::string> appendix_title_lines(const fonts::FontSet& fonts, const std::string& text, double size,
                                              double width);

}  // namespace baocao::layout
