// libxlsxwriter writer of the data-collection form. Everything is locked by
// default once the sheet is protected; input cells get an "unlocked" format.
// One validation per input column range, relative formulas written for the
// range's first row (Excel shifts them down the range).
#include "engine/render/xlsx/form_writer.hpp"

#include <unicode/utf8.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::render {

namespace {

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

void check(lxw_error e, const std::filesystem::path& out, const char* what) {
  if (e != LXW_NO_ERROR)
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {std::string(what) + ": " + lxw_strerror(e)},
         at_file(out.string()));
}

// Display width in Excel character units: code points, capitals and
// Vietnamese precomposed letters a little wider, so headings are not cut.
double text_width(const std::string& s) {
  double w = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    w += (c >= 'A' && c <= 'Z') || c >= 0x1EA0 ? 1.25 : 1.05;
  }
  return w;
}

lxw_row_t row0(int row) {
  return static_cast<lxw_row_t>(row - 1);
}
lxw_col_t col0(int col) {
  return static_cast<lxw_col_t>(col - 1);
}
std::string cell(int row, int col) {
  return model::column_letters(col) + std::to_string(row);
}

struct Formats {
  lxw_format *title, *label, *header, *locked_text, *input_number, *input_text, *meta;
};

Formats make_formats(lxw_workbook* wb) {
  auto base = [&] {
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, 12);
    return f;
  };
  Formats f{};
  f.title = base();
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.label = base();
  format_set_bold(f.label);
  f.header = base();
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xD9E1F2);
  f.locked_text = base();
  format_set_border(f.locked_text, LXW_BORDER_THIN);
  format_set_num_format(f.locked_text, "@");
  // Input cells: unlocked, and shaded so the clerk sees where to type.
  f.input_number = base();
  format_set_border(f.input_number, LXW_BORDER_THIN);
  format_set_num_format(f.input_number, "#,##0");
  format_set_unlocked(f.input_number);
  format_set_bg_color(f.input_number, 0xFFF2CC);
  f.input_text = base();
  format_set_border(f.input_text, LXW_BORDER_THIN);
  format_set_unlocked(f.input_text);
  format_set_bg_color(f.input_text, 0xFFF2CC);
  f.meta = base();
  return f;
}

void protect(lxw_worksheet* ws, const std::string& password) {
  lxw_protection p{};
  // Clerks may widen columns and rows to read long names; nothing else.
  p.format_columns = 1;
  p.format_rows = 1;
  worksheet_protect(ws, password.empty() ? nullptr : password.c_str(), &p);
}

// The Vietnamese input message and error of one validation; the
// lxw_data_validation built from it points into these strings.
struct ValidationText {
  std::string input_title, input_message, error_title, error_message;
};

// A validation that refuses (Stop) what breaks `formula`, with its messages.
lxw_data_validation stop_validation(uint8_t type, std::string& formula, ValidationText& text) {
  lxw_data_validation v{};
  v.validate = type;
  v.value_formula = formula.data();
  v.ignore_blank = LXW_VALIDATION_ON;
  v.show_input = LXW_VALIDATION_ON;
  v.show_error = LXW_VALIDATION_ON;
  v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  v.input_title = text.input_title.data();
  v.input_message = text.input_message.data();
  v.error_title = text.error_title.data();
  v.error_message = text.error_message.data();
  return v;
}

// Numerator and denominator columns: whole, not negative, numerator at most
// the denominator; the partner cell may still be blank while typing.
void figure_validation(lxw_worksheet* ws, int first, int last, int col, int num_col, int den_col,
                       bool numerator, Lang lang, const std::filesystem::path& out) {
  std::string me = cell(first, col), num = cell(first, num_col), den = cell(first, den_col);
  std::string other = numerator ? den : num;
  std::string formula =
      "=AND(INT(" + me + ")=" + me + "," + me + ">=0,OR(" + other + "=\"\"," + num + "<=" + den + "))";
  ValidationText text{message(lang, numerator ? MsgId::form_num_input_title : MsgId::form_den_input_title),
                      message(lang, numerator ? MsgId::form_num_input_msg : MsgId::form_den_input_msg),
                      message(lang, MsgId::form_error_title), message(lang, MsgId::form_error_msg)};
  lxw_data_validation v = stop_validation(LXW_VALIDATION_TYPE_CUSTOM_FORMULA, formula, text);
  check(worksheet_data_validation_range(ws, row0(first), col0(col), row0(last), col0(col), &v), out,
        "data_validation");
}

// A count's column: a whole number, not negative.
void count_validation(lxw_worksheet* ws, int first, int last, int col, Lang lang, const std::filesystem::path& out) {
  std::string me = cell(first, col);
  std::string formula = "=AND(INT(" + me + ")=" + me + "," + me + ">=0)";
  ValidationText text{message(lang, MsgId::form_num_input_title), message(lang, MsgId::form_count_input_msg),
                      message(lang, MsgId::form_error_title), message(lang, MsgId::form_count_error_msg)};
  lxw_data_validation v = stop_validation(LXW_VALIDATION_TYPE_CUSTOM_FORMULA, formula, text);
  check(worksheet_data_validation_range(ws, row0(first), col0(col), row0(last), col0(col), &v), out,
        "data_validation");
}

void write_form_sheet(lxw_workbook* wb, const Formats& f, const FormSpec& spec, Lang lang,
                      const std::filesystem::path& out) {
  std::string sheet_name(model::kFormSheet);
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
  if (!ws) check(LXW_ERROR_SHEETNAME_ALREADY_USED, out, "add_worksheet");
  const std::size_t n = spec.indicators.size();
  const std::vector<model::FormColumn> columns = model::form_columns(spec.indicators);
  const int note_col = model::form_note_col(columns);
  const int first = model::kFormFirstDataRow;
  const int last = first + static_cast<int>(spec.units.size()) - 1;
  const std::string level = model::level_display_name(spec.level);

  // Title, year, reporter.
  std::string title = spec.body.empty() ? message(lang, MsgId::form_title, {std::to_string(spec.period), level})
                                        : message(lang, MsgId::form_body_title, {std::to_string(spec.period), spec.body_name});
  worksheet_merge_range(ws, row0(model::kFormTitleRow), 0, row0(model::kFormTitleRow), col0(note_col),
                        title.c_str(), f.title);
  worksheet_set_row(ws, row0(model::kFormTitleRow), 24, nullptr);
  worksheet_write_string(ws, row0(model::kFormPeriodRow), col0(model::kFormCodeCol),
                         message(lang, MsgId::form_period_label).c_str(), f.label);
  lxw_format* year_format = workbook_add_format(wb);
  format_set_font_name(year_format, "Times New Roman");
  format_set_font_size(year_format, 12);
  format_set_bold(year_format);
  format_set_align(year_format, LXW_ALIGN_LEFT);
  format_set_num_format(year_format, "0");
  worksheet_write_number(ws, row0(model::kFormPeriodRow), col0(model::kFormValueCol), spec.period,
                         year_format);
  worksheet_write_string(ws, row0(model::kFormReporterRow), col0(model::kFormCodeCol),
                         message(lang, MsgId::form_reporter_label).c_str(), f.label);
  worksheet_write_blank(ws, row0(model::kFormReporterRow), col0(model::kFormValueCol), f.input_text);

  // Headings: code and name span both header rows; each indicator's name
  // spans its two columns.
  const lxw_row_t h1 = row0(model::kFormHeaderRow1), h2 = row0(model::kFormHeaderRow2);
  auto span_down = [&](int col, MsgId id) {
    worksheet_merge_range(ws, h1, col0(col), h2, col0(col), message(lang, id).c_str(), f.header);
  };
  span_down(model::kFormCodeCol, MsgId::form_col_code);
  span_down(model::kFormNameCol, MsgId::form_col_name);
  span_down(note_col, MsgId::form_col_note);
  std::vector<double> widths(static_cast<std::size_t>(note_col) + 1, 10);
  widths[model::kFormCodeCol] = text_width(message(lang, MsgId::form_col_code)) + 2;
  widths[model::kFormNameCol] = std::max(text_width(message(lang, MsgId::form_col_name)),
                                         text_width(message(lang, MsgId::form_reporter_label))) +
                                2;
  widths[static_cast<std::size_t>(note_col)] = 24;
  double header2_lines = 1;
  for (std::size_t k = 0; k < n; ++k) {
    const model::Indicator& ind = *spec.indicators[k];
    const auto [nc, dc] = columns[k];
    // A count has one column: its name over what it counts (with its unit).
    if (dc) {
      worksheet_merge_range(ws, h1, col0(nc), h1, col0(dc), ind.name.c_str(), f.header);
      worksheet_write_string(ws, h2, col0(dc), ind.denominator.c_str(), f.header);
    } else {
      worksheet_write_string(ws, h1, col0(nc), ind.name.c_str(), f.header);
    }
    const std::string counted = dc ? ind.numerator : ind.numerator + " (" + ind.unit + ")";
    worksheet_write_string(ws, h2, col0(nc), counted.c_str(), f.header);
    // Long phrases wrap over a few lines in a column of about 18 characters.
    for (int c : {nc, dc})
      if (c) widths[static_cast<std::size_t>(c)] = 18;
    for (const std::string* s : {&counted, &ind.denominator})
      header2_lines = std::max(header2_lines, text_width(*s) / 16 + 1);
  }
  worksheet_set_row(ws, h1, 32, nullptr);
  worksheet_set_row(ws, h2, std::min(15.75 * header2_lines, 160.0), nullptr);

  // Units: code and name locked, figures and note open.
  for (std::size_t i = 0; i < spec.units.size(); ++i) {
    lxw_row_t r = row0(first + static_cast<int>(i));
    const Unit& u = spec.units[i];
    worksheet_write_string(ws, r, col0(model::kFormCodeCol), u.code.c_str(), f.locked_text);
    worksheet_write_string(ws, r, col0(model::kFormNameCol), u.name.c_str(), f.locked_text);
    widths[model::kFormCodeCol] = std::max(widths[model::kFormCodeCol], text_width(u.code) + 2);
    widths[model::kFormNameCol] = std::max(widths[model::kFormNameCol], text_width(u.name) + 2);
    for (const auto& [nc, dc] : columns) {
      worksheet_write_blank(ws, r, col0(nc), f.input_number);
      if (dc) worksheet_write_blank(ws, r, col0(dc), f.input_number);
    }
    worksheet_write_blank(ws, r, col0(note_col), f.input_text);
  }
  for (int c = 1; c <= note_col; ++c)
    worksheet_set_column(ws, col0(c), col0(c), std::min(widths[static_cast<std::size_t>(c)], 60.0), nullptr);

  // Validation of every figure cell.
  for (const auto& [nc, dc] : columns) {
    if (!dc) {
      count_validation(ws, first, last, nc, lang, out);
      continue;
    }
    figure_validation(ws, first, last, nc, nc, dc, true, lang, out);
    figure_validation(ws, first, last, dc, nc, dc, false, lang, out);
  }
  // The reporter dropdown: names from the hidden list sheet.
  std::string list =
      "='" + std::string(model::kFormListSheet) + "'!$A$1:$A$" + std::to_string(spec.units.size());
  ValidationText text{message(lang, MsgId::form_reporter_label),
                      message(lang, MsgId::form_reporter_input_msg), message(lang, MsgId::form_error_title),
                      message(lang, MsgId::form_reporter_error_msg)};
  lxw_data_validation v = stop_validation(LXW_VALIDATION_TYPE_LIST_FORMULA, list, text);
  check(worksheet_data_validation_cell(ws, row0(model::kFormReporterRow), col0(model::kFormValueCol), &v),
        out, "data_validation");

  // Headings stay in view and on every printed page.
  worksheet_freeze_panes(ws, row0(first), col0(model::kFormFirstIndicatorCol));
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  check(worksheet_repeat_rows(ws, h1, h2), out, "repeat_rows");
  check(worksheet_set_footer(ws, ("&C" + message(lang, MsgId::form_footer)).c_str()), out, "set_footer");
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  worksheet_activate(ws);
  protect(ws, spec.password);
}

// Cells of the body's own text under the tasks ("D12"), by the tasks' count.
int difficulties_row(const FormSpec& spec) {
  return model::kTaskFirstRow + static_cast<int>(spec.tasks.size()) + 1;
}

// A reporting body's tasks: completion from a list, what was done as text,
// then its difficulties and proposals; everything else locked.
void write_tasks_sheet(lxw_workbook* wb, const Formats& f, const FormSpec& spec, Lang lang,
                       const std::filesystem::path& out) {
  const std::string name = message(lang, MsgId::form_tasks_sheet);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) check(LXW_ERROR_SHEETNAME_ALREADY_USED, out, "add_worksheet");
  auto text_format = [&](bool input) {
    lxw_format* x = workbook_add_format(wb);
    format_set_font_name(x, "Times New Roman");
    format_set_font_size(x, 12);
    format_set_border(x, LXW_BORDER_THIN);
    format_set_text_wrap(x);
    format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
    if (input) {
      format_set_unlocked(x);
      format_set_bg_color(x, 0xFFF2CC);
    }
    return x;
  };
  lxw_format* locked = text_format(false);
  lxw_format* input = text_format(true);
  const std::string title =
      message(lang, MsgId::form_tasks_title, {std::to_string(spec.period), spec.body_name});
  worksheet_merge_range(ws, row0(model::kTaskTitleRow), col0(model::kTaskNoCol), row0(model::kTaskTitleRow),
                        col0(model::kTaskResultCol), title.c_str(), f.title);
  worksheet_set_row(ws, row0(model::kTaskTitleRow), 24, nullptr);
  const lxw_row_t h = row0(model::kTaskHeaderRow);
  for (auto [col, id] : {std::pair{model::kTaskNoCol, MsgId::form_task_col_no}, {model::kTaskIdCol, MsgId::form_task_col_id},
                         {model::kTaskNameCol, MsgId::form_task_col_name},
                         {model::kTaskStatusCol, MsgId::form_task_col_status},
                         {model::kTaskResultCol, MsgId::form_task_col_result}})
    worksheet_write_string(ws, h, col0(col), message(lang, id).c_str(), f.header);
  worksheet_set_row(ws, h, 32, nullptr);
  for (std::size_t i = 0; i < spec.tasks.size(); ++i) {
    const lxw_row_t r = row0(model::kTaskFirstRow + static_cast<int>(i));
    worksheet_write_number(ws, r, col0(model::kTaskNoCol), static_cast<double>(i + 1), locked);
    worksheet_write_string(ws, r, col0(model::kTaskIdCol), spec.tasks[i].id.c_str(), locked);
    worksheet_write_string(ws, r, col0(model::kTaskNameCol), spec.tasks[i].name.c_str(), locked);
    worksheet_write_blank(ws, r, col0(model::kTaskStatusCol), input);
    worksheet_write_blank(ws, r, col0(model::kTaskResultCol), input);
    worksheet_set_row(ws, r, 15.75 * std::max(3.0, text_width(spec.tasks[i].name) / 44 + 1), nullptr);
  }
  if (!spec.tasks.empty()) {
    // The three words of engine/model/bodies.hpp's task_status, as a list.
    // libxlsxwriter takes the list as char** (it only reads it).
    static char done[] = "Hoàn thành", doing[] = "Đang thực hiện", not_started[] = "Chưa thực hiện";
    static char* kStatuses[] = {done, doing, not_started, nullptr};
    ValidationText text{message(lang, MsgId::form_task_col_status), message(lang, MsgId::form_task_status_msg),
                        message(lang, MsgId::form_error_title), message(lang, MsgId::form_task_status_msg)};
    std::string none;
    lxw_data_validation v = stop_validation(LXW_VALIDATION_TYPE_LIST, none, text);
    v.value_formula = nullptr;
    v.value_list = kStatuses;
    const int first = model::kTaskFirstRow, last = first + static_cast<int>(spec.tasks.size()) - 1;
    check(worksheet_data_validation_range(ws, row0(first), col0(model::kTaskStatusCol), row0(last),
                                          col0(model::kTaskStatusCol), &v),
          out, "data_validation");
  }
  const int own = difficulties_row(spec);
  for (auto [row, id] : {std::pair{own, MsgId::form_difficulties_label}, {own + 1, MsgId::form_proposals_label}}) {
    worksheet_merge_range(ws, row0(row), col0(model::kTaskNoCol), row0(row), col0(model::kTaskNameCol),
                          message(lang, id).c_str(), f.header);
    worksheet_merge_range(ws, row0(row), col0(model::kTaskStatusCol), row0(row), col0(model::kTaskResultCol), "",
                          input);
    worksheet_set_row(ws, row0(row), 63, nullptr);
  }
  worksheet_set_column(ws, col0(model::kTaskNoCol), col0(model::kTaskNoCol), 6, nullptr);
  worksheet_set_column(ws, col0(model::kTaskIdCol), col0(model::kTaskIdCol), 8, nullptr);
  worksheet_set_column(ws, col0(model::kTaskNameCol), col0(model::kTaskNameCol), 46, nullptr);
  worksheet_set_column(ws, col0(model::kTaskStatusCol), col0(model::kTaskStatusCol), 18, nullptr);
  worksheet_set_column(ws, col0(model::kTaskResultCol), col0(model::kTaskResultCol), 60, nullptr);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  check(worksheet_repeat_rows(ws, h, h), out, "repeat_rows");
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  protect(ws, spec.password);
}

void write_list_sheet(lxw_workbook* wb, const Formats& f, const FormSpec& spec,
                      const std::filesystem::path& out) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, std::string(model::kFormListSheet).c_str());
  if (!ws) check(LXW_ERROR_SHEETNAME_ALREADY_USED, out, "add_worksheet");
  for (std::size_t i = 0; i < spec.units.size(); ++i)
    worksheet_write_string(ws, static_cast<lxw_row_t>(i), 0, spec.units[i].name.c_str(), f.meta);
  worksheet_hide(ws);
  protect(ws, spec.password);
}

void write_meta_sheet(lxw_workbook* wb, const Formats& f, const FormSpec& spec, Lang lang,
                      const std::filesystem::path& out) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, std::string(model::kFormMetaSheet).c_str());
  if (!ws) check(LXW_ERROR_SHEETNAME_ALREADY_USED, out, "add_worksheet");
  lxw_row_t r = 0;
  auto text = [&](std::string_view key, const std::string& value) {
    worksheet_write_string(ws, r, 0, std::string(key).c_str(), f.meta);
    worksheet_write_string(ws, r++, 1, value.c_str(), f.meta);
  };
  auto number = [&](std::string_view key, double value) {
    worksheet_write_string(ws, r, 0, std::string(key).c_str(), f.meta);
    worksheet_write_number(ws, r++, 1, value, f.meta);
  };
  text(model::kMetaFormId, std::string(model::kFormId));
  number(model::kMetaVersion, model::kFormVersion);
  text(model::kMetaLevel, spec.level);
  number(model::kMetaPeriod, spec.period);
  text(model::kMetaSheet, std::string(model::kFormSheet));
  if (!spec.body.empty()) {
    const int own = difficulties_row(spec);
    const std::string input_col = model::column_letters(model::kTaskStatusCol);
    text(model::kMetaBody, spec.body);
    text(model::kMetaTaskSheet, message(lang, MsgId::form_tasks_sheet));
    text(model::kMetaTaskDifficulties, input_col + std::to_string(own));
    text(model::kMetaTaskProposals, input_col + std::to_string(own + 1));
  }
  const std::vector<model::FormColumn> columns = model::form_columns(spec.indicators);
  for (std::size_t k = 0; k < spec.indicators.size(); ++k) {
    worksheet_write_string(ws, r, 0, std::string(model::kMetaIndicator).c_str(), f.meta);
    worksheet_write_string(ws, r, 1, spec.indicators[k]->id.c_str(), f.meta);
    worksheet_write_string(ws, r, 2, model::column_letters(columns[k].numerator).c_str(), f.meta);
    // A count's total is blank: its reader takes the number alone.
    if (columns[k].denominator)
      worksheet_write_string(ws, r, 3, model::column_letters(columns[k].denominator).c_str(), f.meta);
    ++r;
  }
  worksheet_hide(ws);
  protect(ws, spec.password);
}

}  // namespace

void write_collection_form(const std::filesystem::path& out, const FormSpec& spec, Lang lang) {
  PendingFile pending(out);
  {
    lxw_workbook_options options{};
    WorkbookPtr wb(workbook_new_opt(pending.temp_path().c_str(), &options));
    if (!wb) check(LXW_ERROR_CREATING_XLSX_FILE, out, "workbook_new");
    Formats f = make_formats(wb.get());
    write_form_sheet(wb.get(), f, spec, lang, out);
    if (!spec.body.empty()) write_tasks_sheet(wb.get(), f, spec, lang, out);
    write_list_sheet(wb.get(), f, spec, out);
    write_meta_sheet(wb.get(), f, spec, lang, out);

    std::string level = spec.body.empty() ? model::level_display_name(spec.level) : spec.body_name;
    std::string title = spec.body.empty() ? message(lang, MsgId::form_title, {std::to_string(spec.period), level})
                                          : message(lang, MsgId::form_body_title, {std::to_string(spec.period), level});
    std::string subject = message(lang, MsgId::form_subject, {level, std::to_string(spec.period)});
    std::string keywords = std::string(model::kFormId) + " v" + std::to_string(model::kFormVersion);
    std::string author = "baocao";
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.author = author.data();
    props.keywords = keywords.data();
    props.created = static_cast<time_t>(spec.created);
    check(workbook_set_properties(wb.get(), &props), out, "set_properties");
    lxw_error e = workbook_close(wb.release());
    check(e, out, "close");
  }
  pending.commit();
}

}  // namespace baocao::render
