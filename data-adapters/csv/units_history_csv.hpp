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

// Units of the file at `path` in file order (read_units_csv): levels as
// tiers ("tỉnh", "thành phố" -> "tinh"; see model/levels.hpp), the kind
// ("Tỉnh", "Phường", ...) from the start of the name. Throws Error(data)
// with every problem (bad date, unknown level) at once.
std::vector<Unit> units_history_from_csv(const std::string& path);

}  // namespace baocao::csv
