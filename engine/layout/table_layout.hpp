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

}  // namespace baocao::layout
