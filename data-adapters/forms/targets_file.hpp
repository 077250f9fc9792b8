// A plan's targets as a clerk keeps them: a CSV file or the first sheet of an
// XLSX workbook, one row per indicator and year, columns (headings compared
// loosely, as the registers'):
//
//   nam       the year: 2025
//   chi_so    the indicator's id in the catalogue: gia_dinh_hoc_tap
//   chi_tieu  the target as the plan states it: 70, 75–80, 99,5% trở lên,
//             không quá 5%, duy trì mức độ 2; blank = no target that year
//
// A plan that sets milestones (2025, 2030) simply has no row, or a blank
// one, for the years between: they stay open, never 0. `render --targets`
// and `import` read targets through this one reader, so both refuse the
// same files with the same messages.
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/dataset/dataset.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::forms {

// Whether a first row of headings is a targets file's.
bool is_targets_header(const std::vector<std::string>& headings);

// Every target of the file at `path` (.xlsx/.xlsm, else CSV). Throws
// Error(input) when it cannot be read or lacks a column, and Error(data)
// listing every problem at its row and column: a year that is no year, an
// indicator not in `catalogue` (naming the known ones), a target that is
// none of the kinds or is out of its indicator's range, a year and
// indicator given twice.
std::vector<Target> read_targets_file(const std::string& path, const model::IndicatorCatalogue& catalogue,
                                      const csv::CsvLimits& csv_limits = {}, const xlsx::Limits& xlsx_limits = {});

}  // namespace baocao::forms
