#include "engine/layout/chart_layout.hpp"

#include <algorithm>

#include "engine/layout/line_breaker.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::layout {

// A first, plain rendering: the caption, then one line of text per category
// with its rate and an axis-free bar drawn with rules. Issue 7 replaces this
// with a filled, labelled vector chart.
void layout_chart(Flow& flow, const doc::Chart& chart) {
  const double size = flow.setup.table_size;
  const double lh = size * flow.setup.line_spacing;
  const double ascent = size * flow.fonts.face(fonts::Style::regular).ascender();
  if (!chart.caption.empty()) {
    auto lines = break_lines(chart.caption, flow.fonts, flow.setup.body_size, flow.width());
    flow.ensure(static_cast<double>(lines.size() + 2) * lh);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      place_line(lines[i], doc::Align::center, true, flow.left(), flow.y + ascent, flow.width(),
                 flow.setup.body_size, flow.page().texts);
      flow.y += flow.setup.body_size * flow.setup.line_spacing;
    }
  }
  const double label_w = flow.width() * 0.35, bar_x = flow.left() + label_w + 6;
  const double bar_w = flow.width() - label_w - 6 - 40;
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    flow.ensure(lh);
    doc::Spans label{{chart.categories[i], false, false}};
    auto lines = break_lines(label, flow.fonts, size, label_w);
    if (!lines.empty()) place_line(lines[0], doc::Align::left, true, flow.left(), flow.y + ascent, label_w, size, flow.page().texts);
    if (i < chart.values.size() && chart.values[i]) {
      double v = std::clamp(*chart.values[i], 0.0, 100.0);
      double y = flow.y + lh / 2;
      flow.page().rules.push_back({bar_x, y, bar_x + bar_w * v / 100.0, y, lh * 0.6});
      std::string text = text::format_vi_percent(*chart.values[i], 1);
      flow.page().texts.push_back({bar_x + bar_w * v / 100.0 + 3, flow.y + ascent, fonts::Style::regular, size, text});
    }
    flow.y += lh;
  }
  if (chart.target) {
    double x = bar_x + bar_w * std::clamp(*chart.target, 0.0, 100.0) / 100.0;
    double top = flow.y - lh * static_cast<double>(chart.categories.size());
    flow.page().rules.push_back({x, top, x, flow.y, 0.8});
  }
  flow.y += flow.setup.paragraph_gap;
}

}  // namespace baocao::layout
