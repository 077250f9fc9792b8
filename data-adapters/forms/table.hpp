// A sheet of cells as a form reader sees it, whatever the file: an XLSX
// sheet (merged ranges filled, legacy-font text decoded) or a CSV file.
// Rows and columns are 1-based.
#pragma once

#include <memory>
#include <string>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_reader.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::forms {

struct TableCell {
  std::string text;      // as the clerk sees it (NFC)
  bool numeric = false;  // a number cell in a spreadsheet; `number` holds it
  bool percent = false;  // shown as a percentage: `number` 0.72 is 72%
  double number = 0;
};

class Table {
 public:
  virtual ~Table() = default;
  virtual int rows() const = 0;
  virtual int cols() const = 0;
  virtual TableCell cell(int row, int col) const = 0;
  // "file, sheet 'S', ô D7" or "file, dòng 7, cột 'x'".
  virtual Location where(int row, int col) const = 0;
};

// `book` and `sheet` must outlive the table.
std::unique_ptr<Table> xlsx_table(const xlsx::Workbook& book, const xlsx::Sheet& sheet);
// `csv` must outlive the table; row 1 is the first non-blank line.
std::unique_ptr<Table> csv_table(const csv::CsvTable& csv);

// Text of a spreadsheet cell typed in a legacy Vietnamese font (.VnTime,
// VNI-Times...), decoded to Unicode by the text layer; other text unchanged.
std::string decode_legacy_font(const std::string& text, std::string_view font_name);

}  // namespace baocao::forms
