// What `baocao import` checks across the rows of one form while they stream
// to the store: unit codes against the store's, and a unit's indicator
// given twice (each figure's own checks are engine/model's check_record).
// Only compact state is kept per unit: its index and, per indicator, the
// row it was first given on, so a 100,000-row form needs a few MB.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "data-adapters/forms/form_reader.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::cycle {

// The names each code of a sorted list of codes has had in the period (a
// unit renamed within it has two), as written, separated by '\x1f' (a
// character no name may hold): from the store's list, in code order.
std::vector<std::string> known_names(const std::vector<std::string>& codes,
                                     const std::vector<std::pair<std::string, std::string>>& names);

class ImportChecks {
 public:
  // `valid_codes`: the store's unit codes for the period, sorted, and
  // `valid_names` the names of each (known_names). Every argument must outlive the checks. A
  // row naming its unit otherwise than its code is a warning, or with
  // `strict` a problem.
  ImportChecks(const forms::Table& table, const forms::FormColumns& columns, const forms::Mapping& mapping,
               const std::vector<std::string>& valid_codes, const std::vector<std::string>& valid_names,
               const model::IndicatorCatalogue& catalogue, bool strict = false);

  // Checks the figures of `batch` (read from the table rows `rows`,
  // parallel), appending their problems to `problems`, and drops those
  // that repeat a unit's indicator: the store never sees one twice.
  void add(std::vector<Record>& batch, const std::vector<int>& rows, std::vector<Diagnostic>& problems);
  std::size_t figures() const { return figures_; }
  // Only these units (sorted; they must outlive the checks) may be given:
  // another known unit's figures are a problem at its code's cell.
  void only_units(const std::vector<std::string>* codes) { only_ = codes; }
  // Names that did not match their code (once per unit), when not strict.
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

 private:
  std::uint32_t unit_index(const std::string& code, int row, std::vector<Diagnostic>& problems);
  void check_name(const Record& r, std::uint32_t unit, int row, std::vector<Diagnostic>& problems);
  void check_text(const std::string& text, int row, int col, const Location& fallback,
                  std::vector<Diagnostic>& problems) const;

  const forms::Table& table_;
  const forms::FormColumns& columns_;
  const forms::Mapping& mapping_;
  const std::vector<std::string>& valid_;
  const std::vector<std::string>& names_;
  bool strict_ = false;
  std::vector<Diagnostic> warnings_;
  std::vector<bool> name_checked_;  // by unit index
  const model::IndicatorCatalogue& catalogue_;
  std::map<std::string, std::uint32_t> unknown_;  // codes the store does not know, numbered after valid_
  const std::vector<std::string>* only_ = nullptr;
  std::set<std::string> refused_;  // known codes outside only_, named once
  // The mapping's indicators numbered once: two of its columns may name one id.
  std::vector<std::uint32_t> indicator_slot_;
  std::uint32_t slots_ = 0;
  // Row each unit first gave each indicator on (0: not yet), unit by unit.
  std::vector<std::int32_t> first_row_;
  std::size_t figures_ = 0;
  int last_row_ = 0, last_duplicate_row_ = 0;
  std::uint32_t last_unit_ = 0;
};

}  // namespace baocao::cycle
