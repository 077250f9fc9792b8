// What the registers a clerk keeps (the issuers register, the reporting
// bodies) share: a CSV file or the first sheet of an XLSX workbook read as a
// Table, headings compared loosely ("Mã đơn vị", "ma_don_vi" and "MA DON VI"
// are one column), cells trimmed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/forms/table.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"

namespace baocao::forms {

// The register at `path` (.xlsx/.xlsm: its first visible sheet; else CSV),
// read into `csv` or `book`, which must outlive the table. Throws
// Error(input) when it cannot be read or has no sheet.
std::unique_ptr<Table> open_register(const std::string& path, const csv::CsvLimits& csv_limits,
                                     const xlsx::Limits& xlsx_limits, csv::CsvTable& csv, xlsx::Workbook& book);

// The column of each of the `count` `headings` in the register's first row:
// the first whose heading matches loosely, none when absent. Throws
// Error(input) naming `path` for a register without rows.
std::vector<std::optional<int>> register_columns(const Table& table, const std::string& path,
                                                 const char* const* headings, int count);

// The same, for a register whose every heading must be there: the first
// one missing is Error(input) naming it at the register's first cell.
std::vector<int> required_register_columns(const Table& table, const std::string& path,
                                           const char* const* headings, int count);

// A heading as registers compare them: folded, '_' as a space.
std::string register_heading_key(const std::string& text);

// `s` without the spaces, tabs and line breaks around it.
std::string trim_cell(std::string s);

}  // namespace baocao::forms
