// The reporting bodies in a cycle (engine/dataset/bodies.hpp): where they
// join the units (under their UBND's unit, tier kBodiesTier, so calendars and
// states treat them as a level), and the documents of a deadline at which
// they report (a plan's deadline "tu_cap": "cơ quan"):
// - each body that reported: its Báo cáo on the indicators and tasks the
//   plan assigns it, issued and signed as the issuers register says for it
//   (register key "co-quan"), dated the day its report was received;
// - the receiving side's consolidated report (the Sở's to the UBND): the
//   communes' year from the store beside every body's part, naming the
//   bodies missing and late at its date;
// - a Công văn đôn đốc to the bodies that have not reported at its date;
// - the draft Kế hoạch of the year after, for the UBND to issue: the
//   roadmap's targets for that year with this year's results beside them,
//   the plan's tasks and who answers for what.
// The receiving side's documents may be dated some days after the deadline
// (the plan's "sau_han"), so a report written once the late bodies are in
// names them as late.
#pragma once

#include <vector>

#include "engine/cycle/documents.hpp"
#include "engine/model/calendar.hpp"

namespace baocao::cycle {

// `units` with the store's reporting bodies of those units appended (as
// units of tier kBodiesTier under their UBND's unit): what a cycle's
// hierarchy holds.
std::vector<Unit> with_bodies(store::Store& store, std::vector<Unit> units);

// Whether `rule` is a deadline of the reporting bodies.
bool is_bodies_deadline(const DeadlineRule& rule);

// The documents of the bodies' deadline `d`, appended to `jobs`; problems
// (a body the plan names that the register lacks, an issuer nobody names)
// appended to `problems`. Throws Error(template_) for a missing template.
void plan_bodies_deadline(store::Store& store, const CycleInputs& in, const RunOptions& options,
                          const Paths& paths, const model::DatedDeadline& d, std::vector<DocumentJob>& jobs,
                          std::vector<Diagnostic>& problems);

}  // namespace baocao::cycle
