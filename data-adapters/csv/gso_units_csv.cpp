#include "data-adapters/csv/gso_units_csv.hpp"

#include <set>

#include "engine/text/admin_name.hpp"
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

std::string name_origin_cell(const std::string& value, const Location& where, std::vector<Diagnostic>& problems) {
  text::NameOrigin o;
  if (!text::parse_name_origin(value, o)) {
    problems.push_back({MsgId::units_bad_name_origin, {value}, where});
    return {};
  }
  return text::name_origin_label(o);
}

bool is_units_header(const std::vector<std::string>& header) {
  return index_of(header, "ma_tinh") >= 0 && index_of(header, "ma_xa") >= 0;
}

std::vector<Unit> units_from_csv(const CsvTable& t) {
  if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(t.file));
  const auto& h = t.rows.front().cells;
  std::vector<int> col;
  for (const char* name : {"ma_tinh", "ten_tinh", "loai_tinh", "ma_xa", "ten_xa", "loai_xa"}) {
    col.push_back(index_of(h, name));
    if (col.back() < 0)
      fail(ErrorFamily::input, MsgId::csv_missing_column, {name}, at_line(t.file, t.rows.front().line));
  }
  int from = index_of(h, "hieu_luc_tu"), to = index_of(h, "hieu_luc_den");
  int origin_tinh = index_of(h, "ten_theo_tinh"), origin_xa = index_of(h, "ten_theo_xa");
  std::vector<Unit> provinces, communes;
  std::set<std::string> seen;
  std::vector<Diagnostic> problems;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    const auto& c = t.rows[r].cells;
    auto get = [&](int i) { return i >= 0 && i < static_cast<int>(c.size()) ? c[i] : std::string(); };
    auto origin = [&](int i, const char* field) {
      Location where = at_line(t.file, t.rows[r].line);
      where.field = field;
      return name_origin_cell(get(i), where, problems);
    };
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
    Unit u;
    u.valid_from = parse_iso_date(from >= 0 && !get(from).empty() ? get(from) : kReformDate);
    if (!get(to).empty()) u.valid_to = parse_iso_date(get(to));
    u.source = at_line(t.file, t.rows[r].line);
    if (seen.insert(get(col[0])).second) {
      Unit p = u;
      p.code = get(col[0]);
      p.name = get(col[1]);
      p.level = "tinh";
      p.kind = get(col[2]);
      p.name_origin = origin(origin_tinh, "ten_theo_tinh");
      provinces.push_back(std::move(p));
    }
    u.code = get(col[3]);
    u.name = get(col[4]);
    u.parent = get(col[0]);
    u.level = "xa";
    u.kind = get(col[5]);
    u.name_origin = origin(origin_xa, "ten_theo_xa");
    communes.push_back(std::move(u));
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  provinces.insert(provinces.end(), communes.begin(), communes.end());
  return provinces;
}

}  // namespace baocao::csv
