// How wide text prints in a spreadsheet cell, in Excel's column-width units
// (the width of '0' in the workbook's default font, Calibri 11: 7 px at
// 96 dpi, so a column of width w is 7w + 5 px wide). Text is measured with
// Times New Roman's advance widths (the metrics Liberation Serif copies),
// a Vietnamese letter as its base letter, so that column widths come from
// the content without a font library in the XLSX renderer.
#pragma once

#include <string_view>

namespace baocao::render {

// Points of `text` set in Times New Roman at `size_pt`.
double times_width_pt(std::string_view text, double size_pt, bool bold);

// Column units for a width in points, and back; the 5 px each column has
// besides its units included.
double pt_to_column_units(double pt);
double column_units_to_pt(double units);

}  // namespace baocao::render
