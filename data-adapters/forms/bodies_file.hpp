// The reporting bodies register as a clerk keeps it: a CSV file or the first
// sheet of an XLSX workbook, one row per body, with these columns (headings
// compared loosely: case, diacritics and spacing do not matter):
//
//   ma_co_quan    the body's code: letters, digits, '-', '_', '.' (it names
//                 the body's files and its row in forms): SNV, HKH
//   ten_co_quan   its name as running text prints it: "Sở Nội vụ",
//                 "Hội Khuyến học tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
//   loai          its kind: sở, ban, ngành, mặt trận, đoàn thể, hội
//                 (engine/model/bodies.hpp)
//   ma_don_vi     the unit whose UBND it belongs to (the province): 37
//
// Every column is required.
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/dataset/bodies.hpp"

namespace baocao::forms {

// Every row of the register at `path` (.csv, or .xlsx/.xlsm). Throws
// Error(input) when the file cannot be read or lacks a column, and
// Error(data) listing every problem with its cell (a blank code, name, kind
// or unit; a code unfit for file names; an unknown kind; a code given twice).
std::vector<ReportingBody> read_bodies_file(const std::string& path, const csv::CsvLimits& csv_limits = {},
                                            const xlsx::Limits& xlsx_limits = {});

}  // namespace baocao::forms
