// The list of administrative units as CSV (data/units/don-vi-hanh-chinh-2025.csv):
// ma_tinh, ten_tinh, loai_tinh, ma_xa, ten_xa, loai_xa, one row per commune;
// optional hieu_luc_tu / hieu_luc_den (valid from / to, YYYY-MM-DD) for lists
// of other dates. Provinces are taken from the rows of their communes.
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/store/store.hpp"

namespace baocao::csv {

// True when `header` is that of a units list.
bool is_units_header(const std::vector<std::string>& header);

// Units of `table` (provinces first, then communes), valid from 2025-07-01
// unless the file says otherwise. Throws Error(input) for a missing column.
// `where`, when given, gets each unit's row (a province: its first commune's).
std::vector<store::Unit> units_from_csv(const CsvTable& table, std::vector<Location>* where = nullptr);

}  // namespace baocao::csv
