// Headings are resolved once: each column's heading path is the non-empty
// texts of the header rows (merged cells fill their whole range), folded
// (engine/text/fold.hpp), so "MÃ ĐƠN VỊ" finds "Mã đơn vị".
#include "data-adapters/forms/form_reader.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

#include "data-adapters/xlsx/xlsx_reader.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/text/fold.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::forms {

namespace {

using Path = std::vector<std::string>;

std::vector<Path> heading_paths(const Table& t, const Mapping& m) {
  std::vector<Path> out(static_cast<std::size_t>(t.cols()) + 1);
  for (int c = 1; c <= t.cols(); ++c) {
    Path& p = out[c];
    for (int r : m.header_rows) {
      std::string f = text::fold_for_match(t.cell(r, c).text);
      if (!f.empty() && (p.empty() || p.back() != f)) p.push_back(f);
    }
  }
  return out;
}

// Column of `spec`: the exact heading path, else a unique column whose path
// ends with it ("Tổng số" alone is ambiguous on a form with five indicators,
// "Gia đình học tập / Tổng số" is not).
int find_column(const ColumnSpec& spec, const std::vector<Path>& paths) {
  if (!spec.letter.empty()) return xlsx::column_number(spec.letter);
  Path want;
  for (const auto& h : spec.heading) want.push_back(text::fold_for_match(h));
  int suffix_match = 0, suffix_count = 0;
  for (std::size_t c = 1; c < paths.size(); ++c) {
    const Path& p = paths[c];
    if (p == want) return static_cast<int>(c);
    if (p.size() > want.size() && std::equal(want.rbegin(), want.rend(), p.rbegin())) {
      suffix_match = static_cast<int>(c);
      ++suffix_count;
    }
  }
  return suffix_count == 1 ? suffix_match : 0;
}

FormColumns resolve(const Table& t, const Mapping& m, std::vector<Diagnostic>* missing) {
  auto paths = heading_paths(t, m);
  FormColumns cols;
  std::string rows;
  for (int r : m.header_rows) rows += (rows.empty() ? "" : ", ") + std::to_string(r);
  auto need = [&](const ColumnSpec& spec, int& into) {
    if (spec.empty()) return;
    into = find_column(spec, paths);
    if (into == 0 && missing) {
      Location where = t.where(m.header_rows.front(), 1);
      where.cell.clear();
      where.field.clear();
      where.line = m.header_rows.front();
      missing->push_back({MsgId::map_header_not_found, {spec.describe(), rows}, where});
    }
  };
  need(m.unit_code, cols.code);
  need(m.unit_name, cols.name);
  need(m.note, cols.note);
  need(m.period_column, cols.period);
  for (const auto& ic : m.indicators) {
    int num = 0, den = 0;
    need(ic.numerator, num);
    need(ic.denominator, den);
    cols.indicators.emplace_back(num, den);
  }
  return cols;
}

// Reads a number cell; records a problem and returns nullopt when invalid.
std::optional<double> number(const Table& t, const TableCell& c, int row, int col,
                             std::vector<Diagnostic>& problems) {
  if (c.numeric) return c.number;
  text::ParsedNumber n;
  switch (text::parse_vi_number(c.text, n)) {
    case text::NumberProblem::none:
      return n.value;
    case text::NumberProblem::empty:
      problems.push_back({MsgId::text_number_required, {}, t.where(row, col)});
      return std::nullopt;
    case text::NumberProblem::invalid:
      problems.push_back({MsgId::text_not_a_number, {c.text}, t.where(row, col)});
      return std::nullopt;
    case text::NumberProblem::too_large:
      problems.push_back({MsgId::text_number_too_large, {c.text}, t.where(row, col)});
      return std::nullopt;
  }
  return std::nullopt;
}

bool blank(const TableCell& c) {
  return !c.numeric && c.text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Column 0 is a column the mapping does not have: always blank.
TableCell cell_at(const Table& t, int row, int col) {
  return col == 0 ? TableCell{} : t.cell(row, col);
}

// A clerk's "Tổng cộng" / "Cộng" row at the foot of the form.
bool total_row(const TableCell& code, const TableCell& name) {
  for (const TableCell* c : {&code, &name}) {
    std::string f = text::fold_for_match(c->text);
    if (f == "tong" || f == "tong cong" || f == "cong" || f == "tong so" || f == "toan tinh") return true;
  }
  return false;
}

// "12345" for a code typed as a number, not "12345.0".
std::string code_text(const TableCell& c) {
  if (c.numeric && c.number == static_cast<long long>(c.number))
    return std::to_string(static_cast<long long>(c.number));
  std::string s = c.text;
  auto a = s.find_first_not_of(" \t");
  auto b = s.find_last_not_of(" \t");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

// The year a period cell gives: 0 when it gives none, kNotAYear for a number
// that is no year (20255, 1e300: casting those to int is undefined).
constexpr int kNotAYear = -1;
int year_of(const TableCell& c) {
  if (c.numeric) return as_year(c.number).value_or(kNotAYear);
  text::ParsedNumber n;
  switch (text::parse_vi_number(c.text, n)) {
    case text::NumberProblem::none:
      return as_year(n.value).value_or(kNotAYear);
    case text::NumberProblem::too_large:  // never a year, nor a year's digits inside it
      return kNotAYear;
    case text::NumberProblem::empty:
    case text::NumberProblem::invalid:
      break;
  }
  // "Năm 2025", "năm báo cáo 2025"
  for (std::size_t i = 0; i + 4 <= c.text.size(); ++i) {
    std::string d = c.text.substr(i, 4);
    if (d.find_first_not_of("0123456789") == std::string::npos) return std::stoi(d);
  }
  return 0;
}

}  // namespace

bool mapping_fits(const Table& table, const Mapping& mapping) {
  std::vector<Diagnostic> missing;
  resolve(table, mapping, &missing);
  return missing.empty();
}

FormCursor::FormCursor(const Table& t, const Mapping& m, int period) : table_(t), mapping_(m) {
  std::vector<Diagnostic> missing;
  cols_ = resolve(t, m, &missing);
  if (!missing.empty()) throw Error(ErrorFamily::data, std::move(missing));

  period_ = period;
  if (!m.period_cell.empty()) {
    std::string letters = m.period_cell.substr(0, m.period_cell.find_first_of("0123456789"));
    int col = xlsx::column_number(letters);
    int row = std::atoi(m.period_cell.c_str() + letters.size());
    int year = col > 0 && row > 0 ? year_of(t.cell(row, col)) : 0;
    if (year == kNotAYear) {
      start_problems_.push_back({MsgId::data_bad_year, {t.cell(row, col).text}, t.where(row, col)});
      year = 0;
    }
    if (year > 0 && period > 0 && year != period)
      start_problems_.push_back(
          {MsgId::data_period_mismatch, {std::to_string(year), std::to_string(period)}, t.where(row, col)});
    if (period == 0) period_ = year;
  }
  // Without a period, the rows' period column gives it (the first record's).
  period_from_rows_ = period_ == 0 && cols_.period != 0;
  row_ = m.first_data_row > 0 ? m.first_data_row : m.header_rows.back() + 1;
}

bool FormCursor::next(int rows, std::vector<Record>& out, std::vector<Diagnostic>& problems) {
  const Table& t = table_;
  const Mapping& m = mapping_;
  const FormColumns& cols = cols_;
  out.clear();
  record_rows_.clear();
  problems.insert(problems.end(), std::make_move_iterator(start_problems_.begin()),
                  std::make_move_iterator(start_problems_.end()));
  start_problems_.clear();
  if (row_ > t.rows()) return false;
  int last = std::min(t.rows(), row_ + rows - 1);
  // Each cell of a row is read once (a streamed sheet builds it each time).
  std::vector<TableCell>& nums = nums_;
  std::vector<TableCell>& dens = dens_;
  nums.resize(cols.indicators.size());
  dens.resize(cols.indicators.size());
  for (int row = row_; row <= last; ++row) {
    bool any_figure = false;
    for (std::size_t k = 0; k < cols.indicators.size(); ++k) {
      nums[k] = cell_at(t, row, cols.indicators[k].first);
      dens[k] = cell_at(t, row, cols.indicators[k].second);
      any_figure = any_figure || !blank(nums[k]) || !blank(dens[k]);
    }
    TableCell code_cell = cell_at(t, row, cols.code);
    std::string code = code_text(code_cell);
    TableCell name_cell = cell_at(t, row, cols.name);
    if (code.empty()) {
      if (any_figure && !total_row(code_cell, name_cell))
        problems.push_back({MsgId::data_missing_unit_code, {}, t.where(row, cols.code)});
      continue;
    }
    // One file is one period: the one given, the period cell's, or else
    // the first figure's row's, which every later row must then match.
    int row_period = period_;
    if (cols.period != 0) {
      int y = year_of(t.cell(row, cols.period));
      if (y == kNotAYear) {
        problems.push_back(
            {MsgId::data_bad_year, {t.cell(row, cols.period).text}, t.where(row, cols.period)});
        y = 0;
      }
      if (y > 0 && period_ > 0 && y != period_)
        problems.push_back({MsgId::data_period_mismatch,
                            {std::to_string(y), std::to_string(period_)},
                            t.where(row, cols.period)});
      if (period_ == 0) row_period = y;
    }
    std::string name = cols.name ? code_text(name_cell) : std::string();
    std::string note = cols.note ? t.cell(row, cols.note).text : std::string();
    for (std::size_t k = 0; k < m.indicators.size(); ++k) {
      auto [num_col, den_col] = cols.indicators[k];
      if (blank(nums[k]) && blank(dens[k])) {
        if (m.indicators[k].required)
          problems.push_back(
              {MsgId::data_missing_indicator, {code, m.indicators[k].id}, t.where(row, num_col)});
        continue;
      }
      auto num = number(t, nums[k], row, num_col, problems);
      // No total column: a count (the catalogue checks it is one).
      auto den = den_col ? number(t, dens[k], row, den_col, problems) : std::optional<double>(0);
      if (!num || !den) continue;
      Record r{code, name, m.indicators[k].id, row_period, *num, *den, note, t.where(row, num_col)};
      r.has_denominator = den_col != 0;
      if (den_col) r.denominator_source = t.where(row, den_col);
      if (period_from_rows_) {
        period_ = row_period;
        period_from_rows_ = false;
      }
      out.push_back(std::move(r));
      record_rows_.push_back(row);
    }
  }
  row_ = last + 1;
  return true;
}

FormResult read_form(const Table& t, const Mapping& m, int period) {
  FormCursor cursor(t, m, period);
  FormResult out;
  int first = m.first_data_row > 0 ? m.first_data_row : m.header_rows.back() + 1;
  // One exact allocation: growing by doubling kept the old and the new array
  // alive at once, 1.5-2x the records' size at the peak of a large import.
  if (t.rows() >= first)
    out.records.reserve(static_cast<std::size_t>(t.rows() - first + 1) * m.indicators.size());
  std::vector<Record> chunk;
  while (cursor.next(4096, chunk, out.problems))
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      out.code_cells.emplace(chunk[i].unit_code, t.where(cursor.rows_read()[i], cursor.columns().code));
      out.records.push_back(std::move(chunk[i]));
    }
  out.period = cursor.period();
  return out;
}

}  // namespace baocao::forms
