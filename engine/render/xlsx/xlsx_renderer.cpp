#include "engine/render/xlsx/xlsx_renderer.hpp"

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

// Excel sheet names: at most 31 characters (counted in UTF-16, kept ASCII
// here since ids are slugs), none of []:*?/\, unique in the workbook.
std::string sheet_name(const std::string& id, std::set<std::string>& used) {
  std::string base;
  for (char c : id)
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) base += c;
  if (base.empty()) base = "Bang";
  base = base.substr(0, 28);
  std::string name = base;
  for (int n = 2; used.count(name); ++n) name = base + "-" + std::to_string(n);
  used.insert(name);
  return name;
}

struct Formats {
  lxw_format* caption;
  lxw_format* header;
  lxw_format* text;
  lxw_format* integer;
  lxw_format* decimal;
  lxw_format* percent;
  lxw_format* total_text;
  lxw_format* total_integer;
  lxw_format* total_decimal;
  lxw_format* total_percent;
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
  Formats f{};
  f.caption = make_format(wb, true, nullptr, LXW_ALIGN_CENTER, false);
  f.header = make_format(wb, true, nullptr, LXW_ALIGN_CENTER);
  f.text = make_format(wb, false, nullptr, LXW_ALIGN_LEFT);
  f.integer = make_format(wb, false, "#,##0", LXW_ALIGN_RIGHT);
  f.decimal = make_format(wb, false, "#,##0.0", LXW_ALIGN_RIGHT);
  f.percent = make_format(wb, false, "0.0%", LXW_ALIGN_RIGHT);
  f.total_text = make_format(wb, true, nullptr, LXW_ALIGN_CENTER);
  f.total_integer = make_format(wb, true, "#,##0", LXW_ALIGN_RIGHT);
  f.total_decimal = make_format(wb, true, "#,##0.0", LXW_ALIGN_RIGHT);
  f.total_percent = make_format(wb, true, "0.0%", LXW_ALIGN_RIGHT);
  return f;
}

// Writes `rows` from `first_row`, honouring spans; returns the next free row.
lxw_row_t write_rows(lxw_worksheet* ws, const std::vector<doc::Row>& rows, lxw_row_t first_row,
                     std::size_t ncols, const Formats& f, bool header, bool total) {
  std::vector<std::size_t> busy(ncols, 0);
  lxw_row_t r = first_row;
  for (const doc::Row& row : rows) {
    std::size_t col = 0;
    for (const doc::Cell& c : row.cells) {
      while (col < ncols && busy[col] > 0) ++col;
      if (col >= ncols) break;
      std::size_t cspan = std::min<std::size_t>(std::max(1, c.col_span), ncols - col);
      std::size_t rspan = std::max(1, c.row_span);
      lxw_col_t xc = static_cast<lxw_col_t>(col);
      std::string text = plain_text(c.content);
      lxw_format* fmt = header ? f.header : (total ? f.total_text : f.text);
      if (cspan > 1 || rspan > 1) {
        check(worksheet_merge_range(ws, r, xc, static_cast<lxw_row_t>(r + rspan - 1),
                                    static_cast<lxw_col_t>(col + cspan - 1), text.c_str(), fmt),
              "merge_range");
      } else if (c.value && c.kind != doc::ValueKind::text) {
        double v = *c.value;
        if (c.kind == doc::ValueKind::percent) {
          v /= 100.0;  // the document holds percent; Excel formats fractions
          fmt = total ? f.total_percent : f.percent;
        } else if (c.kind == doc::ValueKind::integer) {
          fmt = total ? f.total_integer : f.integer;
        } else {
          fmt = total ? f.total_decimal : f.decimal;
        }
        check(worksheet_write_number(ws, r, xc, v, fmt), "write_number");
      } else if (!text.empty()) {
        check(worksheet_write_string(ws, r, xc, text.c_str(), fmt), "write_string");
      } else {
        check(worksheet_write_blank(ws, r, xc, fmt), "write_blank");
      }
      for (std::size_t k = col; k < col + cspan; ++k) busy[k] = rspan;
      col += cspan;
    }
    for (auto& b : busy)
      if (b > 0) --b;
    ++r;
  }
  return r;
}

void write_table(lxw_workbook* wb, const doc::Table& t, std::set<std::string>& used, const Formats& f) {
  std::string name = sheet_name(t.id, used);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + name});
  std::size_t ncols = t.column_widths_mm.size();
  for (const auto* rows : {&t.header_rows, &t.body_rows, &t.footer_rows})
    for (const auto& row : *rows) {
      std::size_t n = 0;
      for (const auto& c : row.cells) n += static_cast<std::size_t>(std::max(1, c.col_span));
      ncols = std::max(ncols, n);
    }
  for (std::size_t c = 0; c < t.column_widths_mm.size(); ++c)  // ~1.9 mm per character of width
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         t.column_widths_mm[c] / 1.9 + 1, nullptr);
  lxw_row_t r = 0;
  std::string caption = plain_text(t.caption);
  if (!caption.empty() && ncols > 0) {
    if (ncols > 1)
      check(worksheet_merge_range(ws, 0, 0, 0, static_cast<lxw_col_t>(ncols - 1), caption.c_str(), f.caption),
            "caption");
    else
      check(worksheet_write_string(ws, 0, 0, caption.c_str(), f.caption), "caption");
    worksheet_set_row(ws, 0, 36, nullptr);
    r = 2;
  }
  r = write_rows(ws, t.header_rows, r, ncols, f, true, false);
  worksheet_freeze_panes(ws, r, 0);
  worksheet_repeat_rows(ws, static_cast<lxw_row_t>(r - t.header_rows.size()), static_cast<lxw_row_t>(r - 1));
  r = write_rows(ws, t.body_rows, r, ncols, f, false, false);
  write_rows(ws, t.footer_rows, r, ncols, f, false, true);
  worksheet_set_paper(ws, 9);  // A4
  if (ncols > 8) worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
}

void collect_tables(const std::vector<doc::Block>& blocks, std::vector<const doc::Table*>& out) {
  for (const auto& b : blocks)
    if (const auto* t = std::get_if<doc::Table>(&b)) out.push_back(t);
}

}  // namespace

void write_xlsx(const doc::Document& d, const std::filesystem::path& path, const XlsxOptions& options) {
  std::vector<const doc::Table*> tables;
  collect_tables(d.body, tables);
  for (const auto& a : d.appendices) collect_tables(a.blocks, tables);

  PendingFile pending(path);
  {
    lxw_workbook_options opts{};
    WorkbookPtr wb(workbook_new_opt(pending.temp_path().c_str(), &opts));
    if (!wb) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"workbook_new"});
    Formats f = make_formats(wb.get());
    std::set<std::string> used;
    for (const doc::Table* t : tables) write_table(wb.get(), *t, used, f);
    if (tables.empty()) workbook_add_worksheet(wb.get(), nullptr);

    // The document properties are text the user reads too: same NFC gate.
    for (const std::string* meta : {&d.meta.title, &d.meta.author, &d.meta.subject, &d.meta.keywords})
      text::require_nfc(*meta);
    lxw_doc_properties props{};
    props.title = const_cast<char*>(d.meta.title.c_str());
    props.author = const_cast<char*>(d.meta.author.c_str());
    props.subject = const_cast<char*>(d.meta.subject.c_str());
    props.keywords = const_cast<char*>(d.meta.keywords.c_str());
    long long ts = options.timestamp ? *options.timestamp : to_unix_seconds(d.header.date);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); !options.timestamp && sde && *sde)
      ts = std::atoll(sde);
    props.created = static_cast<time_t>(ts);
    check(workbook_set_properties(wb.get(), &props), "set_properties");
    check(workbook_close(wb.release()), "close");
  }
  pending.commit();
}

}  // namespace baocao::render
