// Administrative units and received reports as CSV files.
//
// Units: columns `ma`, `ten`, `cap` (level name), `ma_cap_tren` (parent code),
// `hieu_luc_tu`, `hieu_luc_den` (dates, empty = open), `tien_than` (codes of
// the units it was formed from, separated by ';'), optional `ten_theo` (what
// the proper name is: blank, "địa danh", "số", "người", "sự kiện").
//
// Submissions (until the store records them): `ma_don_vi`, `nam`,
// `ngay_nhan` (date received), optional `tep` (file name) and `han_nop` (the
// id of the plan's deadline it answers; blank = the ordinary report).
#pragma once

#include <string>
#include <vector>

#include "engine/dataset/dataset.hpp"
#include "engine/dataset/units.hpp"

namespace baocao::csv {

// Every problem (missing column, bad date) is collected and thrown at once.
std::vector<Unit> read_units_csv(const std::string& path);
void read_submissions_csv(const std::string& path, Dataset& data);

}  // namespace baocao::csv
