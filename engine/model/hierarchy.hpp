// The administrative hierarchy as data: units with validity periods, parents
// and predecessors. Answers "who is under whom on this date" and "whose
// figures stand for this unit in a year before it existed".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/dataset/units.hpp"

namespace baocao::model {

class Hierarchy {
 public:
  // Validates the rows (unknown parent or predecessor, a unit that is its own
  // ancestor, overlapping validity of one code) and throws Error(data) with
  // every problem found.
  explicit Hierarchy(std::vector<Unit> units);

  const std::vector<Unit>& units() const { return units_; }
  // The version of `code` valid on `on`; nullptr if none.
  const Unit* find(std::string_view code, const CivilDate& on) const;
  // The latest version of `code` (for names in messages); nullptr if unknown.
  const Unit* latest(std::string_view code) const;
  // Units directly under `code` on `on`, in input order.
  std::vector<const Unit*> children(std::string_view code, const CivilDate& on) const;
  // Units at `level` (a tier, or any word for it: "xã", "phường") under
  // `code` (any depth) on `on`; all of that level when `code` is empty.
  std::vector<const Unit*> descendants_at(std::string_view code, std::string_view level,
                                          const CivilDate& on) const;
  // The predecessors of `unit`, each resolved to its version valid the day
  // before `unit` began.
  std::vector<const Unit*> predecessors(const Unit& unit) const;

 private:
  // Indices of the versions of `code` in `units_`, in input order.
  std::span<const std::uint32_t> versions(std::string_view code) const;

  std::vector<Unit> units_;
  // Indices of `units_` sorted by code (input order within a code): a whole
  // country's cycle looked each commune up by scanning 3,321 rows.
  std::vector<std::uint32_t> by_code_;
};

bool valid_on(const Unit& u, const CivilDate& on);
CivilDate day_before(const CivilDate& d);

}  // namespace baocao::model
