#include "app/errors_workbook.hpp"

#include <xlsxwriter.h>

#include <memory>

#include "engine/core/atomic_file.hpp"

namespace baocao::app {

namespace {
struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const {
    if (wb) workbook_close(wb);
  }
};
}  // namespace

void write_errors_workbook(const std::filesystem::path& target, const std::vector<Diagnostic>& problems,
                           Lang lang) {
  PendingFile pending(target);
  {
    std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new(pending.temp_path().c_str()));
    if (!wb) fail(ErrorFamily::output, MsgId::file_write_failed, {target.string(), "libxlsxwriter"});
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), message(lang, MsgId::errors_sheet_name).c_str());
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    const MsgId heads[] = {MsgId::errors_col_file, MsgId::errors_col_sheet, MsgId::errors_col_cell,
                           MsgId::errors_col_problem, MsgId::errors_col_full};
    for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(ws, 0, c, message(lang, heads[c]).c_str(), bold);
    worksheet_set_column(ws, 0, 0, 28, nullptr);
    worksheet_set_column(ws, 1, 2, 14, nullptr);
    worksheet_set_column(ws, 3, 4, 60, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t row = 1;
    for (const Diagnostic& d : problems) {
      const Location& w = d.where;
      std::string place = !w.cell.empty() ? w.cell : (w.line > 0 ? std::to_string(w.line) : std::string());
      if (w.cell.empty() && !w.field.empty()) place += " (" + w.field + ")";
      worksheet_write_string(ws, row, 0, w.file.c_str(), nullptr);
      worksheet_write_string(ws, row, 1, w.sheet.c_str(), nullptr);
      worksheet_write_string(ws, row, 2, place.c_str(), nullptr);
      worksheet_write_string(ws, row, 3, message(lang, d.id, d.args).c_str(), nullptr);
      worksheet_write_string(ws, row, 4, format_diagnostic(lang, d).c_str(), nullptr);
      ++row;
    }
    lxw_workbook* raw = wb.release();
    if (workbook_close(raw) != LXW_NO_ERROR)
      fail(ErrorFamily::output, MsgId::file_write_failed, {target.string(), "libxlsxwriter"});
  }
  pending.commit();
}

}  // namespace baocao::app
