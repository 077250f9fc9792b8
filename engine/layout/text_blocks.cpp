#include "engine/layout/text_blocks.hpp"

#include <algorithm>

#include "engine/layout/line_breaker.hpp"

namespace baocao::layout {

namespace {

// Places `lines` at the cursor with widow/orphan control: a page break never
// leaves one line of the paragraph alone on either side. `keep_after` points
// must fit on the page after the last line (the closing block after the last
// paragraph); when they do not, the last two lines go over with them.
void flow_lines(Flow& flow, const std::vector<Line>& lines, doc::Align align, double size, double indent,
                double hanging = 0, double keep_after = 0) {
  const double lh = size * flow.setup.line_spacing;
  const double ascent = size * flow.fonts.face(fonts::Style::regular).ascender();
  const std::size_t n = lines.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t fit = static_cast<std::size_t>(std::max(0.0, flow.remaining() / lh + 1e-6));
    std::size_t left = n - i;
    std::size_t take = std::min(fit, left);
    if (take == left && keep_after > 0 && !flow.at_top() &&
        static_cast<double>(left) * lh + keep_after > flow.remaining() + 0.01)
      take = left >= 2 ? left - 2 : 0;
    if (take < left) {                           // the paragraph continues on the next page
      if (take + 1 == left && take > 0) --take;  // no widow: carry two lines over (never below 0)
      if (take == 1 && i == 0) take = 0;         // no orphan: a lone first line moves
    }
    if (take == 0) {
      if (flow.at_top())
        take = std::min<std::size_t>(left, 1);  // taller than a page
      else {
        flow.new_page(flow.landscape());
        continue;
      }
    }
    for (std::size_t k = 0; k < take; ++k, ++i) {
      double x = flow.left() + (i == 0 ? indent : hanging);
      double w = flow.width() - (i == 0 ? indent : hanging);
      place_line(lines[i], align, i + 1 == n, x, flow.y + ascent, w, size, flow.page().texts);
      flow.y += lh;
    }
    if (i < n) flow.new_page(flow.landscape());
  }
}

}  // namespace

double lines_height(const Flow& flow, double size, int lines) {
  return size * flow.setup.line_spacing * lines;
}

void layout_paragraph(Flow& flow, const doc::Paragraph& p, double size, double keep_after) {
  double indent = p.first_line_indent ? mm_to_pt(flow.setup.first_indent_mm) : 0;
  auto lines = break_lines(p.spans, flow.fonts, size, flow.width(), indent);
  flow_lines(flow, lines, p.align, size, indent, 0,
             keep_after > 0 ? keep_after + flow.setup.paragraph_gap : 0);
  flow.y += flow.setup.paragraph_gap;
}

void layout_heading(Flow& flow, const doc::Heading& h, double size) {
  doc::Spans spans;
  // ND30: "I." headings bold caps, "1." bold, "a)" upright: the document
  // says which (the template's numbering style); text as given.
  if (!h.number.empty()) spans.push_back({h.number + " ", h.bold, h.italic});
  for (doc::Span s : h.title) {
    s.bold = s.bold || h.bold;
    s.italic = s.italic || h.italic;
    spans.push_back(std::move(s));
  }
  double indent = mm_to_pt(flow.setup.first_indent_mm);
  auto lines = break_lines(spans, flow.fonts, size, flow.width(), indent);
  // Keep with next: the heading plus two lines of what follows.
  flow.ensure(lines_height(flow, size, static_cast<int>(lines.size()) + 2));
  flow_lines(flow, lines, doc::Align::justify, size, indent);
  flow.y += flow.setup.paragraph_gap;
}

namespace {

// "Kính gửi:" and its "- …;" lines: the label, then the items one under the
// other aligned after it, the whole block centred on the page (ND30 công văn).
void layout_labelled_list(Flow& flow, const doc::List& l, double size) {
  const std::string label = l.label + " ";
  const double label_w = flow.fonts.width(fonts::Style::regular, size, label);
  const double room = std::max(flow.width() / 2, flow.width() - label_w);
  std::vector<std::vector<Line>> items;
  double widest = 0;
  std::size_t count = 0;
  for (const doc::Spans& item : l.items) {
    doc::Spans spans{{l.marker + " ", false, false}};
    spans.insert(spans.end(), item.begin(), item.end());
    items.push_back(break_lines(spans, flow.fonts, size, room));
    for (const Line& line : items.back()) widest = std::max(widest, line.width), ++count;
  }
  const double lh = size * flow.setup.line_spacing;
  flow.ensure(lh * static_cast<double>(std::min<std::size_t>(count, 3)));  // the label keeps two lines with it
  const double x = flow.left() + std::max(0.0, (flow.width() - label_w - widest) / 2);
  const double ascent = size * flow.fonts.face(fonts::Style::regular).ascender();
  flow.page().texts.push_back({x, flow.y + ascent, fonts::Style::regular, size, l.label});
  for (const auto& lines : items)
    for (const Line& line : lines) {
      flow.ensure(lh);
      place_line(line, doc::Align::left, true, x + label_w, flow.y + ascent, room, size, flow.page().texts);
      flow.y += lh;
    }
  flow.y += flow.setup.paragraph_gap;
}

}  // namespace

void layout_list(Flow& flow, const doc::List& l, double size, double keep_after) {
  if (!l.label.empty()) return layout_labelled_list(flow, l, size);
  double indent = mm_to_pt(flow.setup.first_indent_mm);
  for (const doc::Spans& item : l.items) {
    bool last = &item == &l.items.back();
    doc::Spans spans;
    spans.push_back({l.marker + " ", false, false});
    spans.insert(spans.end(), item.begin(), item.end());
    auto lines = break_lines(spans, flow.fonts, size, flow.width(), indent);
    flow_lines(flow, lines, doc::Align::justify, size, indent, 0,
               last && keep_after > 0 ? keep_after + flow.setup.paragraph_gap : 0);
    flow.y += flow.setup.paragraph_gap;
  }
}

}  // namespace baocao::layout
