#include "data-adapters/csv/units_csv.hpp"

#include <optional>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/model/levels.hpp"
#include "engine/core/output_path.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_date.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::csv {

namespace {

struct Columns {
  const CsvTable& t;
  const CsvRow& header;
  std::optional<std::size_t> find(std::string_view name) const {
    for (std::size_t i = 0; i < header.cells.size(); ++i)
      if (header.cells[i] == name) return i;
    return std::nullopt;
  }
  std::size_t require(const std::string& name) const {
    auto c = find(name);
    if (!c) fail(ErrorFamily::input, MsgId::csv_missing_column, {name}, at_line(t.file, header.line));
    return *c;
  }
};

std::string cell(const CsvRow& r, std::optional<std::size_t> c) {
  return c && *c < r.cells.size() ? r.cells[*c] : std::string();
}

Location where(const CsvTable& t, const CsvRow& r, const std::string& field) {
  Location l = at_line(t.file, r.line);
  l.field = field;
  return l;
}

// An optional date cell; records a problem when present but not a date.
std::optional<CivilDate> date_cell(const CsvTable& t, const CsvRow& r, std::optional<std::size_t> c,
                                   const std::string& name, std::vector<Diagnostic>& problems) {
  std::string v = cell(r, c);
  if (v.empty()) return std::nullopt;
  auto d = text::parse_vi_date(v);
  if (!d) problems.push_back({MsgId::text_bad_date, {v}, where(t, r, name)});
  return d;
}

}  // namespace

std::vector<Unit> read_units_csv(const std::string& path) {
  CsvTable t = read_csv(path);
  if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
  Columns cols{t, t.rows.front()};
  std::size_t code = cols.require("ma"), name = cols.require("ten"), level = cols.require("cap");
  auto parent = cols.find("ma_cap_tren"), from = cols.find("hieu_luc_tu"), to = cols.find("hieu_luc_den");
  auto pred = cols.find("tien_than"), origin = cols.find("ten_theo");
  std::vector<Diagnostic> problems;
  std::vector<Unit> units;
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const CsvRow& r = t.rows[i];
    Unit u;
    u.code = cell(r, code);
    u.name = cell(r, name);
    u.parent = cell(r, parent);
    const std::string word = cell(r, level);
    u.level = model::level_id(word, !u.parent.empty());
    if (!word.empty() && u.level.empty())
      problems.push_back({MsgId::units_unknown_level, {word}, where(t, r, "cap")});
    u.kind = model::kind_of_name(u.name);
    u.valid_from = date_cell(t, r, from, "hieu_luc_tu", problems);
    u.valid_to = date_cell(t, r, to, "hieu_luc_den", problems);
    std::string preds = cell(r, pred);
    for (std::size_t a = 0; a < preds.size();) {
      std::size_t b = preds.find(';', a);
      if (b == std::string::npos) b = preds.size();
      std::string p = preds.substr(a, b - a);
      while (!p.empty() && p.front() == ' ') p.erase(p.begin());
      while (!p.empty() && p.back() == ' ') p.pop_back();
      if (!p.empty()) u.predecessors.push_back(p);
      a = b + 1;
    }
    u.source = at_line(path, r.line);
    u.name_origin = name_origin_cell(cell(r, origin), where(t, r, "ten_theo"), problems);
    for (auto [value, field] : {std::pair<const std::string*, const char*>{&u.code, "ma"},
                                std::pair<const std::string*, const char*>{&u.name, "ten"},
                                std::pair<const std::string*, const char*>{&word, "cap"}})
      if (value->empty()) problems.push_back({MsgId::csv_missing_column, {field}, where(t, r, field)});
    // Codes name output directories and files: one character set, checked here.
    if (!u.code.empty() && !is_safe_code(u.code))
      problems.push_back({MsgId::code_invalid, {u.code}, where(t, r, "ma")});
    if (!u.parent.empty() && !is_safe_code(u.parent))
      problems.push_back({MsgId::code_invalid, {u.parent}, where(t, r, "ma_cap_tren")});
    for (const std::string& p : u.predecessors)
      if (!is_safe_code(p)) problems.push_back({MsgId::code_invalid, {p}, where(t, r, "tien_than")});
    if (std::size_t n = text::utf16_length(u.name); n > text::kMaxCellChars)
      problems.push_back(
          {MsgId::text_cell_too_long, {std::to_string(n), std::to_string(text::kMaxCellChars)}, where(t, r, "ten")});
    units.push_back(std::move(u));
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return units;
}

void read_submissions_csv(const std::string& path, Dataset& data) {
  CsvTable t = read_csv(path);
  if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
  Columns cols{t, t.rows.front()};
  std::size_t code = cols.require("ma_don_vi"), year = cols.require("nam"),
              received = cols.require("ngay_nhan");
  auto file = cols.find("tep"), deadline = cols.find("han_nop");
  std::vector<Diagnostic> problems;
  std::vector<Submission> subs;
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const CsvRow& r = t.rows[i];
    text::ParsedNumber n;
    if (auto p = text::parse_vi_number(cell(r, year), n); p != text::NumberProblem::none) {
      problems.push_back({p == text::NumberProblem::too_large ? MsgId::data_bad_year : MsgId::text_not_a_number,
                          {cell(r, year)},
                          where(t, r, "nam")});
      continue;
    }
    std::optional<int> y = as_year(n.value);
    if (!y) {
      problems.push_back({MsgId::data_bad_year, {cell(r, year)}, where(t, r, "nam")});
      continue;
    }
    auto d = date_cell(t, r, received, "ngay_nhan", problems);
    if (!d) {
      if (cell(r, received).empty())
        problems.push_back({MsgId::text_bad_date, {""}, where(t, r, "ngay_nhan")});
      continue;
    }
    subs.push_back({cell(r, code), *y, *d, file ? cell(r, file) : path, cell(r, deadline)});
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  data.submissions.insert(data.submissions.end(), subs.begin(), subs.end());
}

}  // namespace baocao::csv
