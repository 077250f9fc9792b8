// Reads the figures of one form (a Table) through its Mapping into Records,
// collecting every problem with its cell: heading not found, not a number,
// a required indicator left blank, a row without unit code, the year in the
// file not the period being imported. Checks that need more than one cell
// (negative, numerator above denominator, duplicates) are engine/model's
// check_records; unknown unit codes are checked against the store.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "data-adapters/forms/mapping.hpp"
#include "data-adapters/forms/table.hpp"
#include "engine/dataset/dataset.hpp"

namespace baocao::forms {

struct FormResult {
  int period = 0;  // the period the records belong to
  std::vector<Record> records;
  std::vector<Diagnostic> problems;
  std::map<std::string, Location> code_cells;  // where each unit code was first read
};

// The columns a mapping names, found once in the header rows (0 = absent).
struct FormColumns {
  int code = 0, name = 0, note = 0, period = 0;
  std::vector<std::pair<int, int>> indicators;  // numerator, denominator, parallel to Mapping::indicators
};

// Reads a form a few rows at a time, so a 100,000-row form never holds all
// its Records at once (an import validates in one pass and writes in a
// second). Records and problems are exactly those of read_form, in order.
class FormCursor {
 public:
  // Resolves the headings and reads the period cell; throws Error(data) when
  // a heading cannot be found. `table` and `mapping` must outlive the cursor.
  FormCursor(const Table& table, const Mapping& mapping, int period);

  // The period the records belong to: the one given, else the file's year
  // (the period cell, or the first row's period column); 0 while unknown.
  int period() const { return period_; }
  const FormColumns& columns() const { return cols_; }
  const Table& table() const { return table_; }

  // Clears `out`, then reads up to `rows` further rows into it, appending
  // their problems to `problems`. False once every row has been read.
  bool next(int rows, std::vector<Record>& out, std::vector<Diagnostic>& problems);
  // The table row each record of the last next() was read from, parallel to `out`.
  const std::vector<int>& rows_read() const { return record_rows_; }

 private:
  const Table& table_;
  const Mapping& mapping_;
  FormColumns cols_;
  int period_ = 0;
  int row_ = 0;  // next row to read
  bool period_from_rows_ = false;
  std::vector<int> record_rows_;
  std::vector<Diagnostic> start_problems_;
  std::vector<TableCell> nums_, dens_;  // the current row's figures, by indicator
};

// `period`: the period being imported, 0 when not given (the file must
// then say its year). Throws Error(data) at once only when the headings
// cannot be found (no row can be read without them).
FormResult read_form(const Table& table, const Mapping& mapping, int period);

// True when every column of `mapping` is found in `table`'s header rows.
bool mapping_fits(const Table& table, const Mapping& mapping);

}  // namespace baocao::forms
