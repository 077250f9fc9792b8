// See table_export.hpp. The CSV goes through stdio with a large buffer; the
// XLSX through libxlsxwriter's constant_memory mode, which writes each row to
// a temporary file as it comes (rows must arrive in order, which they do).
#include "engine/render/xlsx/table_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
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

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR)
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {std::string(what) + ": " + lxw_strerror(err)});
}

bool starts_formula(std::string_view t) {
  return !t.empty() && std::string_view("=+-@\t\r").find(t.front()) != std::string_view::npos;
}

// Shortest text that reads back as the same double; integers without ".0".
void append_number(std::string& out, double v) {
  char buf[32];
  std::to_chars_result r;
  if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15)
    r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
  else
    r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

namespace {

// A comma, quote or line break: the field must be quoted. One pass over the
// bytes (find_first_of looked each byte up in the set with its own memchr).
bool needs_quotes(std::string_view text) {
  for (char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

// csv_text_field(text) appended to `out`: the export writes a field per
// cell, a million per month, with no string of its own.
void append_csv_field(std::string& out, std::string_view text) {
  const bool formula = starts_formula(text);
  if (!needs_quotes(text)) {
    if (formula) out += '\'';
    out += text;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string csv_text_field(std::string_view text) {
  std::string out;
  append_csv_field(out, text);
  return out;
}

// What a store holds may predate the import's checks (or come from another
// program): an XLSX cell gets what Excel and XML can carry, so the export
// never fails on it. A refused character becomes U+FFFD and a text past
// Excel's 32,767 characters is cut with "…"; the CSV keeps the text whole.
void excel_cell_text(std::string_view s, std::string& out) {
  // Nearly every text is short and clean: checked whole, taken whole.
  if (s.size() < text::kMaxCellChars && text::is_clean_text(s)) {
    out.assign(s);
    return;
  }
  out.clear();
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    n = std::min(n, s.size() - i);
    std::size_t w = n == 4 ? 2 : 1;
    if (units + w > text::kMaxCellChars - 1 && i + n < s.size()) {
      out += "\u2026";
      return;
    }
    std::string_view ch = s.substr(i, n);
    if (text::find_invalid_utf8(ch) >= 0 || text::find_refused_char(ch))
      out += "\uFFFD";
    else
      out += ch;
    units += w;
    i += n;
  }
}

// The workbook is written on a second thread. libxlsxwriter's rows (its XML
// spelled with printf) and the deflate when it closes are most of an
// export's time; the caller's thread meanwhile spells the CSV and checks the
// next rows' texts. Rows cross in batches, each a flat buffer, at most one
// waiting: a few hundred KB, whatever the month's size.
struct WorkbookCell {
  lxw_row_t row;
  lxw_col_t col;
  bool is_text;
  double number;
  lxw_format* format;  // a number's (formats are made before the thread starts)
  std::size_t start;   // a text's NUL-terminated bytes in Batch::texts
};

struct Batch {
  std::vector<WorkbookCell> cells;
  std::string texts;
};

constexpr std::size_t kBatchRows = 1024;

struct TableExport::Impl {
  PendingFile xlsx_file, csv_file;
  WorkbookPtr wb;
  lxw_worksheet* ws = nullptr;
  lxw_format* whole = nullptr;     // a quantity without decimals
  lxw_format* fraction = nullptr;  // with them
  FilePtr csv;
  std::string line;
  std::string text;  // one cell's text as the workbook takes it
  std::size_t columns = 0;
  lxw_row_t next_row = 0;
  std::size_t rows = 0;

  Batch filling;  // the caller's
  std::mutex mutex;
  std::condition_variable changed;
  std::optional<Batch> waiting;  // handed over, not yet taken
  bool closing = false;          // no more batches: close the workbook
  bool abandoned = false;        // no more batches: stop (no finish())
  bool done = false;             // the writer has stopped
  std::exception_ptr error;      // why it stopped early
  std::thread writer;

  Impl(const std::filesystem::path& x, const std::filesystem::path& c) : xlsx_file(x), csv_file(c) {}

  ~Impl() {
    if (writer.joinable()) {
      {
        std::lock_guard lock(mutex);
        abandoned = true;
      }
      changed.notify_all();
      writer.join();
    }
  }

  // Ends a line; the lines go to the file 64 KB at a time.
  void csv_line() {
    line += "\r\n";
    if (line.size() >= (1 << 16)) write_lines();
  }
  void write_lines() {
    if (std::fwrite(line.data(), 1, line.size(), csv.get()) != line.size())
      fail(ErrorFamily::output, MsgId::xlsx_render_failed, {csv_file.target().string()});
    line.clear();
  }

  // The caller's side: gives `filling` to the writer once it has taken the
  // previous batch. Rethrows what stopped the writer.
  void hand_over() {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return !waiting || done; });
    if (error) std::rethrow_exception(error);
    waiting = std::move(filling);
    filling = Batch{};
    filling.cells.reserve(kBatchRows * columns);
    lock.unlock();
    changed.notify_all();
  }

  // The writer's thread: the batches into the sheet, then the workbook closed.
  void write_workbook() {
    try {
      for (;;) {
        Batch batch;
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return waiting || closing || abandoned; });
          if (abandoned) break;
          if (!waiting) {
            lock.unlock();
            check(workbook_close(wb.release()), "close");
            break;
          }
          batch = std::move(*waiting);
          waiting.reset();
        }
        changed.notify_all();
        write(batch);
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      error = std::current_exception();
    }
    {
      std::lock_guard lock(mutex);
      done = true;
    }
    changed.notify_all();
  }

  void write(const Batch& batch) {
    for (const WorkbookCell& c : batch.cells) {
      if (c.is_text)
        check(worksheet_write_string(ws, c.row, c.col, batch.texts.c_str() + c.start, nullptr), "string");
      else
        check(worksheet_write_number(ws, c.row, c.col, c.number, c.format), "number");
    }
  }
};

TableExport::TableExport(const std::filesystem::path& xlsx, const std::filesystem::path& csv,
                         const std::vector<ExportColumn>& columns, const TableExportOptions& options)
    : impl_(std::make_unique<Impl>(xlsx, csv)) {
  Impl& m = *impl_;
  m.columns = columns.size();
  lxw_workbook_options opts{};
  opts.constant_memory = LXW_TRUE;
  m.wb.reset(workbook_new_opt(m.xlsx_file.temp_path().c_str(), &opts));
  if (!m.wb) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"workbook_new"});
  m.ws = workbook_add_worksheet(m.wb.get(), options.sheet_name.c_str());
  if (!m.ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + options.sheet_name});
  lxw_format* header = workbook_add_format(m.wb.get());
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  // "#,##0.##" would end a whole number with its decimal point in Excel ("7,069.").
  m.whole = workbook_add_format(m.wb.get());
  format_set_num_format(m.whole, "#,##0");
  m.fraction = workbook_add_format(m.wb.get());
  format_set_num_format(m.fraction, "#,##0.0#");

  lxw_doc_properties props{};
  props.title = const_cast<char*>(options.title.c_str());
  props.created = static_cast<time_t>(options.created);
  check(workbook_set_properties(m.wb.get(), &props), "set_properties");

  // constant_memory: column widths and panes before the first row.
  for (std::size_t c = 0; c < columns.size(); ++c)
    check(worksheet_set_column(m.ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].width,
                               nullptr),
          "set_column");
  worksheet_freeze_panes(m.ws, 1, 0);
  if (!columns.empty())
    check(worksheet_autofilter(m.ws, 0, 0, 0, static_cast<lxw_col_t>(columns.size() - 1)), "autofilter");

  m.csv.reset(std::fopen(m.csv_file.temp_path().c_str(), "wb"));
  if (!m.csv) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {csv.string()});
  std::setvbuf(m.csv.get(), nullptr, _IOFBF, 1 << 16);
  m.line.reserve((1 << 16) + 4096);
  m.line = "\xEF\xBB\xBF";  // BOM: Excel reads the CSV as UTF-8 only with it
  for (std::size_t c = 0; c < columns.size(); ++c) {
    check(worksheet_write_string(m.ws, 0, static_cast<lxw_col_t>(c), columns[c].heading.c_str(), header),
          "heading");
    if (c) m.line += ',';
    append_csv_field(m.line, columns[c].heading);
  }
  m.csv_line();
  m.next_row = 1;
  m.filling.cells.reserve(kBatchRows * m.columns);
  m.writer = std::thread([&m] { m.write_workbook(); });
}

TableExport::~TableExport() = default;

void TableExport::row(std::span<const ExportCell> cells) {
  Impl& m = *impl_;
  Batch& b = m.filling;
  for (std::size_t c = 0; c < cells.size() && c < m.columns; ++c) {
    const ExportCell& cell = cells[c];
    auto col = static_cast<lxw_col_t>(c);
    if (c) m.line += ',';
    if (cell.is_number) {
      lxw_format* format = nullptr;
      if (cell.grouped) format = cell.number == std::trunc(cell.number) ? m.whole : m.fraction;
      b.cells.push_back({m.next_row, col, false, cell.number, format, 0});
      append_number(m.line, cell.number);
    } else if (!cell.text.empty()) {
      // Always a string cell, whatever it starts with: never a formula.
      excel_cell_text(cell.text, m.text);
      b.cells.push_back({m.next_row, col, true, 0, nullptr, b.texts.size()});
      b.texts.append(m.text.c_str(), m.text.size() + 1);
      append_csv_field(m.line, cell.text);
    }
  }
  m.csv_line();
  ++m.next_row;
  ++m.rows;
  if (m.rows % kBatchRows == 0) m.hand_over();
}

void TableExport::finish() {
  Impl& m = *impl_;
  if (!m.filling.cells.empty()) m.hand_over();
  {
    std::lock_guard lock(m.mutex);
    m.closing = true;
  }
  m.changed.notify_all();
  // The CSV reaches the disk while the workbook deflates.
  m.write_lines();
  std::FILE* f = m.csv.release();
  bool ok = std::fflush(f) == 0 && !std::ferror(f) && ::fsync(::fileno(f)) == 0;
  ok = std::fclose(f) == 0 && ok;
  m.writer.join();
  if (m.error) std::rethrow_exception(m.error);
  if (!ok) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {m.csv_file.target().string()});
  m.xlsx_file.commit();
  m.csv_file.commit();
}

std::size_t TableExport::rows() const {
  return impl_->rows;
}

}  // namespace baocao::render
