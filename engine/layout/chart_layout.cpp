// A horizontal bar chart of one indicator's rate per unit against its target:
// unit names on the left (they are long Vietnamese names, so horizontal bars
// keep them readable and wrapped, never cut), a percent axis with gridlines
// under the plot, bars filled by whether they reach the target, the target as
// a red line, and a legend. Rows never split; a chart taller than the page
// continues on the next with its axis and legend repeated, as tables repeat
// their header rows.
#include "engine/layout/chart_layout.hpp"

#include <algorithm>
#include <cmath>

#include "engine/layout/line_breaker.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::layout {

namespace {

using fonts::Style;

constexpr Color kReached{0.16, 0.38, 0.67};  // blue: at or above the target
constexpr Color kBelow{0.93, 0.55, 0.16};    // orange: below it
constexpr Color kTarget{0.80, 0.08, 0.08};   // red target line
constexpr Color kGrid{0.75, 0.75, 0.75};
constexpr double kLabelSize = 11;
constexpr double kBarShare = 0.62;  // of a row's height

struct Row {
  std::vector<Line> label;
  double height = 0;
};

double text_ascent(const Flow& flow, double size) {
  return size * flow.fonts.face(Style::regular).ascender();
}

void text_at(Flow& flow, double x, double baseline, Style style, double size, std::string text) {
  flow.page().texts.push_back({x, baseline, style, size, std::move(text)});
}

// The axis maximum: 100 % unless a value or the target is above it, then the
// next multiple of 20.
double axis_max(const doc::Chart& c) {
  double m = 100;
  for (const auto& v : c.values)
    if (v) m = std::max(m, *v);
  if (c.target) m = std::max(m, *c.target);
  return std::ceil(m / 20.0) * 20.0;
}

}  // namespace

void layout_chart(Flow& flow, const doc::Chart& chart) {
  const double size = kLabelSize;
  const double lh = size * 1.2;
  const double asc = text_ascent(flow, size);
  const double label_w = flow.width() * 0.34;
  const double value_room = flow.fonts.width(Style::regular, size, "100,0%") + 4;
  const double plot_x = flow.left() + label_w + 6;
  const double plot_w = flow.left() + flow.width() - plot_x - value_room;
  const double top_max = axis_max(chart);
  // Gridlines every 10 % up to 100 %, every 20 % on a longer axis.
  const int steps =
      static_cast<int>(top_max / 10) > 10 ? static_cast<int>(top_max / 20) : static_cast<int>(top_max / 10);
  auto x_of = [&](double v) { return plot_x + plot_w * std::clamp(v, 0.0, top_max) / top_max; };

  // Caption, centred bold, kept with the chart.
  std::vector<Line> caption;
  if (!chart.caption.empty()) {
    doc::Spans spans = chart.caption;
    for (auto& s : spans) s.bold = true;
    caption = break_lines(spans, flow.fonts, flow.setup.body_size, flow.width());
  }
  const double caption_lh = flow.setup.body_size * flow.setup.line_spacing;
  const double caption_h = static_cast<double>(caption.size()) * caption_lh + (caption.empty() ? 0 : 4);

  std::vector<Row> rows;
  for (const std::string& name : chart.categories) {
    Row r;
    r.label = break_lines({{name, false, false}}, flow.fonts, size, label_w);
    r.height = std::max(static_cast<double>(std::max<std::size_t>(r.label.size(), 1)) * lh, 16.0);
    rows.push_back(std::move(r));
  }
  const double axis_h = lh + 4;          // tick labels under the plot
  const double legend_h = lh * 2.4 + 2;  // axis title, then the legend line below it

  auto legend = [&](double y) {
    double x = plot_x;
    const double key = size * 0.8;
    const double base = y + asc;
    std::string axis_title = chart.value_label + " (%)";
    double tw = flow.fonts.width(Style::italic, size, axis_title);
    text_at(flow, plot_x + (plot_w - tw) / 2, base, Style::italic, size, axis_title);
    double ly = y + lh * 1.3;
    auto entry = [&](const std::string& label, auto&& draw_key) {
      draw_key(x, ly);
      x += key + 4;
      text_at(flow, x, ly + asc, Style::regular, size, label);
      x += flow.fonts.width(Style::regular, size, label) + 14;
    };
    x = flow.left() + label_w * 0.3;
    if (chart.target) {
      entry(chart.value_label + " đạt chỉ tiêu", [&](double kx, double ky) {
        flow.page().boxes.push_back({kx, ky + (lh - key) / 2 - 1, key, key, kReached});
      });
      entry(chart.value_label + " chưa đạt", [&](double kx, double ky) {
        flow.page().boxes.push_back({kx, ky + (lh - key) / 2 - 1, key, key, kBelow});
      });
      entry(chart.target_label + ": " + text::format_vi_percent(*chart.target, 1), [&](double kx, double ky) {
        double my = ky + lh / 2 - 1;
        flow.page().rules.push_back({kx, my, kx + key, my, 1.5, kTarget});
      });
    } else {
      entry(chart.value_label, [&](double kx, double ky) {
        flow.page().boxes.push_back({kx, ky + (lh - key) / 2 - 1, key, key, kReached});
      });
    }
  };

  // Draws rows [first, last) as one plot starting at the cursor.
  auto plot = [&](std::size_t first, std::size_t last) {
    const double top = flow.y;
    double y = top;
    for (std::size_t i = first; i < last; ++i) {
      const Row& r = rows[i];
      double label_top = y + (r.height - static_cast<double>(r.label.size()) * lh) / 2;
      for (std::size_t k = 0; k < r.label.size(); ++k)
        place_line(r.label[k], doc::Align::right, true, flow.left(),
                   label_top + asc + static_cast<double>(k) * lh, label_w, size, flow.page().texts);
      const double bar_h = std::min(r.height, 16.0) * kBarShare;
      const double bar_y = y + (r.height - bar_h) / 2;
      const double mid = y + r.height / 2;
      const auto& v = i < chart.values.size() ? chart.values[i] : std::optional<double>{};
      if (v) {
        bool reached = !chart.target || *v + 1e-9 >= *chart.target;
        double w = x_of(*v) - plot_x;
        if (w > 0) flow.page().boxes.push_back({plot_x, bar_y, w, bar_h, reached ? kReached : kBelow});
        text_at(flow, plot_x + w + 3, mid + asc / 2 - 1, Style::regular, size,
                text::format_vi_percent(*v, 1));
      } else {
        text_at(flow, plot_x + 3, mid + asc / 2 - 1, Style::italic, size, "không có số liệu");
      }
      y += r.height;
    }
    const double bottom = y;
    // Gridlines and tick labels, the axes, then the target over the bars.
    for (int s = 0; s <= steps; ++s) {
      double v = top_max * s / steps;
      double x = x_of(v);
      if (s > 0) flow.page().rules.push_back({x, top, x, bottom, 0.4, kGrid});
      std::string tick = text::format_vi_number(v, 0);
      double tw = flow.fonts.width(Style::regular, size, tick);
      text_at(flow, x - tw / 2, bottom + 3 + asc, Style::regular, size, tick);
    }
    flow.page().rules.push_back({plot_x, top, plot_x, bottom, 0.8});
    flow.page().rules.push_back({plot_x, bottom, plot_x + plot_w, bottom, 0.8});
    if (chart.target) {
      double x = x_of(*chart.target);
      flow.page().rules.push_back({x, top - 3, x, bottom + 1, 1.5, kTarget});
    }
    flow.y = bottom + axis_h;
    legend(flow.y);
    flow.y += legend_h;
  };

  // The caption stays with the first rows; each page gets as many whole
  // rows as fit above its axis and legend.
  const double first_row = rows.empty() ? 0 : rows.front().height;
  if (!flow.at_top()) flow.y += flow.setup.paragraph_gap;
  flow.ensure(caption_h + first_row + axis_h + legend_h + 4);
  for (std::size_t i = 0; i < caption.size(); ++i) {
    place_line(caption[i], doc::Align::center, true, flow.left(),
               flow.y + text_ascent(flow, flow.setup.body_size), flow.width(), flow.setup.body_size,
               flow.page().texts);
    flow.y += caption_lh;
  }
  flow.y += caption.empty() ? 0 : 4;
  std::size_t i = 0;
  while (i < rows.size()) {
    flow.y += 3;  // room for the target line's overshoot
    double room = flow.remaining() - axis_h - legend_h;
    std::size_t end = i;
    double h = 0;
    while (end < rows.size() && (h + rows[end].height <= room || end == i)) h += rows[end++].height;
    if (end == i + 1 && h > room && !flow.at_top()) {  // not even one row: next page
      flow.new_page(flow.landscape());
      continue;
    }
    plot(i, end);
    i = end;
    if (i < rows.size()) flow.new_page(flow.landscape());
  }
  flow.y += flow.setup.paragraph_gap * 2;  // the legend reads as part of the chart, not of what follows
}

}  // namespace baocao::layout
