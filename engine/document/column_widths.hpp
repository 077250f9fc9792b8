// Column widths of a table from what its cells hold and what the template
// asks (`@do_rong`, templates/GRAMMAR.md): one rule for the PDF's layout
// (widths in points, measured with the fonts) and the XLSX (widths in
// Excel's column units). Pure arithmetic, tested without fonts.
#pragma once

#include <cstddef>
#include <vector>

namespace baocao::doc {

// What one cell needs, padding included.
struct CellNeed {
  std::size_t col = 0, span = 1;  // grid columns it covers
  bool header = false;
  // its widest unbreakable run (narrower, a word would stick out); the
  // whole text for a cell of one or two words ("Số đạt", "Chưa đạt"),
  // which reads badly broken
  double min = 0;
  double max = 0;        // its text on one line
  double three_lines = 0;  // the narrowest width that holds it in at most 3 lines (headers)
  double two_lines = 0;    // ... in at most 2 lines (headers)
};

// `hints[i]` > 0: the width the template gives column i (kept, but never
// below what its widest word or number needs); 0 or missing: from the
// content. Auto columns start at their narrowest and grow, while room is
// left, in this order: headers to at most three lines, body and total cells
// to one line (so names stop wrapping before a number column gets wider
// than its numbers), headers to two lines, then to one, and what is left
// goes to every auto column in proportion to its width so the table fills
// `available`. A table wider than `available` narrows the given widths
// first, toward their content's minimum, then every column in proportion.
// The narrowest each column can be: the widest unbreakable run of its cells
// (a spanning cell's shared between its columns).
std::vector<double> minimum_column_widths(std::size_t ncols, const std::vector<CellNeed>& cells);

std::vector<double> resolve_column_widths(std::size_t ncols, const std::vector<double>& hints,
                                          const std::vector<CellNeed>& cells, double available);

}  // namespace baocao::doc
