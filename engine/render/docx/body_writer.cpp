#include "engine/render/docx/body_writer.hpp"

#include <numeric>
#include <sstream>

#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"

namespace baocao::render::docx {

namespace {

// The page of a section: A4, the ND30 margins; in landscape the binding
// margin (left, 30 mm) goes to the top edge, as the PDF's pages do.
struct Page {
  double width, height, top, bottom, left, right;  // points
};

Page page_of(const layout::PageSetup& s, bool landscape) {
  const double w = mm_to_pt(s.width_mm), h = mm_to_pt(s.height_mm);
  const double t = mm_to_pt(s.top_mm), b = mm_to_pt(s.bottom_mm), l = mm_to_pt(s.left_mm), r = mm_to_pt(s.right_mm);
  if (landscape) return {h, w, l, r, t, b};
  return {w, h, t, b, l, r};
}

double text_width(const layout::PageSetup& s, bool landscape) {
  const Page p = page_of(s, landscape);
  return p.width - p.left - p.right;
}

// <w:sectPr> of a section. The first section names the headers; later ones
// inherit them (Word's "link to previous"). Every section leaves page 1
// without a number (w:titlePg), and a Phụ lục numbers its pages from 1.
void section_properties(XmlWriter& x, const layout::PageSetup& s, bool landscape, bool first) {
  const Page p = page_of(s, landscape);
  x.open("w:sectPr");
  if (first) {
    x.empty("w:headerReference", {{"w:type", "default"}, {"r:id", kPageNumberHeaderId}});
    x.empty("w:headerReference", {{"w:type", "first"}, {"r:id", kFirstPageHeaderId}});
  }
  Attrs size{{"w:w", twips(p.width)}, {"w:h", twips(p.height)}};
  if (landscape) size.emplace_back("w:orient", "landscape");
  x.empty("w:pgSz", size);
  // The page number's baseline sits at about two thirds of the top margin,
  // as in the PDF: the header starts one ascent above it.
  const double header = p.top * 0.62 - s.page_number_size * 0.891;
  x.empty("w:pgMar", {{"w:top", twips(p.top)},
                      {"w:right", twips(p.right)},
                      {"w:bottom", twips(p.bottom)},
                      {"w:left", twips(p.left)},
                      {"w:header", twips(header)},
                      {"w:footer", twips(p.bottom / 2)},
                      {"w:gutter", "0"}});
  if (!first) x.empty("w:pgNumType", {{"w:start", "1"}});
  x.empty("w:titlePg");
  x.close();
}

// The paragraph that ends a section (its properties carry the section's).
void section_break(XmlWriter& x, const layout::PageSetup& s, bool landscape, bool first) {
  x.open("w:p");
  x.open("w:pPr");
  x.empty("w:pStyle", {{"w:val", style::kRule}});
  x.empty("w:spacing", {{"w:after", "0"}, {"w:line", "20"}, {"w:lineRule", "exact"}});
  section_properties(x, s, landscape, first);
  x.close();
  x.close();
}

}  // namespace

void open_grid(XmlWriter& x, const std::vector<double>& widths) {
  const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  x.open("w:tbl");
  x.open("w:tblPr");
  x.empty("w:tblW", {{"w:w", twips(total)}, {"w:type", "dxa"}});
  x.open("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    x.empty(side, {{"w:val", "nil"}});
  x.close();
  x.empty("w:tblLayout", {{"w:type", "fixed"}});
  x.open("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) x.empty(side, {{"w:w", "0"}, {"w:type", "dxa"}});
  x.close();
  plain_table_look(x);
  x.close();
  x.open("w:tblGrid");
  for (double w : widths) x.empty("w:gridCol", {{"w:w", twips(w)}});
  x.close();
}

void open_grid_row(XmlWriter& x) {
  x.open("w:tr");
  x.open("w:trPr");
  x.empty("w:cantSplit");
  x.close();
}

void open_grid_cell(XmlWriter& x, double width, double right_margin) {
  x.open("w:tc");
  x.open("w:tcPr");
  x.empty("w:tcW", {{"w:w", twips(width)}, {"w:type", "dxa"}});
  if (right_margin > 0) {
    x.open("w:tcMar");
    x.empty("w:right", {{"w:w", twips(right_margin)}, {"w:type", "dxa"}});
    x.close();
  }
  x.close();
}

void rule_paragraph(XmlWriter& x, double width, double length, double after) {
  ParagraphProps p;
  p.style = style::kRule;
  p.rule_below = 0.6;  // the PDF's rules
  const double side = std::max(0.0, (width - length) / 2);
  p.left = side;
  p.right = side;
  p.first_line = 0;
  p.after = after;
  x.open("w:p");
  paragraph_properties(x, p);
  x.close();
}

void spacer(XmlWriter& x, double height) {
  ParagraphProps p;
  p.style = style::kRule;
  p.line = height;
  p.line_exact = true;
  p.after = 0;
  x.open("w:p");
  paragraph_properties(x, p);
  x.close();
}

std::string document_xml(const doc::Document& d, const fonts::FontSet& fonts, const layout::PageSetup& setup) {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("w:document", {"w", "r"});
  x.open("w:body");
  Writer w{x, fonts, setup, text_width(setup, false)};
  write_nd30_header(w, d.header);
  const bool closing = !d.recipients.items.empty() || !d.signature.authority_lines.empty() ||
                       !d.signature.signer_name.empty();
  write_blocks(w, d.body, {style::kTable, setup.table_size, setup.line_spacing}, closing);
  if (closing) write_closing(w, d.recipients, d.signature);
  bool landscape = false, first = true;
  for (const doc::Appendix& a : d.appendices) {
    section_break(x, setup, landscape, first);
    landscape = a.landscape;
    first = false;
    w.text_width = text_width(setup, landscape);
    write_appendix_title(w, a.title_lines);
    write_blocks(w, a.blocks, {style::kAppendixTable, setup.appendix_table_size, setup.line_spacing}, false);
  }
  section_properties(x, setup, landscape, first);
  x.finish();
  return out.str();
}

}  // namespace baocao::render::docx
