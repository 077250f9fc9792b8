// An office's own indicators as a file: a CSV (or tab-separated) file or the
// first sheet of an XLSX workbook with the catalogue's columns (engine/model/
// indicator_catalogue.hpp: ma, ten, tu_so, mau_so, don_vi_tinh, cap_dem,
// loai, chuong_trinh; headings compared loosely, as the registers').
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::forms {

// Whether a first row of headings is a catalogue's (ma, ten, tu_so, cap_dem, loai).
bool is_catalogue_header(const std::vector<std::string>& headings);

// Whether `path` (CSV, TSV or XLSX) starts with a catalogue's headings; false
// for a file that cannot be read (its own import says why).
bool is_catalogue_file(const std::string& path, const csv::CsvLimits& csv_limits = {},
                       const xlsx::Limits& xlsx_limits = {});

// Every indicator of the file. Throws Error(input) when it cannot be read or
// lacks a column, Error(data) listing every problem at its row and column.
std::vector<model::Indicator> read_catalogue_file(const std::string& path, const csv::CsvLimits& csv_limits = {},
                                                  const xlsx::Limits& xlsx_limits = {});

}  // namespace baocao::forms
