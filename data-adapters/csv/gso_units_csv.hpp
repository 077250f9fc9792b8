// The list of administrative units as CSV (data/units/don-vi-hanh-chinh-2025.csv):
// ma_tinh, ten_tinh, loai_tinh, ma_xa, ten_xa, loai_xa, one row per commune;
// optional hieu_luc_tu / hieu_luc_den (valid from / to, YYYY-MM-DD) for lists
// of other dates, and ten_theo_tinh / ten_theo_xa (what the proper name is:
// blank, "địa danh", "số", "người", "sự kiện"; engine/text/admin_name.hpp).
// Provinces are taken from the rows of their communes.
#pragma once

#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/store/store.hpp"

namespace baocao::csv {

// True when `header` is that of a units list.
bool is_units_header(const std::vector<std::string>& header);

// Units of `table` (provinces first, then communes), valid from 2025-07-01
// unless the file says otherwise. Throws Error(input) for a missing column,
// Error(data) naming every cell of `ten_theo_*` that is not a known word.
std::vector<Unit> units_from_csv(const CsvTable& table);

// The `ten_theo` word of a cell in its canonical spelling ("người"); a word
// that is none of them is added to `problems` at `where` and gives "".
std::string name_origin_cell(const std::string& value, const Location& where, std::vector<Diagnostic>& problems);

}  // namespace baocao::csv
