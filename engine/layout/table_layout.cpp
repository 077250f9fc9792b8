#include "engine/layout/table_layout.hpp"

#include <algorithm>
#include <numeric>

#include "engine/layout/line_breaker.hpp"

namespace baocao::layout {

namespace {

constexpr double kPadX = 3;    // pt, left and right inside a cell
constexpr double kPadY = 2.5;  // pt, above and below
constexpr double kBorder = 0.5;

struct PlacedCell {
  const doc::Cell* cell;
  std::size_t row;  // first row, index within its group
  std::size_t col;  // first column
  std::vector<Line> lines;
};

// A run of rows (header, body or footer) with its cells placed on the grid.
struct Group {
  std::vector<PlacedCell> cells;
  std::vector<double> heights;  // per row
  // For each row, the last row it is tied to by a row span (>= itself).
  std::vector<std::size_t> tied_to;
};

std::vector<double> column_widths(const doc::Table& t, double available) {
  std::size_t ncols = t.column_widths_mm.size();
  for (const auto* rows : {&t.header_rows, &t.body_rows, &t.footer_rows})
    for (const auto& r : *rows) {
      std::size_t n = 0;
      for (const auto& c : r.cells) n += static_cast<std::size_t>(std::max(1, c.col_span));
      ncols = std::max(ncols, n);
    }
  std::vector<double> w(ncols, 0);
  double given = 0;
  std::size_t unknown = 0;
  for (std::size_t i = 0; i < ncols; ++i) {
    if (i < t.column_widths_mm.size() && t.column_widths_mm[i] > 0) {
      w[i] = mm_to_pt(t.column_widths_mm[i]);
      given += w[i];
    } else {
      ++unknown;
    }
  }
  if (unknown > 0) {
    double each =
        std::max(available - given, 20.0 * static_cast<double>(unknown)) / static_cast<double>(unknown);
    for (double& x : w)
      if (x == 0) x = each;
  }
  double total = std::accumulate(w.begin(), w.end(), 0.0);
  if (total > available)  // too wide: shrink every column in proportion
    for (double& x : w) x *= available / total;
  return w;
}

Group place(const std::vector<doc::Row>& rows, const std::vector<double>& widths, Flow& flow, double size) {
  Group g;
  const double lh = size * flow.setup.line_spacing;
  std::vector<std::size_t> busy(widths.size(), 0);  // rows still covered by a span above
  g.heights.assign(rows.size(), 0);
  g.tied_to.resize(rows.size());
  std::iota(g.tied_to.begin(), g.tied_to.end(), 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t col = 0;
    for (const doc::Cell& c : rows[r].cells) {
      while (col < widths.size() && busy[col] > 0) ++col;
      if (col >= widths.size()) break;
      std::size_t span = std::min<std::size_t>(std::max(1, c.col_span), widths.size() - col);
      std::size_t rspan = std::min<std::size_t>(std::max(1, c.row_span), rows.size() - r);
      double w = std::accumulate(widths.begin() + static_cast<long>(col),
                                 widths.begin() + static_cast<long>(col + span), 0.0);
      PlacedCell pc{&c, r, col, break_lines(c.content, flow.fonts, size, w - 2 * kPadX)};
      double need = static_cast<double>(pc.lines.size()) * lh + 2 * kPadY;
      if (rspan == 1) g.heights[r] = std::max(g.heights[r], need);
      for (std::size_t k = col; k < col + span; ++k) busy[k] = rspan;
      for (std::size_t k = r; k < r + rspan; ++k) g.tied_to[k] = std::max(g.tied_to[k], r + rspan - 1);
      g.cells.push_back(std::move(pc));
      col += span;
    }
    for (auto& b : busy)
      if (b > 0) --b;
    if (g.heights[r] == 0) g.heights[r] = lh + 2 * kPadY;
  }
  // Rows under a tall spanning cell grow so the cell's text fits.
  for (const PlacedCell& pc : g.cells) {
    std::size_t rspan = std::min<std::size_t>(std::max(1, pc.cell->row_span), rows.size() - pc.row);
    if (rspan == 1) continue;
    double need = static_cast<double>(pc.lines.size()) * lh + 2 * kPadY;
    double have = std::accumulate(g.heights.begin() + static_cast<long>(pc.row),
                                  g.heights.begin() + static_cast<long>(pc.row + rspan), 0.0);
    if (need > have) g.heights[pc.row + rspan - 1] += need - have;
  }
  // A tie is transitive: a row tied to a row that is tied further.
  for (std::size_t r = rows.size(); r-- > 0;)
    if (g.tied_to[r] > r) g.tied_to[r] = std::max(g.tied_to[r], g.tied_to[g.tied_to[r]]);
  return g;
}

// Draws rows [from, to) of `g` with the top of row `from` at flow.y.
void draw_rows(Flow& flow, const Group& g, std::size_t from, std::size_t to,
               const std::vector<double>& widths, double x0, double size, bool centre_vertically) {
  const double lh = size * flow.setup.line_spacing;
  const double ascent = size * flow.fonts.face(fonts::Style::regular).ascender();
  std::vector<double> row_top(to - from + 1, flow.y);
  for (std::size_t r = from; r < to; ++r) row_top[r - from + 1] = row_top[r - from] + g.heights[r];
  std::vector<double> col_x(widths.size() + 1, x0);
  for (std::size_t c = 0; c < widths.size(); ++c) col_x[c + 1] = col_x[c] + widths[c];

  Page& page = flow.page();
  for (const PlacedCell& pc : g.cells) {
    if (pc.row < from || pc.row >= to) continue;
    std::size_t rspan = std::max(1, pc.cell->row_span), cspan = std::max(1, pc.cell->col_span);
    std::size_t last_row = std::min(pc.row + rspan, to), last_col = std::min(pc.col + cspan, widths.size());
    double top = row_top[pc.row - from], bottom = row_top[last_row - from];
    double left = col_x[pc.col], right = col_x[last_col];
    page.rules.push_back({left, top, right, top, kBorder});
    page.rules.push_back({left, bottom, right, bottom, kBorder});
    page.rules.push_back({left, top, left, bottom, kBorder});
    page.rules.push_back({right, top, right, bottom, kBorder});
    double text_h = static_cast<double>(pc.lines.size()) * lh;
    double y = top + kPadY;
    if (centre_vertically) y = top + (bottom - top - text_h) / 2;
    for (std::size_t i = 0; i < pc.lines.size(); ++i) {
      place_line(pc.lines[i], pc.cell->align, i + 1 == pc.lines.size(), left + kPadX, y + ascent,
                 right - left - 2 * kPadX, size, page.texts);
      y += lh;
    }
  }
  flow.y = row_top.back();
}

double height(const Group& g, std::size_t from, std::size_t to) {
  return std::accumulate(g.heights.begin() + static_cast<long>(from),
                         g.heights.begin() + static_cast<long>(to), 0.0);
}

}  // namespace

void layout_table(Flow& flow, const doc::Table& t, double size, double keep_after) {
  std::vector<double> widths = column_widths(t, flow.width());
  double table_w = std::accumulate(widths.begin(), widths.end(), 0.0);
  double x0 = flow.left() + (flow.width() - table_w) / 2;
  Group header = place(t.header_rows, widths, flow, size);
  Group body = place(t.body_rows, widths, flow, size);
  Group footer = place(t.footer_rows, widths, flow, size);
  const double header_h = height(header, 0, header.heights.size());

  std::vector<Line> caption;
  if (!t.caption.empty()) caption = break_lines(t.caption, flow.fonts, flow.setup.body_size, flow.width());
  const double caption_lh = flow.setup.body_size * flow.setup.line_spacing;
  double first_unit = body.heights.empty() ? 0 : height(body, 0, body.tied_to[0] + 1);
  const double caption_h = static_cast<double>(caption.size()) * caption_lh + (caption.empty() ? 0 : 3);
  const double footer_h = height(footer, 0, footer.heights.size());
  const double page_h = flow.bottom() - flow.top();

  // What follows the table on its page (the closing block) takes the last
  // two row units (rows tied by spans) and the footer along; a table of one
  // or two units moves whole when that fits on a page.
  const double keep = keep_after > 0 ? keep_after + flow.setup.paragraph_gap : 0;
  std::size_t carry_from = body.heights.size();  // none
  if (keep > 0 && !body.heights.empty()) {
    std::vector<std::size_t> starts;
    for (std::size_t r = 0; r < body.heights.size(); r = body.tied_to[r] + 1) starts.push_back(r);
    carry_from = starts.size() >= 2 ? starts[starts.size() - 2] : 0;
  }
  double whole = caption_h + header_h + height(body, 0, body.heights.size()) + footer_h + keep;
  if (carry_from == 0 && whole <= page_h)
    flow.ensure(whole);
  else
    flow.ensure(caption_h + header_h + first_unit);
  const double ascent = flow.setup.body_size * flow.fonts.face(fonts::Style::regular).ascender();
  for (std::size_t i = 0; i < caption.size(); ++i) {
    place_line(caption[i], doc::Align::center, true, flow.left(), flow.y + ascent, flow.width(),
               flow.setup.body_size, flow.page().texts);
    flow.y += caption_lh;
  }
  if (!caption.empty()) flow.y += 3;

  auto draw_header = [&] {
    if (!header.heights.empty()) draw_rows(flow, header, 0, header.heights.size(), widths, x0, size, true);
  };
  draw_header();
  for (const Group* g : {&body, &footer}) {
    std::size_t r = 0;
    while (r < g->heights.size()) {
      std::size_t end = g->tied_to[r] + 1;  // rows tied by a span stay together
      double h = height(*g, r, end);
      if (g == &body && r == carry_from && carry_from > 0) {
        double tail = height(body, r, body.heights.size()) + footer_h + keep;
        if (tail > flow.remaining() && header_h + tail <= page_h) h = flow.remaining() + 1;  // break here
      }
      if (h > flow.remaining() && !(flow.y <= flow.top() + header_h + 0.01)) {
        flow.new_page(flow.landscape());
        draw_header();
      }
      draw_rows(flow, *g, r, end, widths, x0, size, false);
      r = end;
    }
  }
  flow.y += flow.setup.paragraph_gap;
}

}  // namespace baocao::layout
