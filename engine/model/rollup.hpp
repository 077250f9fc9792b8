// Roll-up through the hierarchy: a unit's figures are the sums of the
// numerators and denominators of the units under it (never an average of
// rates); for a year before the unit existed, the sums of its predecessors
// (a province merged on 1 July 2025 reports 2024 as its three old provinces).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/dataset/dataset.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/model/rates.hpp"

namespace baocao::model {

struct RolledUp {
  Ratio ratio;
  // Non-empty when the figures are those of the unit's predecessors.
  std::vector<const Unit*> from_predecessors;
};

class Rollup {
 public:
  // Figures of year Y count for units as they stood on 31/12/Y. Every
  // unit's sums are computed here, once, bottom up: a country's cycle asks
  // for them tens of thousands of times. `own` are each unit's own sums
  // per indicator and year (a cycle has the store add them up); keeps a
  // reference to `hierarchy`.
  Rollup(const Hierarchy& hierarchy, const std::vector<FigureSum>& own, std::vector<Target> targets);
  // The same over a dataset's records, summed here.
  Rollup(const Hierarchy& hierarchy, const Dataset& data);

  // `unit`'s figures for `indicator` in `year`: the sum over its children
  // valid that year when any of them reported, else its own record, else,
  // for a year before it existed, the sum over its predecessors. Empty when
  // nobody reported.
  std::optional<RolledUp> value(const Unit& unit, const std::string& indicator, int year) const;
  // The same for the version of `code` in force at the end of `year` (or,
  // for a year before it existed, its latest); a code the hierarchy does
  // not know has only its own records.
  std::optional<RolledUp> value(std::string_view code, const std::string& indicator, int year) const;

  // A Summary of the units directly under `parent` in `year` (each rolled up),
  // totals over them, targets for `year`, and each indicator's previous-year
  // figure for `parent` (rolled up the same way).
  Summary children_summary(const Unit& parent, const IndicatorCatalogue& catalogue, int year) const;

 private:
  using Key = std::tuple<std::string, std::string, int>;  // (code, indicator, year)
  std::optional<RolledUp> value_at(const Unit& unit, const std::string& indicator, int year, int depth) const;
  const Hierarchy& hierarchy_;
  std::vector<Target> targets_;
  std::map<Key, Ratio> own_;     // each unit's own records
  std::map<Key, Ratio> totals_;  // units valid at the year's end: children's sum, else own
};

}  // namespace baocao::model
