#include "data-adapters/forms/targets_file.hpp"

#include <cmath>
#include <map>

#include "data-adapters/forms/register_table.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/model/target_value.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::forms {

namespace {

enum Col { kYear, kIndicator, kTarget, kCols };
constexpr const char* kHeadings[kCols] = {"nam", "chi_so", "chi_tieu"};

std::string known_ids(const model::IndicatorCatalogue& catalogue) {
  std::string out;
  for (const model::Indicator& i : catalogue.all()) out += (out.empty() ? "" : ", ") + i.id;
  return out;
}

}  // namespace

bool is_targets_header(const std::vector<std::string>& headings) {
  int found = 0;
  for (const char* want : kHeadings)
    for (const std::string& h : headings)
      if (register_heading_key(h) == register_heading_key(want)) {
        ++found;
        break;
      }
  return found == kCols;
}

std::vector<Target> read_targets_file(const std::string& path, const model::IndicatorCatalogue& catalogue,
                                      const csv::CsvLimits& csv_limits, const xlsx::Limits& xlsx_limits) {
  csv::CsvTable csv;
  xlsx::Workbook book;
  std::unique_ptr<Table> table = open_register(path, csv_limits, xlsx_limits, csv, book);
  const std::vector<int> col = required_register_columns(*table, path, kHeadings, kCols);

  std::vector<Diagnostic> problems;
  std::vector<Target> out;
  std::map<std::pair<int, std::string>, int> seen;  // (year, indicator) -> row
  for (int r = 2; r <= table->rows(); ++r) {
    auto cell = [&](Col k) { return table->cell(r, col[k]); };
    auto at = [&](Col k) { return table->where(r, col[k]); };
    const std::string year_text = trim_cell(cell(kYear).text), id = trim_cell(cell(kIndicator).text);
    const TableCell value = cell(kTarget);
    if (year_text.empty() && id.empty() && trim_cell(value.text).empty()) continue;  // a blank row
    // "2025,dong_ho_hoc_tap,99,5" unquoted: the target's decimal comma made
    // a fourth cell, and "99" alone would be stored.
    for (int c = 1; c <= table->cols(); ++c)
      if (trim_cell(table->cell(1, c).text).empty() && !trim_cell(table->cell(r, c).text).empty())
        problems.push_back({MsgId::target_cell_outside_columns, {trim_cell(table->cell(r, c).text)}, table->where(r, c)});

    std::optional<int> year;
    text::ParsedNumber n;
    switch (text::parse_vi_number(year_text, n)) {
      case text::NumberProblem::none:
        year = as_year(n.value);
        if (!year) problems.push_back({MsgId::data_bad_year, {year_text}, at(kYear)});
        break;
      case text::NumberProblem::empty:
        problems.push_back({MsgId::text_number_required, {}, at(kYear)});
        break;
      default:
        problems.push_back({MsgId::data_bad_year, {year_text}, at(kYear)});
    }
    const model::Indicator* indicator = catalogue.find(id);
    if (!indicator) problems.push_back({MsgId::target_unknown_indicator, {id, known_ids(catalogue)}, at(kIndicator)});

    std::optional<TargetValue> v;
    // A spreadsheet's number cell: its number, or, shown as a percentage
    // (the clerk typed "72%", the cell holds 0,72), a hundred times it.
    const std::string shown = trim_cell(value.text);
    if (value.numeric)
      // (rounded past binary noise: 0,72 x 100 is 72.00000000000001)
      v = TargetValue::number(value.percent ? std::round(value.number * 100 * 1e9) / 1e9 : value.number);
    else
      v = model::parse_target(shown, at(kTarget), problems);
    if (v && indicator) model::check_target(*v, *indicator, at(kTarget), problems);
    if (!year || !indicator || !v) continue;

    auto [it, fresh] = seen.emplace(std::pair{*year, id}, at(kYear).line);
    if (!fresh) {
      problems.push_back({MsgId::target_duplicate, {std::to_string(*year), id, std::to_string(it->second)},
                          at(kIndicator)});
      continue;
    }
    out.push_back({*year, id, *v, at(kTarget)});
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return out;
}

}  // namespace baocao::forms
