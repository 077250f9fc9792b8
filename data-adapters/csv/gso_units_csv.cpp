#include "data-adapters/csv/gso_units_csv.hpp"

#include <set>

#include "engine/core/output_path.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::csv {

namespace {
// The date the 2025 list takes effect (two-level local government).
constexpr const char* kReformDate = "2025-07-01";

int index_of(const std::vector<std::string>& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}
}  // namespace

bool is_units_header(const std::vector<std::string>& header) {
  return index_of(header, "ma_tinh") >= 0 && index_of(header, "ma_xa") >= 0;
}

std::vector<store::Unit> units_from_csv(const CsvTable& t, std::vector<Location>* where) {
  if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(t.file));
  const auto& h = t.rows.front().cells;
  std::vector<int> col;
  for (const char* name : {"ma_tinh", "ten_tinh", "loai_tinh", "ma_xa", "ten_xa", "loai_xa"}) {
    col.push_back(index_of(h, name));
    if (col.back() < 0)
      fail(ErrorFamily::input, MsgId::csv_missing_column, {name}, at_line(t.file, t.rows.front().line));
  }
  int from = index_of(h, "hieu_luc_tu"), to = index_of(h, "hieu_luc_den");
  std::vector<store::Unit> provinces, communes;
  std::vector<Location> province_rows, commune_rows;
  std::set<std::string> seen;
  std::vector<Diagnostic> problems;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    const auto& c = t.rows[r].cells;
    auto get = [&](int i) { return i >= 0 && i < static_cast<int>(c.size()) ? c[i] : std::string(); };
    // Codes name output directories and files: one character set, checked here.
    for (auto [i, name] : {std::pair{col[0], "ma_tinh"}, std::pair{col[3], "ma_xa"}})
      if (!is_safe_code(get(i))) {
        Location where = at_line(t.file, t.rows[r].line);
        where.field = name;
        problems.push_back({MsgId::code_invalid, {get(i)}, where});
      }
    for (auto [i, name] : {std::pair{col[1], "ten_tinh"}, std::pair{col[4], "ten_xa"}})
      if (std::size_t n = text::utf16_length(get(i)); n > text::kMaxCellChars) {
        Location where = at_line(t.file, t.rows[r].line);
        where.field = name;
        problems.push_back({MsgId::text_cell_too_long, {std::to_string(n), std::to_string(text::kMaxCellChars)}, where});
      }
    std::string valid_from = from >= 0 && !get(from).empty() ? get(from) : kReformDate;
    std::string valid_to = get(to);
    // A province is on every one of its communes' rows: taken once.
    if (seen.insert(get(col[0])).second) {
      provinces.push_back({get(col[0]), get(col[1]), "", "tinh", get(col[2]), valid_from, valid_to, {}});
      province_rows.push_back(at_line(t.file, t.rows[r].line));
    }
    communes.push_back({get(col[3]), get(col[4]), get(col[0]), "xa", get(col[5]), valid_from, valid_to, {}});
    commune_rows.push_back(at_line(t.file, t.rows[r].line));
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  provinces.insert(provinces.end(), communes.begin(), communes.end());
  if (where) {
    *where = std::move(province_rows);
    where->insert(where->end(), commune_rows.begin(), commune_rows.end());
  }
  return provinces;
}

}  // namespace baocao::csv
