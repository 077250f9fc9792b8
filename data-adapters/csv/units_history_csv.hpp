// The administrative units with their history (the sample's don-vi.csv layout:
// ma, ten, cap, ma_cap_tren, hieu_luc_tu, hieu_luc_den, tien_than) as store
// units, so `baocao import don-vi.csv` keeps the merger links a report needs
// to show a merged province's earlier years as the sum of its predecessors.
// The GSO national list (gso_units_csv.hpp) has no such history.
#pragma once

#include <string>
#include <vector>

#include "engine/store/store.hpp"

namespace baocao::csv {

// True when `header` is that of a units list with history (ma, ten, cap).
bool is_units_history_header(const std::vector<std::string>& header);

// Units of the file at `path` in file order. Levels become the store's
// ("tỉnh" -> "tinh"); the kind ("Tỉnh", "Phường", ...) is taken from the
// start of the name; an open start date is stored as "" (since ever).
// Throws Error(data) with every problem (bad date, unknown level) at once.
// `where`, when given, gets each unit's row (for problems of the list as a whole).
std::vector<store::Unit> units_history_from_csv(const std::string& path, std::vector<Location>* where = nullptr);

}  // namespace baocao::csv
