#include "data-adapters/csv/figures_csv.hpp"

#include <map>
#include <optional>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::csv {

namespace {

Location at(const CsvTable& t, const CsvRow& row, const std::string& column) {
  Location where = at_file(t.file);
  where.line = row.line;
  where.field = column;
  return where;
}

std::optional<std::size_t> column(const CsvRow& header, std::string_view name) {
  for (std::size_t i = 0; i < header.cells.size(); ++i)
    if (header.cells[i] == name) return i;
  return std::nullopt;
}

// Reads a number cell; records a problem and returns nullopt when invalid.
// `too_large`: what a number past 2^53 is here (a year's column says "not a year").
std::optional<double> number(const CsvTable& t, const CsvRow& row, std::size_t col, const std::string& name,
                             bool required, std::vector<Diagnostic>& problems,
                             MsgId too_large = MsgId::text_number_too_large) {
  std::string cell = col < row.cells.size() ? row.cells[col] : std::string();
  text::ParsedNumber n;
  switch (text::parse_vi_number(cell, n)) {
    case text::NumberProblem::none:
      return n.value;
    case text::NumberProblem::empty:
      if (required) problems.push_back({MsgId::text_number_required, {}, at(t, row, name)});
      return std::nullopt;
    case text::NumberProblem::invalid:
      problems.push_back({MsgId::text_not_a_number, {cell}, at(t, row, name)});
      return std::nullopt;
    case text::NumberProblem::too_large:
      problems.push_back({too_large, {cell}, at(t, row, name)});
      return std::nullopt;
  }
  return std::nullopt;
}

void require_rows(const CsvTable& t) {
  if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(t.file));
}

std::size_t require_column(const CsvTable& t, const std::string& name) {
  auto c = column(t.rows.front(), name);
  if (!c) {
    Location where = at_file(t.file);
    where.line = t.rows.front().line;
    fail(ErrorFamily::input, MsgId::csv_missing_column, {name}, where);
  }
  return *c;
}

}  // namespace

void read_figures_csv(const std::string& path, Dataset& data, const CsvLimits& limits) {
  CsvTable t = read_csv(path, limits);
  require_rows(t);
  const CsvRow& header = t.rows.front();
  std::size_t code_col = require_column(t, "ma_don_vi");
  std::size_t name_col = require_column(t, "ten_don_vi");

  // Pairs <id>_dat / <id>_tong, in header order; a count has no _tong
  // (kNone), which the catalogue checks.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct Pair {
    std::string id;
    std::size_t num, den;
  };
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    const std::string& h = header.cells[i];
    const std::string suffix = "_dat";
    if (h.size() <= suffix.size() || h.compare(h.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string id = h.substr(0, h.size() - suffix.size());
    auto den = column(header, id + "_tong");
    pairs.push_back({id, i, den ? *den : kNone});
  }
  if (pairs.empty()) {
    Location where = at_file(t.file);
    where.line = header.line;
    fail(ErrorFamily::input, MsgId::csv_no_indicator_columns, {}, where);
  }

  std::vector<Diagnostic> problems;
  std::vector<Record> records;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    const CsvRow& row = t.rows[r];
    std::string code = code_col < row.cells.size() ? row.cells[code_col] : "";
    std::string name = name_col < row.cells.size() ? row.cells[name_col] : "";
    if (code.empty()) {
      problems.push_back({MsgId::csv_missing_column, {"ma_don_vi"}, at(t, row, "ma_don_vi")});
      continue;
    }
    for (const Pair& p : pairs) {
      const bool has_den = p.den != kNone;
      std::string num_name = header.cells[p.num], den_name = has_den ? header.cells[p.den] : std::string();
      bool num_blank = p.num >= row.cells.size() || row.cells[p.num].empty();
      bool den_blank = !has_den || p.den >= row.cells.size() || row.cells[p.den].empty();
      if (num_blank && den_blank) continue;  // indicator not reported by this unit
      auto num = number(t, row, p.num, num_name, true, problems);
      auto den = has_den ? number(t, row, p.den, den_name, true, problems) : std::optional<double>(0);
      if (!num || !den) continue;
      Record rec{code, name, p.id, data.period, *num, *den, {}, at(t, row, num_name)};
      rec.has_denominator = has_den;
      records.push_back(std::move(rec));
    }
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  data.sources.push_back(path);
  data.records.insert(data.records.end(), records.begin(), records.end());
}

}  // namespace baocao::csv
