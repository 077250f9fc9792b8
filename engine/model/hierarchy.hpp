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

// Levels a units list may have, top to bottom. Vietnam has had at most four
// (centre, province, district, commune) and three since 2025; 16 leaves a
// wide margin, and a bound keeps a hostile list (a 20,000-deep chain of
// parents) from making every walk up the hierarchy long.
// `--max-unit-depth N` changes it, up to kMaxUnitDepthLimit.
inline constexpr int kDefaultMaxUnitDepth = 16;
inline constexpr int kMaxUnitDepthLimit = 64;

// Every problem of a units list as a whole, listed like a form's, in time
// linear in its size (but for sorting): a row repeating another (same code
// and start), overlapping validity of one code, an unknown parent or
// predecessor, a unit that is its own ancestor (through the parents of any
// of the versions on the way), and a unit more than `max_depth` levels down.
// The first `existing` rows may be a store's list that the rest (a file) is
// added to: a problem among them alone is not reported, and an overlap of a
// row of the file with one of them says so (unit_overlaps_store).
std::vector<Diagnostic> check_units(const std::vector<Unit>& units, int max_depth = kDefaultMaxUnitDepth,
                                    std::size_t existing = 0);

class Hierarchy {
 public:
  // Validates the rows (check_units) and throws Error(data) with every
  // problem found.
  explicit Hierarchy(std::vector<Unit> units, int max_depth = kDefaultMaxUnitDepth);

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
  // descendants_at, and `code` itself first when it is of `level` (a run's
  // scope that is itself a unit of the level its deadline names).
  std::vector<const Unit*> descendants_or_self_at(std::string_view code, std::string_view level,
                                                  const CivilDate& on) const;
  // The predecessors of `unit`, each resolved to its version valid the day
  // before `unit` began.
  std::vector<const Unit*> predecessors(const Unit& unit) const;

 private:
  // Indices of the versions of `code` in `units_`, in input order.
  std::span<const std::uint32_t> versions(std::string_view code) const;

  // Indices of the rows whose parent is `code`, in input order.
  std::span<const std::uint32_t> children_of(std::string_view code) const;

  std::vector<Unit> units_;
  // Indices of `units_` sorted by code (input order within a code): a whole
  // country's cycle looked each commune up by scanning 3,321 rows.
  std::vector<std::uint32_t> by_code_;
  // Indices of `units_` sorted by parent code (input order within one), so
  // descendants are found walking down, not by walking up from every unit.
  std::vector<std::uint32_t> by_parent_;
};

bool valid_on(const Unit& u, const CivilDate& on);
CivilDate day_before(const CivilDate& d);

}  // namespace baocao::model
