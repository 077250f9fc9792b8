// Everything a cycle's documents are made from, read once on the calling
// thread before any document is rendered: the plan, the units (the store's,
// or a list), the figures of the year and the year before, the targets,
// who reported when, the issuers register and the shared wording.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/cycle/plan_source.hpp"
#include "engine/cycle/run.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/model/issuers.hpp"
#include "engine/model/rollup.hpp"
#include "engine/template/value.hpp"

namespace baocao::cycle {

struct CycleInputs {
  int year = 0;
  PlanSource plan;
  std::unique_ptr<model::Hierarchy> hierarchy;
  Dataset figures;  // current figures of the year and the year before
  std::shared_ptr<const std::vector<Target>> targets;
  std::vector<Submission> receipts;  // the first receipt of each unit and period
  // Receipts are import dates (not an office's register): figures as of a
  // date are then the store's as they stood that day.
  bool receipts_from_store = false;
  std::vector<std::int64_t> submission_ids;  // current submissions read
  std::vector<IssuerEntry> register_rows;
  model::IssuerRegister issuers;
  tmpl::Map vars;  // --vars, with `nam`
};

CycleInputs load_inputs(store::Store& store, const RunOptions& options);

// The figures every document dated `as_of` reads: a unit's figures of the
// cycle's year count once it has reported by then, as they stood then
// (the year before is complete). Built once per date and shared by the
// documents, which only read it.
struct Facts {
  CivilDate as_of;
  std::unique_ptr<model::Rollup> rollup;  // over the store's sums and the inputs' hierarchy
};

std::shared_ptr<const Facts> facts_as_of(store::Store& store, const CycleInputs& in, const CivilDate& as_of);

// The units of `year` and the year before from the store, with the
// predecessors of merged units as they were the day before the merger.
std::vector<Unit> units_for_cycle(store::Store& store, int year);

}  // namespace baocao::cycle
