// Tables of the document tree as Word tables: the PDF's column widths, a
// fixed layout, 0.5 pt borders, header rows repeated on every page
// (w:tblHeader), rows that never split across pages (w:cantSplit), merged
// cells (w:gridSpan across, w:vMerge down), each cell aligned as the tree
// says (numbers right, already in vi-VN form). A chart becomes the table of
// its figures: the DOCX has no drawing of it, and a clerk editing the report
// wants the numbers.
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page_setup.hpp"
#include "engine/render/docx/xml_writer.hpp"

namespace baocao::render::docx {

struct TableStyle {
  const char* paragraph_style;  // the cells' paragraph style
  double size;                  // their type size, points
  double line_spacing;          // times the size
};

// The caption (when any), then the table; `widths` in points, one per grid
// column. `page_break_before`: the table starts a new page.
void write_table(XmlWriter& x, const doc::Table& t, const std::vector<double>& widths, const fonts::FontSet& fonts,
                 const TableStyle& style, bool page_break_before);

// `c` as a table (caption; name, value and target columns).
doc::Table chart_table(const doc::Chart& c);

}  // namespace baocao::render::docx
