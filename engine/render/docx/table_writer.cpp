#include "engine/render/docx/table_writer.hpp"

#include <algorithm>
#include <functional>
#include <numeric>

#include "engine/render/docx/glue.hpp"
#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::render::docx {

namespace {

// The PDF's cell padding and borders (engine/layout/table_layout.cpp).
constexpr double kPadX = 3;
constexpr double kPadY = 2.5;
constexpr double kBorder = 0.5;
// Rows of the body kept with the header at the foot of a page, and with the
// totals at the head of the next (table_layout.cpp's kFirstRows, kLastRows).
constexpr std::size_t kFirstRows = 3;
constexpr std::size_t kLastRows = 2;

void border(XmlWriter& x, const char* side) {
  x.empty(side, {{"w:val", "single"}, {"w:sz", std::to_string(static_cast<int>(kBorder * 8))}, {"w:space", "0"},
                 {"w:color", "000000"}});
}

void margin(XmlWriter& x, const char* side, double pt) {
  x.empty(side, {{"w:w", twips(pt)}, {"w:type", "dxa"}});
}

void table_properties(XmlWriter& x, double width) {
  x.open("w:tblPr");
  x.empty("w:tblW", {{"w:w", twips(width)}, {"w:type", "dxa"}});
  x.empty("w:jc", {{"w:val", "center"}});
  x.open("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) border(x, side);
  x.close();
  x.empty("w:tblLayout", {{"w:type", "fixed"}});
  // LibreOffice adds a border's width to each row's height, the PDF draws
  // borders over the padding: half of it less above and below keeps the
  // rows as high as the PDF's, so pages break after the same rows.
  x.open("w:tblCellMar");
  margin(x, "w:top", kPadY - kBorder / 2);
  margin(x, "w:left", kPadX);
  margin(x, "w:bottom", kPadY - kBorder / 2);
  margin(x, "w:right", kPadX);
  x.close();
  plain_table_look(x);
  x.close();
}

// One cell: its width, span, merge, alignment; then its paragraph.
struct CellOut {
  const doc::Cell* cell = nullptr;  // nullptr: the continuation of a cell merged down, or a filler
  double width = 0;
  std::size_t span = 1;
  enum class Merge { none, restart, cont } merge = Merge::none;
};

void write_cell(XmlWriter& x, const CellOut& c, bool header, bool keep_next, const fonts::FontSet& fonts,
                const TableStyle& style) {
  x.open("w:tc");
  x.open("w:tcPr");
  x.empty("w:tcW", {{"w:w", twips(c.width)}, {"w:type", "dxa"}});
  if (c.span > 1) x.empty("w:gridSpan", {{"w:val", std::to_string(c.span)}});
  if (c.merge == CellOut::Merge::restart) x.empty("w:vMerge", {{"w:val", "restart"}});
  if (c.merge == CellOut::Merge::cont) x.empty("w:vMerge");
  // Header cells are centred in their height, as the PDF sets them.
  if (header) x.empty("w:vAlign", {{"w:val", "center"}});
  x.close();
  ParagraphProps p;
  p.style = style.paragraph_style;
  p.keep_next = keep_next;
  if (c.cell) p.align = c.cell->align == doc::Align::justify ? doc::Align::left : c.cell->align;
  x.open("w:p");
  paragraph_properties(x, p);
  if (c.cell) span_runs(x, hold_glued_words(c.cell->content, fonts, style.size), {});
  x.close();
  x.close();
}

// The rows of one group (header, body or totals) on a grid of `widths`:
// cells placed as layout places them, skipping the columns a cell above
// still covers, each covered place written as a vMerge continuation.
void write_rows(XmlWriter& x, const std::vector<doc::Row>& rows, const std::vector<double>& widths, bool header,
                const std::function<bool(std::size_t)>& keep_next, const fonts::FontSet& fonts,
                const TableStyle& style) {
  const std::size_t ncols = widths.size();
  struct Cover {
    std::size_t rows_left = 0, span = 1;
    bool origin = false;  // the first column of the covering cell
  };
  std::vector<Cover> cover(ncols);
  auto width_of = [&](std::size_t col, std::size_t span) {
    return std::accumulate(widths.begin() + static_cast<long>(col), widths.begin() + static_cast<long>(col + span),
                           0.0);
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<CellOut> out;
    std::size_t col = 0;
    auto covered = [&](std::size_t c) {
      if (cover[c].rows_left == 0) return false;
      if (cover[c].origin) out.push_back({nullptr, width_of(c, cover[c].span), cover[c].span, CellOut::Merge::cont});
      return true;
    };
    for (const doc::Cell& c : rows[r].cells) {
      while (col < ncols && covered(col)) col += cover[col].origin ? cover[col].span : 1;
      if (col >= ncols) break;
      const std::size_t span = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, c.col_span)), ncols - col);
      const std::size_t rspan =
          std::min<std::size_t>(static_cast<std::size_t>(std::max(1, c.row_span)), rows.size() - r);
      out.push_back({&c, width_of(col, span), span, rspan > 1 ? CellOut::Merge::restart : CellOut::Merge::none});
      for (std::size_t k = col; k < col + span; ++k) cover[k] = {rspan, span, k == col};
      col += span;
    }
    // The rest of the row: covered places, then empty cells so every row fills the grid.
    while (col < ncols) {
      if (covered(col))
        col += cover[col].origin ? cover[col].span : 1;
      else
        out.push_back({nullptr, widths[col], 1, CellOut::Merge::none}), ++col;
    }
    for (Cover& c : cover)
      if (c.rows_left > 0) --c.rows_left;

    x.open("w:tr");
    x.open("w:trPr");
    x.empty("w:cantSplit");
    if (header) x.empty("w:tblHeader");
    x.close();
    for (const CellOut& c : out) write_cell(x, c, header, keep_next(r), fonts, style);
    x.close();
  }
}

}  // namespace

void write_table(XmlWriter& x, const doc::Table& t, const std::vector<double>& widths, const fonts::FontSet& fonts,
                 const TableStyle& style, bool page_break_before) {
  if (!t.caption.empty()) {
    ParagraphProps p;
    p.style = style::kCaption;
    p.page_break_before = page_break_before;
    paragraph(x, p, t.caption);
    page_break_before = false;
  }
  // A table without rows or columns is no table Word accepts: its caption alone.
  if (widths.empty() || t.header_rows.size() + t.body_rows.size() + t.footer_rows.size() == 0) return;
  if (page_break_before) {
    // A table cannot start a page itself: an empty line breaks it.
    x.open("w:p");
    ParagraphProps p;
    p.style = style::kRule;
    p.page_break_before = true;
    paragraph_properties(x, p);
    x.close();
  }
  x.open("w:tbl");
  table_properties(x, std::accumulate(widths.begin(), widths.end(), 0.0));
  x.open("w:tblGrid");
  for (double w : widths) x.empty("w:gridCol", {{"w:w", twips(w)}});
  x.close();
  // As the PDF's tables: the header rows and the first rows of the body on
  // one page, the last two rows and the totals on one page (a row whose
  // paragraphs keep with the next keeps with the next row).
  const std::size_t n = t.body_rows.size();
  write_rows(x, t.header_rows, widths, true, [](std::size_t) { return true; }, fonts, style);
  write_rows(x, t.body_rows, widths, false,
             [&](std::size_t r) { return r + 1 < std::min<std::size_t>(n, kFirstRows) ||
                                         (r + kLastRows >= n && (r + 1 < n || !t.footer_rows.empty())); },
             fonts, style);
  write_rows(x, t.footer_rows, widths, false, [&](std::size_t r) { return r + 1 < t.footer_rows.size(); }, fonts,
             style);
  x.close();
}

doc::Table chart_table(const doc::Chart& c) {
  doc::Table t;
  t.id = c.id;
  t.caption = c.caption;
  for (auto& s : t.caption) s.bold = true;  // the PDF's chart captions are bold
  const bool targets = c.target || !c.targets.empty();
  auto head = [](const std::string& text) {
    doc::Cell cell;
    cell.content = {{text, true, false}};
    cell.align = doc::Align::center;
    return cell;
  };
  doc::Row h;
  h.cells.push_back(head(""));
  h.cells.push_back(head(c.value_label));
  if (targets) h.cells.push_back(head(c.target_label));
  t.header_rows.push_back(h);
  auto percent = [](const std::optional<double>& v) {
    doc::Cell cell;
    cell.align = doc::Align::right;
    if (v) {
      cell.content = {{text::format_vi_percent(*v, 1), false, false}};
      cell.value = *v;
      cell.kind = doc::ValueKind::percent;
    } else {
      cell.content = {{"không có số liệu", false, true}};
    }
    return cell;
  };
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    doc::Row r;
    doc::Cell name;
    name.content = {{c.categories[i], false, false}};
    r.cells.push_back(name);
    r.cells.push_back(percent(i < c.values.size() ? c.values[i] : std::nullopt));
    if (targets) r.cells.push_back(percent(i < c.targets.size() ? c.targets[i] : c.target));
    t.body_rows.push_back(std::move(r));
  }
  return t;
}

}  // namespace baocao::render::docx
