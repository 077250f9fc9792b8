// word/document.xml: the ND30 header block, the body, the closing block and
// each Phụ lục in a section of its own. Everything a clerk edits is text in
// named paragraph styles (styles.hpp); the ND30 grid (header and closing
// side by side) is a borderless table, and the short rules under the issuing
// body, the Tiêu ngữ and the trích yếu are bottom borders of empty
// paragraphs as wide as the rule, so they stay where the text is when it
// is edited. Line breaks inside the header's names are those of the PDF.
#pragma once

#include <string>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page_setup.hpp"
#include "engine/render/docx/table_writer.hpp"
#include "engine/render/docx/xml_writer.hpp"

namespace baocao::render::docx {

// Relationship ids document.xml refers to.
inline constexpr const char* kPageNumberHeaderId = "rIdHeaderPage";
inline constexpr const char* kFirstPageHeaderId = "rIdHeaderFirst";

std::string document_xml(const doc::Document& d, const fonts::FontSet& fonts, const layout::PageSetup& setup);

// What the block writers share while one section is written.
struct Writer {
  XmlWriter& x;
  const fonts::FontSet& fonts;
  const layout::PageSetup& setup;
  double text_width = 0;  // points, of the current section
};

// The ND30 blocks (nd30_writer.cpp).
void write_nd30_header(Writer& w, const doc::Nd30Header& h);
void write_closing(Writer& w, const doc::Recipients& r, const doc::Signature& s);
void write_appendix_title(Writer& w, const std::vector<std::string>& lines);

// Headings, paragraphs, lists, tables and charts (block_writer.cpp). With
// `keep_with_next`, the last block stays on the page of what follows (the
// closing block), as the PDF keeps it.
void write_blocks(Writer& w, const std::vector<doc::Block>& blocks, const TableStyle& tables, bool keep_with_next);

// Opens a borderless table of columns `widths` (points) for the ND30 grid,
// without cell padding; its rows follow, then x.close().
void open_grid(XmlWriter& x, const std::vector<double>& widths);
// Opens a row of that grid that never splits, and a cell of it `width`
// points wide with `right_margin` points kept clear on its right.
void open_grid_row(XmlWriter& x);
void open_grid_cell(XmlWriter& x, double width, double right_margin = 0);
// An empty paragraph kRuleGap high with a rule `length` points long at its
// foot, centred in `width` (the column's or the page's); `after` points below.
void rule_paragraph(XmlWriter& x, double width, double length, double after);
// An empty paragraph `height` points high: the space the PDF leaves.
void spacer(XmlWriter& x, double height);

}  // namespace baocao::render::docx
