// The history layout is read by read_units_csv (one reader for both the
// hierarchy model and the store).
#include "data-adapters/csv/units_history_csv.hpp"

#include <algorithm>

#include "data-adapters/csv/units_csv.hpp"

namespace baocao::csv {

bool is_units_history_header(const std::vector<std::string>& header) {
  auto has = [&](const char* h) { return std::find(header.begin(), header.end(), h) != header.end(); };
  return has("ma") && has("ten") && has("cap");
}

std::vector<Unit> units_history_from_csv(const std::string& path) {
  return read_units_csv(path);
}

}  // namespace baocao::csv
