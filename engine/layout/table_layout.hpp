// Tables: column widths in mm, wrapped cells, merged cells (col_span and
// row_span), borders; header rows repeat on every page; a row (or a group of
// rows tied by a row span) never splits across pages.
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

// `keep_after` > 0: the height of what must follow the table on its page
// (the closing block); the last rows go over with it rather than leave it
// alone on a page.
void layout_table(Flow& flow, const doc::Table& table, double size, double keep_after = 0);

// The widths in points layout_table() gives the columns of `table` set at
// `size` in `available` points: for other writers of the same table (the
// DOCX), so its columns are those of the PDF.
std::vector<double> table_column_widths(const doc::Table& table, const fonts::FontSet& fonts, double size,
                                        double available);

}  // namespace baocao::layout
