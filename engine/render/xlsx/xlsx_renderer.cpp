#include "engine/render/xlsx/xlsx_renderer.hpp"

#include <unicode/utf8.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::render {

namespace {

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR)
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {std::string(what) + ": " + lxw_strerror(err)});
}

std::string plain_text(const doc::Spans& spans) {
  std::string s;
  for (const auto& span : spans) s += span.text;
  text::require_nfc(s);
  return s;
}

// "A1"-style reference; absolute ($C$5) when `absolute`.
std::string cell_ref(lxw_row_t row, std::size_t col, bool absolute = false) {
  std::string letters;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  std::string d = absolute ? "$" : "";
  return d + letters + d + std::to_string(row + 1);
}

// Excel sheet names: at most 31 characters, none of []:*?/\, unique.
std::string sheet_name(const std::string& id, std::set<std::string>& used) {
  std::string base;
  for (char c : id)
    if (std::string_view("[]:*?/\\'").find(c) == std::string_view::npos) base += c;
  if (base.empty()) base = "Bang";
  base = base.substr(0, 28);
  std::string name = base;
  for (int n = 2; used.count(name); ++n) name = base + "-" + std::to_string(n);
  used.insert(name);
  return name;
}

// Display width of text in Excel character units (Times New Roman 12):
// code points, not bytes, so Vietnamese letters count once.
double text_width(const std::string& s) {
  double longest = 0, current = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c == '\n') {
      longest = std::max(longest, current);
      current = 0;
    } else {
      current += (c >= 'A' && c <= 'Z') || c >= 0x1EA0 ? 1.25 : 1.05;
    }
  }
  return std::max(longest, current);
}

struct Formats {
  lxw_format* caption;
  lxw_format* header;
  lxw_format* cell[2][4];  // [total?][ValueKind]
  lxw_format* below_target;
};

lxw_format* make_format(lxw_workbook* wb, bool bold, const char* num_format, uint8_t align, bool border = true) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, 12);
  if (bold) format_set_bold(f);
  if (num_format) format_set_num_format(f, num_format);
  if (align) format_set_align(f, align);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f);
  if (border) format_set_border(f, LXW_BORDER_THIN);
  return f;
}

Formats make_formats(lxw_workbook* wb) {
  // Built-in formats: a Vietnamese Excel shows them with its own separators
  // ("1.234", "72,5%"), an English one with its own.
  Formats f{};
  f.caption = make_format(wb, true, nullptr, LXW_ALIGN_CENTER, false);
  f.header = make_format(wb, true, nullptr, LXW_ALIGN_CENTER);
  for (int total = 0; total < 2; ++total) {
    bool b = total == 1;
    f.cell[total][static_cast<int>(doc::ValueKind::text)] = make_format(wb, b, nullptr, b ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
    f.cell[total][static_cast<int>(doc::ValueKind::integer)] = make_format(wb, b, "#,##0", LXW_ALIGN_RIGHT);
    f.cell[total][static_cast<int>(doc::ValueKind::decimal)] = make_format(wb, b, "#,##0.0", LXW_ALIGN_RIGHT);
    f.cell[total][static_cast<int>(doc::ValueKind::percent)] = make_format(wb, b, "0.0%", LXW_ALIGN_RIGHT);
  }
  f.below_target = workbook_add_format(wb);
  format_set_font_color(f.below_target, 0x9C0006);
  format_set_bg_color(f.below_target, 0xFFC7CE);
  return f;
}

// A cell with its place on the sheet, after spans are resolved.
struct Placed {
  const doc::Cell* cell;
  lxw_row_t row;
  std::size_t col;
  std::size_t col_span, row_span;
};

std::vector<Placed> place(const std::vector<doc::Row>& rows, lxw_row_t first_row, std::size_t ncols) {
  std::vector<Placed> out;
  std::vector<std::size_t> busy(ncols, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t col = 0;
    for (const doc::Cell& c : rows[r].cells) {
      while (col < ncols && busy[col] > 0) ++col;
      if (col >= ncols) break;
      std::size_t cspan = std::min<std::size_t>(std::max(1, c.col_span), ncols - col);
      std::size_t rspan = std::min<std::size_t>(std::max(1, c.row_span), rows.size() - r);
      out.push_back({&c, static_cast<lxw_row_t>(first_row + r), col, cspan, rspan});
      for (std::size_t k = col; k < col + cspan; ++k) busy[k] = rspan;
      col += cspan;
    }
    for (auto& b : busy)
      if (b > 0) --b;
  }
  return out;
}

struct BodyRange {
  lxw_row_t first = 0, last = 0;  // inclusive; empty when first > last
};

void write_cell(lxw_worksheet* ws, const Placed& p, const Formats& f, bool header, bool total,
                const BodyRange& body) {
  const doc::Cell& c = *p.cell;
  lxw_col_t col = static_cast<lxw_col_t>(p.col);
  std::string text = plain_text(c.content);
  lxw_format* fmt = header ? f.header : f.cell[total ? 1 : 0][static_cast<int>(c.kind)];
  if (p.col_span > 1 || p.row_span > 1) {
    check(worksheet_merge_range(ws, p.row, col, static_cast<lxw_row_t>(p.row + p.row_span - 1),
                                static_cast<lxw_col_t>(p.col + p.col_span - 1), text.c_str(), fmt),
          "merge_range");
    return;
  }
  if (!c.value || c.kind == doc::ValueKind::text || header) {
    if (text.empty()) check(worksheet_write_blank(ws, p.row, col, fmt), "write_blank");
    else check(worksheet_write_string(ws, p.row, col, text.c_str(), fmt), "write_string");
    return;
  }
  // The document holds percentages; Excel formats fractions.
  double cached = c.kind == doc::ValueKind::percent ? *c.value / 100.0 : *c.value;
  std::string formula;
  if (c.derived == doc::Derived::column_sum && body.first <= body.last) {
    formula = "=SUM(" + cell_ref(body.first, p.col) + ":" + cell_ref(body.last, p.col) + ")";
  } else if (c.derived == doc::Derived::ratio) {
    long num = static_cast<long>(p.col) + c.numerator_offset, den = static_cast<long>(p.col) + c.denominator_offset;
    if (num >= 0 && den >= 0)
      formula = "=IFERROR(" + cell_ref(p.row, static_cast<std::size_t>(num)) + "/" +
                cell_ref(p.row, static_cast<std::size_t>(den)) + ",\"\")";
  }
  if (formula.empty())
    check(worksheet_write_number(ws, p.row, col, cached, fmt), "write_number");
  else  // the cached result lets viewers that never recalculate show the number
    check(worksheet_write_formula_num(ws, p.row, col, formula.c_str(), fmt, cached), "write_formula");
}

std::size_t column_count(const doc::Table& t) {
  std::size_t ncols = t.column_widths_mm.size();
  for (const auto* rows : {&t.header_rows, &t.body_rows, &t.footer_rows})
    for (const auto& row : *rows) {
      std::size_t n = 0;
      for (const auto& c : row.cells) n += static_cast<std::size_t>(std::max(1, c.col_span));
      ncols = std::max(ncols, n);
    }
  return ncols;
}

void write_table(lxw_workbook* wb, const doc::Table& t, bool landscape_hint, std::set<std::string>& used,
                 const Formats& f) {
  std::string name = sheet_name(t.id, used);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + name});
  const std::size_t ncols = column_count(t);
  if (ncols == 0) return;

  lxw_row_t r = 0;
  std::string caption = plain_text(t.caption);
  if (!caption.empty()) {
    if (ncols > 1)
      check(worksheet_merge_range(ws, 0, 0, 0, static_cast<lxw_col_t>(ncols - 1), caption.c_str(), f.caption), "caption");
    else
      check(worksheet_write_string(ws, 0, 0, caption.c_str(), f.caption), "caption");
    worksheet_set_row(ws, 0, 36, nullptr);
    r = 2;
  }
  const lxw_row_t header_first = r;
  auto header = place(t.header_rows, header_first, ncols);
  const lxw_row_t body_first = static_cast<lxw_row_t>(header_first + t.header_rows.size());
  auto body = place(t.body_rows, body_first, ncols);
  const lxw_row_t footer_first = static_cast<lxw_row_t>(body_first + t.body_rows.size());
  auto footer = place(t.footer_rows, footer_first, ncols);
  BodyRange range{body_first, static_cast<lxw_row_t>(footer_first - 1)};
  if (t.body_rows.empty()) range = {1, 0};

  std::vector<double> widths(ncols, 0);
  for (std::size_t c = 0; c < ncols && c < t.column_widths_mm.size(); ++c) widths[c] = t.column_widths_mm[c] / 2.3;
  auto fit = [&](const std::vector<Placed>& cells) {
    for (const Placed& p : cells)
      if (p.col_span == 1) widths[p.col] = std::max(widths[p.col], text_width(plain_text(p.cell->content)) + 2);
  };
  for (const Placed& p : header) write_cell(ws, p, f, true, false, range);
  for (const Placed& p : body) write_cell(ws, p, f, false, false, range);
  for (const Placed& p : footer) write_cell(ws, p, f, false, true, range);
  fit(header);
  fit(body);
  fit(footer);
  for (std::size_t c = 0; c < ncols; ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::min(widths[c], 60.0), nullptr);

  // Rates below the column's target show in red.
  for (std::size_t c = 0; c < t.column_targets.size() && c < ncols; ++c) {
    if (!t.column_targets[c] || t.body_rows.empty()) continue;
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
    cf.value = *t.column_targets[c] / 100.0;
    cf.format = f.below_target;
    lxw_row_t last = t.footer_rows.empty() ? range.last : static_cast<lxw_row_t>(footer_first + t.footer_rows.size() - 1);
    check(worksheet_conditional_format_range(ws, body_first, static_cast<lxw_col_t>(c), last,
                                             static_cast<lxw_col_t>(c), &cf),
          "conditional_format");
  }

  if (!t.header_rows.empty()) {
    worksheet_freeze_panes(ws, body_first, 0);
    check(worksheet_repeat_rows(ws, header_first, static_cast<lxw_row_t>(body_first - 1)), "repeat_rows");
  }
  worksheet_set_paper(ws, 9);  // A4
  double total_w = 0;
  for (double w : widths) total_w += w;
  if (landscape_hint || total_w > 95) worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  check(worksheet_set_footer(ws, "&CTrang &P/&N"), "footer");
}

// A chart block: its data on a sheet, and a native column chart of the rate
// against the target beside it.
void write_chart(lxw_workbook* wb, const doc::Chart& ch, std::set<std::string>& used, const Formats& f) {
  std::string name = sheet_name(ch.id.empty() ? "bieu-do" : ch.id, used);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + name});
  text::require_nfc(ch.value_label);
  text::require_nfc(ch.target_label);
  lxw_format* pct = f.cell[0][static_cast<int>(doc::ValueKind::percent)];
  lxw_format* txt = f.cell[0][static_cast<int>(doc::ValueKind::text)];
  auto target_of = [&](std::size_t i) -> std::optional<double> {
    return ch.targets.empty() ? ch.target : (i < ch.targets.size() ? ch.targets[i] : std::nullopt);
  };
  bool any_target = false;
  for (std::size_t i = 0; i < ch.categories.size(); ++i) any_target = any_target || target_of(i).has_value();
  check(worksheet_write_string(ws, 0, 0, "", f.header), "chart header");
  check(worksheet_write_string(ws, 0, 1, ch.value_label.c_str(), f.header), "chart header");
  if (any_target) check(worksheet_write_string(ws, 0, 2, ch.target_label.c_str(), f.header), "chart header");
  double label_w = 10;
  for (std::size_t i = 0; i < ch.categories.size(); ++i) {
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    text::require_nfc(ch.categories[i]);
    check(worksheet_write_string(ws, row, 0, ch.categories[i].c_str(), txt), "chart category");
    label_w = std::max(label_w, text_width(ch.categories[i]) + 2);
    if (i < ch.values.size() && ch.values[i]) check(worksheet_write_number(ws, row, 1, *ch.values[i] / 100.0, pct), "chart value");
    if (auto t = target_of(i)) check(worksheet_write_number(ws, row, 2, *t / 100.0, pct), "chart target");
  }
  worksheet_set_column(ws, 0, 0, std::min(label_w, 50.0), nullptr);
  worksheet_set_column(ws, 1, 2, 12, nullptr);
  if (ch.categories.empty()) return;

  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
  lxw_row_t last = static_cast<lxw_row_t>(ch.categories.size());
  lxw_chart_series* rate = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(rate, name.c_str(), 1, 0, last, 0);
  chart_series_set_values(rate, name.c_str(), 1, 1, last, 1);
  chart_series_set_name(rate, ch.value_label.c_str());
  if (any_target) {
    lxw_chart_series* target = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(target, name.c_str(), 1, 0, last, 0);
    chart_series_set_values(target, name.c_str(), 1, 2, last, 2);
    chart_series_set_name(target, ch.target_label.c_str());
  }
  std::string title = plain_text(ch.caption);
  if (!title.empty()) chart_title_set_name(chart, title.c_str());
  chart_axis_set_num_format(chart->y_axis, "0%");
  chart_axis_set_min(chart->y_axis, 0);
  chart_axis_set_max(chart->y_axis, 1);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options opts{};
  opts.x_scale = 1.6;
  opts.y_scale = 1.4;
  check(worksheet_insert_chart_opt(ws, 1, 4, chart, &opts), "insert_chart");
}

// Sheets in document order: body blocks, then each appendix's.
void write_blocks(lxw_workbook* wb, const std::vector<doc::Block>& blocks, bool landscape,
                  std::set<std::string>& used, const Formats& f, int& sheets) {
  for (const auto& b : blocks) {
    if (const auto* t = std::get_if<doc::Table>(&b)) {
      write_table(wb, *t, landscape, used, f);
      ++sheets;
    } else if (const auto* c = std::get_if<doc::Chart>(&b)) {
      write_chart(wb, *c, used, f);
      ++sheets;
    }
  }
}

}  // namespace

void write_xlsx(const doc::Document& d, const std::filesystem::path& path, const XlsxOptions& options) {
  PendingFile pending(path);
  {
    lxw_workbook_options opts{};
    WorkbookPtr wb(workbook_new_opt(pending.temp_path().c_str(), &opts));
    if (!wb) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"workbook_new"});
    Formats f = make_formats(wb.get());
    std::set<std::string> used;
    int sheets = 0;
    write_blocks(wb.get(), d.body, false, used, f, sheets);
    for (const auto& a : d.appendices) write_blocks(wb.get(), a.blocks, a.landscape, used, f, sheets);
    if (sheets == 0) workbook_add_worksheet(wb.get(), nullptr);

    // The document properties are text the user reads too: same NFC gate.
    for (const std::string* meta : {&d.meta.title, &d.meta.author, &d.meta.subject, &d.meta.keywords})
      text::require_nfc(*meta);
    lxw_doc_properties props{};
    props.title = const_cast<char*>(d.meta.title.c_str());
    props.author = const_cast<char*>(d.meta.author.c_str());
    props.subject = const_cast<char*>(d.meta.subject.c_str());
    props.keywords = const_cast<char*>(d.meta.keywords.c_str());
    props.company = const_cast<char*>(d.header.issuing_body.c_str());
    long long ts = options.timestamp ? *options.timestamp : to_unix_seconds(d.header.date);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); !options.timestamp && sde && *sde) ts = std::atoll(sde);
    props.created = static_cast<time_t>(ts);
    check(workbook_set_properties(wb.get(), &props), "set_properties");
    check(workbook_close(wb.release()), "close");
  }
  pending.commit();
}

}  // namespace baocao::render
