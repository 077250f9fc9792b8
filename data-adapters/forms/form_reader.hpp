// Reads the figures of one form (a Table) through its Mapping into Records,
// collecting every problem with its cell: heading not found, not a number,
// a required indicator left blank, a row without unit code, the year in the
// file not the period being imported. Checks that need more than one cell
// (negative, numerator above denominator, duplicates) are engine/model's
// check_records; unknown unit codes are checked against the store.
#pragma once

#include <map>
#include <string>
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

// `period`: the period being imported, 0 when not given (the file must
// then say its year). Throws Error(data) at once only when the headings
// cannot be found (no row can be read without them).
FormResult read_form(const Table& table, const Mapping& mapping, int period);

// True when every column of `mapping` is found in `table`'s header rows.
bool mapping_fits(const Table& table, const Mapping& mapping);

}  // namespace baocao::forms
