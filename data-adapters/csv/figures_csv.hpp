// The units' figures and the plan's targets as CSV files (see samples/).
//
// Figures: one row per unit; columns `ma_don_vi`, `ten_don_vi`, then for each
// indicator `<id>_dat` (recognised) and `<id>_tong` (total), e.g.
// `gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong`. An empty pair means the unit
// did not report that indicator.
//
// Targets: data-adapters/forms/targets_file.hpp (CSV or XLSX).
#pragma once

#include <string>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/dataset/dataset.hpp"

namespace baocao::csv {

// Appends the figures of `path` to `data`. Every problem (not a number,
// negative, missing column) is collected and thrown at once as Error(data).
void read_figures_csv(const std::string& path, Dataset& data, const CsvLimits& limits = {});

}  // namespace baocao::csv
