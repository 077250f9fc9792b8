// Mapping files: for one form, which sheet, which rows hold the headings, and
// which columns hold the unit code and name and each indicator's numerator
// and denominator. JSON (see mappings/*.json and mappings/README.md).
// Headings are matched loosely (case, diacritics, spacing), a multi-row
// heading written "Gia đình học tập / Tổng số".
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace baocao::forms {

// A column named by its heading path ("Gia đình học tập / Tổng số") or by
// its letter ("C").
struct ColumnSpec {
  std::vector<std::string> heading;  // one part per header row that says something
  std::string letter;
  bool empty() const { return heading.empty() && letter.empty(); }
  std::string describe() const;
};

struct IndicatorColumns {
  std::string id;  // catalogue id
  ColumnSpec numerator, denominator;
  bool required = false;  // a unit must fill it in
};

// Where a reporting body's task reports are (engine/dataset/bodies.hpp):
// a sheet with a heading row, then a row per task; and two cells of the
// body's own text. A mapping without it reads figures only.
struct TaskColumns {
  std::string body;   // the body a `baocao form --body` form was made for; "" = not said
  std::string sheet;  // "" = the figures' sheet
  int header_row = 1;
  int last_row = 0;  // the last row of tasks; 0 = the sheet's last
  ColumnSpec id, status, result;               // task code, completion, what was done
  std::string difficulties_cell, proposals_cell;  // "D20"; "" = none
};

struct Mapping {
  std::string file;   // where it was read, for messages; "" when built in
  std::string form;   // human name of the form
  std::string sheet;  // "" = first visible sheet
  std::vector<int> header_rows{1};
  int first_data_row = 0;    // 0 = after the last header row
  std::string period_cell;   // "C2": the year the file reports; "" = none
  ColumnSpec period_column;  // or a column of years
  ColumnSpec unit_code, unit_name, note;
  std::vector<IndicatorColumns> indicators;
  std::optional<TaskColumns> tasks = {};
};

// Reads a JSON mapping; throws Error(usage, map_invalid) naming the file.
Mapping load_mapping(const std::string& path);

// The CSV/XLSX form of the samples: row 1 holds `ma_don_vi`, `ten_don_vi`,
// `<id>_dat`, `<id>_tong` (and optionally `nam`). `headings` is that row.
std::optional<Mapping> builtin_figures_mapping(const std::vector<std::string>& headings);

}  // namespace baocao::forms
