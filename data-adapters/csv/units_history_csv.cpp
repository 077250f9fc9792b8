// Reads the history layout through read_units_csv (one reader for both the
// hierarchy model and the store) and maps its rows to store units.
#include "data-adapters/csv/units_history_csv.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "data-adapters/csv/units_csv.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::csv {

namespace {

// The kinds a unit's name starts with, before and after the 2025 reform; a
// kind must be followed by a space, so "Xã" never matches "Xã hội ...".
constexpr std::array<std::string_view, 9> kKinds = {"Thành phố", "Thị trấn", "Đặc khu", "Phường", "Thị xã",
                                                    "Huyện",     "Quận",     "Tỉnh",    "Xã"};

std::string kind_of(const std::string& name, const std::string& level) {
  for (std::string_view k : kKinds)
    if (name.size() > k.size() && name.compare(0, k.size(), k) == 0 && name[k.size()] == ' ')
      return std::string(k);
  return level;
}

}  // namespace

bool is_units_history_header(const std::vector<std::string>& header) {
  auto has = [&](const char* h) { return std::find(header.begin(), header.end(), h) != header.end(); };
  return has("ma") && has("ten") && has("cap");
}

std::vector<store::Unit> units_history_from_csv(const std::string& path, std::vector<Location>* where) {
  std::vector<store::Unit> out;
  std::vector<Diagnostic> problems;
  for (const UnitRow& r : read_units_csv(path)) {
    std::string level = text::slug_vi(r.level);
    if (level != "tinh" && level != "huyen" && level != "xa") {
      Location where = r.source;
      where.field = "cap";
      problems.push_back({MsgId::units_unknown_level, {r.level}, where});
      continue;
    }
    if (where) where->push_back(r.source);
    out.push_back({r.code, r.name, r.parent, level, kind_of(r.name, r.level),
                   r.valid_from ? to_iso(*r.valid_from) : std::string(),
                   r.valid_to ? to_iso(*r.valid_to) : std::string(), r.predecessors});
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return out;
}

}  // namespace baocao::csv
