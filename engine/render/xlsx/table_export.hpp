// Streaming export of one flat table to an XLSX workbook and a CSV file side
// by side, for the monthly export of the units' figures: rows go in small
// batches to libxlsxwriter in constant_memory mode, on a thread of its own,
// and to a buffered CSV, so memory does not grow with the month. Text from units is data, never a formula: XLSX
// cells are always strings, and CSV text starting with = + - @ (or a tab or
// carriage return) gets a leading apostrophe, the OWASP convention.
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::render {

// `s` as an XLSX cell can hold it, into `out`: at most Excel's 32,767
// characters (a longer text cut, ending with "…") and no character XML
// cannot carry (U+FFFD instead). Text from the store may predate the
// import's checks; an export or errors workbook must never fail on it.
void excel_cell_text(std::string_view s, std::string& out);

struct ExportCell {
  std::string_view text;
  double number = 0;
  bool is_number = false;
  bool grouped = false;  // shown with thousands separators

  static ExportCell of(std::string_view t) { return {t, 0, false, false}; }
  // A quantity: 7,069 (7.069 on a Vietnamese Excel), decimals only when it has them.
  static ExportCell num(double v) { return {{}, v, true, true}; }
  // A number that names something (an id, a year): its digits as they are, 2025 not 2,025.
  static ExportCell id(double v) { return {{}, v, true, false}; }
};

struct ExportColumn {
  std::string heading;
  double width = 12;  // Excel character units
};

struct TableExportOptions {
  std::string sheet_name = "Sheet1";
  std::string title;  // document properties
  // Creation time written in the document properties: fixed by the caller so
  // that the same rows give the same bytes.
  long long created = 0;
};

class TableExport {
 public:
  // Starts both files as temporaries next to their targets.
  TableExport(const std::filesystem::path& xlsx, const std::filesystem::path& csv,
              const std::vector<ExportColumn>& columns, const TableExportOptions& options);
  ~TableExport();
  TableExport(const TableExport&) = delete;
  TableExport& operator=(const TableExport&) = delete;

  // One row, as many cells as columns.
  void row(std::span<const ExportCell> cells);
  // Closes both files and renames them over their targets; without it the
  // targets are untouched. Throws Error(output) on failure.
  void finish();
  std::size_t rows() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The CSV spelling of one text cell: neutralised (apostrophe) when it could
// start a formula, then quoted when it holds a comma, quote or line break.
std::string csv_text_field(std::string_view text);

}  // namespace baocao::render
