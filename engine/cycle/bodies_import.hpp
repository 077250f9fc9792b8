// What an import does with the reporting bodies: their register (`import
// --bodies FILE`) checked against the store's units and kept whole; their
// codes beside the units' when a form's rows are checked; and a body's task
// reports checked against the plan the store keeps for the period.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/store/store.hpp"

namespace baocao::cycle {

// Replaces the store's register with `bodies` (as data-adapters/forms/
// bodies_file.hpp reads it) unless `dry_run`. Every row must name a unit
// the store knows (at any time) and a code that is no unit's; throws
// Error(data) listing every problem with its cell, and keeps nothing then.
void import_bodies(store::Store& store, const std::vector<ReportingBody>& bodies, bool dry_run);

// Adds the store's reporting bodies to the codes (sorted, unique) and the
// (code, name) pairs (sorted by code) an import checks a form's rows
// against, so a body's form imports like a unit's.
void add_body_codes(store::Store& store, std::vector<std::string>& codes,
                    std::vector<std::pair<std::string, std::string>>& names);

// Appends to `problems` every task report of `tasks` that the plan the
// store keeps for `period` does not know, or does not assign to `body` (the
// body a form was made for; "" = not said). Without a plan for the period
// nothing is checked.
void check_body_tasks(store::Store& store, int period, const std::string& body,
                      const std::vector<TaskReport>& tasks, std::vector<Diagnostic>& problems);

}  // namespace baocao::cycle
