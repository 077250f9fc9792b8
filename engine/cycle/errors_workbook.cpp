#include "engine/cycle/errors_workbook.hpp"

#include <xlsxwriter.h>

#include <string>

#include "engine/render/xlsx/table_export.hpp"

namespace baocao::cycle {

namespace {
// A worksheet's rows, the heading included.
constexpr lxw_row_t kLastRow = 1'048'575;
}  // namespace

struct ErrorsWorkbook::Book {
  explicit Book(const std::filesystem::path& target) : pending(target) {}
  PendingFile pending;
  lxw_workbook* wb = nullptr;
  lxw_worksheet* ws = nullptr;
  lxw_row_t row = 1;
  ~Book() {
    if (wb) workbook_close(wb);  // an abandoned book; PendingFile removes it
  }
};

ErrorsWorkbook::ErrorsWorkbook(std::filesystem::path target, Lang lang) : target_(std::move(target)), lang_(lang) {}

ErrorsWorkbook::~ErrorsWorkbook() = default;

void ErrorsWorkbook::add(const Diagnostic& d) {
  ++problems_;
  if (!book_) {
    book_ = std::make_unique<Book>(target_);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    book_->wb = workbook_new_opt(book_->pending.temp_path().c_str(), &options);
    if (!book_->wb) fail(ErrorFamily::output, MsgId::file_write_failed, {target_.string(), "libxlsxwriter"});
    book_->ws = workbook_add_worksheet(book_->wb, message(lang_, MsgId::errors_sheet_name).c_str());
    lxw_format* bold = workbook_add_format(book_->wb);
    format_set_bold(bold);
    const MsgId heads[] = {MsgId::errors_col_file, MsgId::errors_col_sheet, MsgId::errors_col_cell,
                           MsgId::errors_col_problem, MsgId::errors_col_full};
    for (lxw_col_t c = 0; c < 5; ++c)
      worksheet_write_string(book_->ws, 0, c, message(lang_, heads[c]).c_str(), bold);
    worksheet_set_column(book_->ws, 0, 0, 28, nullptr);
    worksheet_set_column(book_->ws, 1, 2, 14, nullptr);
    worksheet_set_column(book_->ws, 3, 4, 60, nullptr);
    worksheet_freeze_panes(book_->ws, 1, 0);
  }
  // The last row is kept for the note of what did not fit.
  if (book_->row >= kLastRow) return;
  const Location& w = d.where;
  std::string place = !w.cell.empty() ? w.cell : (w.line > 0 ? std::to_string(w.line) : std::string());
  if (w.cell.empty() && !w.field.empty()) place += " (" + w.field + ")";
  lxw_row_t row = book_->row++;
  // A problem quotes what the unit sent: made safe for a cell like any export.
  std::string cell;
  const std::string texts[] = {w.file, w.sheet, place, message(lang_, d.id, d.args), format_diagnostic(lang_, d)};
  for (lxw_col_t c = 0; c < 5; ++c) {
    render::excel_cell_text(texts[c], cell);
    worksheet_write_string(book_->ws, row, c, cell.c_str(), nullptr);
  }
}

bool ErrorsWorkbook::commit() {
  if (!book_) return false;
  std::size_t written = book_->row - 1;
  if (written < problems_)
    worksheet_write_string(book_->ws, book_->row, 0,
                           message(lang_, MsgId::errors_workbook_truncated, {std::to_string(problems_ - written)}).c_str(),
                           nullptr);
  lxw_workbook* wb = book_->wb;
  book_->wb = nullptr;
  if (workbook_close(wb) != LXW_NO_ERROR)
    fail(ErrorFamily::output, MsgId::file_write_failed, {target_.string(), "libxlsxwriter"});
  book_->pending.commit();
  book_.reset();
  return true;
}

}  // namespace baocao::cycle
