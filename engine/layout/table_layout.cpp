#include "engine/layout/table_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/layout/line_breaker.hpp"
#include "engine/document/column_widths.hpp"

namespace baocao::layout {

namespace {

constexpr double kPadX = 3;    // pt, left and right inside a cell
constexpr double kPadY = 2.5;  // pt, above and below
constexpr double kBorder = 0.5;
// A table part never keeps fewer body rows than this with its caption and
// header at a page bottom ...
constexpr std::size_t kFirstRows = 3;
// ... nor fewer than this (with the total rows) at the top of the next page.
constexpr std::size_t kLastRows = 2;
// How much wider than its narrowest a header's column may grow so that
// its lines hold whole phrases.
constexpr double kPhraseRoom = 1.25;
// A row taller than a page starts on the current page only when at least
// this many of its lines fit there.
constexpr std::size_t kMinChunkLines = 2;

struct PlacedCell {
  const doc::Cell* cell;
  std::size_t row;  // first row, index within its group
  std::size_t col;  // first column
  std::size_t row_span, col_span;
  std::vector<Word> words;
  std::vector<Line> lines;
  std::size_t drawn = 0;  // lines already printed (a cell continued across pages)
};

// A run of rows (header, body or footer) with its cells placed on the grid.
struct Group {
  std::size_t rows = 0;
  std::vector<PlacedCell> cells;
  std::vector<double> heights;  // per row
  // For each row, the last row it is tied to by a row span (>= itself).
  std::vector<std::size_t> tied_to;
};

std::size_t column_count(const doc::Table& t) {
  std::size_t ncols = t.column_widths_mm.size();
  for (const auto* rows : {&t.header_rows, &t.body_rows, &t.footer_rows})
    for (const auto& r : *rows) {
      std::size_t n = 0;
      for (const auto& c : r.cells) n += static_cast<std::size_t>(std::max(1, c.col_span));
      ncols = std::max(ncols, n);
    }
  return ncols;
}

// Places the cells of `rows` on a grid of `ncols` columns and splits their
// text into measured words (once: widths and lines both come from them).
Group grid(const std::vector<doc::Row>& rows, std::size_t ncols, const fonts::FontSet& fonts, double size) {
  Group g;
  g.rows = rows.size();
  std::vector<std::size_t> busy(ncols, 0);  // rows still covered by a span above
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t col = 0;
    for (const doc::Cell& c : rows[r].cells) {
      while (col < ncols && busy[col] > 0) ++col;
      if (col >= ncols) break;
      std::size_t span = std::min<std::size_t>(std::max(1, c.col_span), ncols - col);
      std::size_t rspan = std::min<std::size_t>(std::max(1, c.row_span), rows.size() - r);
      g.cells.push_back({&c, r, col, rspan, span, split_words(c.content, fonts, size), {}, 0});
      for (std::size_t k = col; k < col + span; ++k) busy[k] = rspan;
      col += span;
    }
    for (auto& b : busy)
      if (b > 0) --b;
  }
  return g;
}

// The narrowest width (padding included) at which `words` take at most
// `lines` lines, between their minimum and their one-line width.
double width_for_lines(const std::vector<Word>& words, const ContentWidth& cw, std::size_t lines) {
  double hi = cw.max;
  if (count_lines(words, cw.min) <= lines) {
    hi = cw.min;
  } else {
    double lo = cw.min;
    for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
      double mid = (lo + hi) / 2;
      (count_lines(words, mid) <= lines ? hi : lo) = mid;
    }
  }
  // A little wider, when that lets each line hold whole phrases ("Tăng,
  // giảm" / "so với năm 2024" / "(điểm %)"): header cells break there.
  const double phrases = phrase_width(words, lines);
  if (phrases > hi && phrases <= hi * kPhraseRoom) hi = phrases;
  return hi + 2 * kPadX;
}

std::vector<double> column_widths(const doc::Table& t, const Group& header, const Group& body,
                                  const Group& footer, std::size_t ncols, double available) {
  std::vector<doc::CellNeed> needs;
  for (const Group* g : {&header, &body, &footer})
    for (const PlacedCell& pc : g->cells) {
      ContentWidth cw = content_width(pc.words);
      // 0.5 pt more than the text: a width that only just holds a line must
      // not wrap it when rounding goes the other way.
      if (pc.words.size() <= 2) cw.min = cw.max;  // "Số đạt", "Chưa đạt": one line
      doc::CellNeed n{pc.col, pc.col_span, g == &header, cw.min + 2 * kPadX + 0.5, cw.max + 2 * kPadX + 0.5, 0, 0};
      if (n.header) {
        n.three_lines = width_for_lines(pc.words, cw, 3) + 0.5;
        n.two_lines = width_for_lines(pc.words, cw, 2) + 0.5;
      }
      needs.push_back(n);
    }
  std::vector<double> hints;
  for (double mm : t.column_widths_mm) hints.push_back(mm > 0 ? mm_to_pt(mm) : 0);
  return doc::resolve_column_widths(ncols, hints, needs, available);
}

// Lines of every cell at the final widths, row heights, rows tied by spans.
// Header cells are centred: their lines as even as they can be, broken
// where a reader pauses.
void measure(Group& g, const std::vector<double>& widths, double lh, bool header) {
  g.heights.assign(g.rows, 0);
  g.tied_to.resize(g.rows);
  std::iota(g.tied_to.begin(), g.tied_to.end(), 0);
  for (PlacedCell& pc : g.cells) {
    double w = std::accumulate(widths.begin() + static_cast<long>(pc.col),
                               widths.begin() + static_cast<long>(pc.col + pc.col_span), 0.0);
    // The words are not needed after.
    pc.lines = header ? fill_lines_balanced(std::move(pc.words), w - 2 * kPadX)
                      : fill_lines(std::move(pc.words), w - 2 * kPadX);
    if (pc.row_span == 1)
      g.heights[pc.row] = std::max(g.heights[pc.row], static_cast<double>(pc.lines.size()) * lh + 2 * kPadY);
    for (std::size_t k = pc.row; k < pc.row + pc.row_span; ++k)
      g.tied_to[k] = std::max(g.tied_to[k], pc.row + pc.row_span - 1);
  }
  for (double& h : g.heights)
    if (h == 0) h = lh + 2 * kPadY;
  // Rows under a tall spanning cell grow so the cell's text fits.
  for (const PlacedCell& pc : g.cells) {
    if (pc.row_span == 1) continue;
    double need = static_cast<double>(pc.lines.size()) * lh + 2 * kPadY;
    double have = std::accumulate(g.heights.begin() + static_cast<long>(pc.row),
                                  g.heights.begin() + static_cast<long>(pc.row + pc.row_span), 0.0);
    if (need > have) g.heights[pc.row + pc.row_span - 1] += need - have;
  }
  // A tie is transitive: a row tied to a row that is tied further.
  for (std::size_t r = g.rows; r-- > 0;)
    if (g.tied_to[r] > r) g.tied_to[r] = std::max(g.tied_to[r], g.tied_to[g.tied_to[r]]);
}

double height(const Group& g, std::size_t from, std::size_t to) {
  return std::accumulate(g.heights.begin() + static_cast<long>(from),
                         g.heights.begin() + static_cast<long>(to), 0.0);
}

struct Geometry {
  std::vector<double> col_x;  // left edge of each column, and the right edge of the table
  double size = 12, lh = 14.4, ascent = 10;
};

// Draws rows [from, to) of `g` with the top of row `from` at flow.y. When
// `chunk` > 0 row `to - 1` is a piece of a row taller than a page, `chunk`
// points high. Header rows print every line, centred; other cells print
// from where they stopped on the page before, as many lines as their box
// holds here (all that are left in the box where the cell ends).
void draw_rows(Flow& flow, Group& g, std::size_t from, std::size_t to, const Geometry& geo, bool header,
               double chunk = 0) {
  std::vector<double> row_top(to - from + 1, flow.y);
  for (std::size_t r = from; r < to; ++r)
    row_top[r - from + 1] = row_top[r - from] + (chunk > 0 && r + 1 == to ? chunk : g.heights[r]);
  Page& page = flow.page();
  const std::size_t ncols = geo.col_x.size() - 1;
  for (PlacedCell& pc : g.cells) {
    if (pc.row >= to || pc.row + pc.row_span <= from) continue;
    std::size_t first = std::max(pc.row, from), last = std::min(pc.row + pc.row_span, to);
    double top = row_top[first - from], bottom = row_top[last - from];
    double left = geo.col_x[pc.col], right = geo.col_x[std::min(pc.col + pc.col_span, ncols)];
    page.rules.push_back({left, top, right, top, kBorder});
    page.rules.push_back({left, bottom, right, bottom, kBorder});
    page.rules.push_back({left, top, left, bottom, kBorder});
    page.rules.push_back({right, top, right, bottom, kBorder});
    std::size_t begin = header ? 0 : pc.drawn, count = pc.lines.size() - begin;
    if (!header && (chunk > 0 || pc.row + pc.row_span > to)) {
      auto fit = static_cast<std::size_t>(std::max(0.0, std::floor((bottom - top - 2 * kPadY) / geo.lh + 1e-6)));
      count = std::min(count, fit);
    }
    double y = top + kPadY;
    if (header) y = top + (bottom - top - static_cast<double>(count) * geo.lh) / 2;
    for (std::size_t i = begin; i < begin + count; ++i) {
      place_line(pc.lines[i], pc.cell->align, i + 1 == pc.lines.size(), left + kPadX, y + geo.ascent,
                 right - left - 2 * kPadX, geo.size, page.texts);
      y += geo.lh;
    }
    if (!header) pc.drawn = begin + count;
  }
  flow.y = row_top.back();
}

// A run of rows that is never split across pages: rows tied by a row span,
// or one row. `group` 0 is the body, 1 the total rows.
struct Unit {
  int group;
  std::size_t from, to;
  double h;
};

}  // namespace

std::vector<double> table_column_widths(const doc::Table& t, const fonts::FontSet& fonts, double size,
                                        double available) {
  const std::size_t ncols = column_count(t);
  return column_widths(t, grid(t.header_rows, ncols, fonts, size), grid(t.body_rows, ncols, fonts, size),
                       grid(t.footer_rows, ncols, fonts, size), ncols, available);
}

void layout_table(Flow& flow, const doc::Table& t, double size, double keep_after) {
  const std::size_t ncols = column_count(t);
  Group header = grid(t.header_rows, ncols, flow.fonts, size);
  Group body = grid(t.body_rows, ncols, flow.fonts, size);
  Group footer = grid(t.footer_rows, ncols, flow.fonts, size);
  std::vector<double> widths = column_widths(t, header, body, footer, ncols, flow.width());
  Geometry geo;
  geo.size = size;
  geo.lh = size * flow.setup.line_spacing;
  geo.ascent = size * flow.fonts.face(fonts::Style::regular).ascender();
  const double table_w = std::accumulate(widths.begin(), widths.end(), 0.0);
  geo.col_x.assign(ncols + 1, flow.left() + (flow.width() - table_w) / 2);
  for (std::size_t c = 0; c < ncols; ++c) geo.col_x[c + 1] = geo.col_x[c] + widths[c];
  for (Group* g : {&header, &body, &footer}) measure(*g, widths, geo.lh, g == &header);

  const double header_h = height(header, 0, header.rows);
  const double page_h = flow.bottom() - flow.top();
  const double room_full = page_h - header_h;  // for rows, on a page the table continues on
  std::vector<Line> caption;
  if (!t.caption.empty()) caption = break_lines(t.caption, flow.fonts, flow.setup.body_size, flow.width());
  const double caption_lh = flow.setup.body_size * flow.setup.line_spacing;
  const double caption_h = static_cast<double>(caption.size()) * caption_lh + (caption.empty() ? 0 : 3);

  // Body units, then the total rows'. A unit taller than a page is laid out
  // row by row, and a row taller than a page line by line.
  std::vector<Unit> units;
  Group* groups[2] = {&body, &footer};
  for (int gi = 0; gi < 2; ++gi) {
    const Group& g = *groups[gi];
    for (std::size_t r = 0; r < g.rows;) {
      std::size_t end = g.tied_to[r] + 1;
      if (height(g, r, end) > room_full + 0.01) end = r + 1;
      units.push_back({gi, r, end, height(g, r, end)});
      r = end;
    }
  }
  const std::size_t U = units.size(), n = body.rows;
  // Body rows in units [a, b).
  auto rows_in = [&](std::size_t a, std::size_t b) {
    std::size_t k = 0;
    for (std::size_t i = a; i < b; ++i) k += units[i].group == 0 ? units[i].to - units[i].from : 0;
    return k;
  };
  const std::size_t min_first = std::min(kFirstRows, n), min_last = std::min(kLastRows, n);

  // What follows the table on its page (the closing block) goes with the
  // last part, unless the last rows, the totals and it cannot share a page.
  double keep = keep_after > 0 ? keep_after + flow.setup.paragraph_gap : 0;
  {
    std::size_t a = U;
    while (a > 0 && (units[a - 1].group == 1 || rows_in(a, U) < min_last)) --a;
    double tail = 0;
    for (std::size_t i = a; i < U; ++i) tail += units[i].h;
    if (header_h + tail + keep > page_h) keep = 0;
  }

  // One part of the table from unit `start` with `room` points for rows:
  // where it ends, and whether the table is done, continues on the next
  // page, or reaches a unit taller than any page.
  enum class Step { done, next_page, tall, too_few_first };
  struct Part {
    Step step;
    std::size_t end;
  };
  auto plan = [&](std::size_t start, double room, bool first, std::size_t need_first) -> Part {
    double used = 0;
    std::size_t j = start;
    while (j < U && used + units[j].h <= room + 0.01) used += units[j++].h;
    if (j == U && used + keep <= room + 0.01) return {Step::done, U};
    if (j < U && units[j].h > room_full + 0.01) return {Step::tall, j};
    // Leave at least `min_last` body rows for the page that ends the table.
    std::size_t b = j;
    while (b > start && rows_in(b, U) < min_last) --b;
    if (first && rows_in(0, b) < need_first) return {Step::too_few_first, b};
    if (b == start) b = j;  // cannot do better: the break stays where the page is full
    if (b == U) return {Step::done, U};  // the rows fit; what follows cannot take any along
    return {Step::next_page, b};  // b == start: nothing fits below what is on this page
  };

  if (U == 0) {  // a header alone: nothing to keep together
    flow.ensure(caption_h + header_h);
    keep = 0;
  }
  Part part = plan(0, flow.remaining() - caption_h - header_h, true, min_first);
  if (part.step == Step::too_few_first && !flow.at_top()) {
    flow.new_page(flow.landscape());
    part = plan(0, flow.remaining() - caption_h - header_h, true, min_first);
  }
  if (part.step == Step::too_few_first)  // not even a page holds them: as many as fit
    part = plan(0, flow.remaining() - caption_h - header_h, true, 0);
  // A first row taller than a page starts here only if some of its lines fit.
  if (part.step == Step::tall && part.end == 0 && !flow.at_top() &&
      flow.remaining() - caption_h - header_h < static_cast<double>(kMinChunkLines) * geo.lh + 2 * kPadY) {
    flow.new_page(flow.landscape());
    part = plan(0, flow.remaining() - caption_h - header_h, true, 0);
  }

  TablePart record{t.id, true, false, 0, 0, n, false, false};
  auto next_page = [&] {
    flow.page().table_parts.push_back(record);
    flow.new_page(flow.landscape());
    record = TablePart{t.id, false, false, 0, 0, n, false, false};
  };
  auto draw_header = [&] {
    if (header.rows == 0) return;
    draw_rows(flow, header, 0, header.rows, geo, true);
    record.header = true;
  };
  auto note_rows = [&](const Unit& u) {
    if (u.group != 0) return;
    if (record.rows == 0) record.first_row = u.from;
    record.rows += u.to - u.from;
  };
  auto draw_units = [&](std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i) {
      draw_rows(flow, *groups[units[i].group], units[i].from, units[i].to, geo, false);
      note_rows(units[i]);
    }
  };
  // A row taller than a page, line by line: each page takes the lines that
  // fit under the repeated header.
  auto draw_tall = [&](const Unit& u) {
    Group& g = *groups[u.group];
    const std::size_t r = u.from;
    auto left_in = [&](const PlacedCell& pc) { return pc.lines.size() - pc.drawn; };
    for (;;) {
      auto cap = static_cast<std::size_t>(std::max(0.0, std::floor((flow.remaining() - 2 * kPadY) / geo.lh + 1e-6)));
      std::size_t most = 0;
      for (const PlacedCell& pc : g.cells)
        if (pc.row <= r && pc.row + pc.row_span == r + 1) most = std::max(most, left_in(pc));
      if (cap < std::min(most, kMinChunkLines) && flow.y > flow.top() + header_h + 0.01) {
        next_page();
        draw_header();
        continue;
      }
      cap = std::max<std::size_t>(cap, 1);
      double h = static_cast<double>(std::min(cap, std::max<std::size_t>(most, 1))) * geo.lh + 2 * kPadY;
      draw_rows(flow, g, r, r + 1, geo, false, h);
      if (u.group == 0 && (record.rows == 0 || record.first_row + record.rows <= r)) {
        if (record.rows == 0) record.first_row = r;
        ++record.rows;
      }
      record.split_row = true;
      most = 0;
      for (const PlacedCell& pc : g.cells)
        if (pc.row <= r && pc.row + pc.row_span == r + 1) most = std::max(most, left_in(pc));
      if (most == 0) return;
      next_page();
      draw_header();
    }
  };

  const double ascent = flow.setup.body_size * flow.fonts.face(fonts::Style::regular).ascender();
  for (const Line& line : caption) {
    place_line(line, doc::Align::center, true, flow.left(), flow.y + ascent, flow.width(), flow.setup.body_size,
               flow.page().texts);
    flow.y += caption_lh;
  }
  if (!caption.empty()) flow.y += 3;
  draw_header();
  std::size_t start = 0;
  for (;;) {
    if (part.step == Step::done) {
      draw_units(start, U);
      break;
    }
    draw_units(start, part.end);
    if (part.step == Step::tall) {
      draw_tall(units[part.end]);
      start = part.end + 1;
      if (start == U) break;
      part = plan(start, flow.remaining(), false, 0);
    } else {
      next_page();
      draw_header();
      start = part.end;
      part = plan(start, flow.remaining(), false, 0);
    }
  }
  record.ends = true;
  flow.page().table_parts.push_back(record);
  flow.y += flow.setup.paragraph_gap;
}

}  // namespace baocao::layout
