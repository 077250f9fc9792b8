// What a template sees when its figures come from the store (`render --db`,
// `run`): the store's current figures of the year and the year before, the
// plan's targets, and who submitted when. Lives in app/ because it joins a
// Store (engine/store) with the template interface; the engine itself never
// learns where figures came from.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "engine/store/store.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::app {

struct StoreDataRequest {
  int year = 0;
  // The units the report is about; empty = every unit with figures.
  std::vector<Unit> units;
  // Deadline for units, by year (for `nop_muon`, `chua_nop`, `han_nop`).
  std::map<int, CivilDate> deadlines;
  // Received dates from the office's register (`--submissions`); when empty,
  // a unit's submission date is the day its first file was imported.
  std::vector<tmpl::SubmissionRecord> received;
};

// Reads year and year-1 from `s`; throws Error(data) when figures in the
// store fail validation.
std::unique_ptr<tmpl::TemplateData> template_data_from_store(store::Store& s, const StoreDataRequest& req);

// Earliest import date of each unit's submission for `year` (history
// included: superseding does not make a unit later), as a date in Vietnam:
// the store keeps UTC, a deadline is a Vietnamese day.
std::vector<tmpl::SubmissionRecord> store_submission_dates(store::Store& s, int year);

}  // namespace baocao::app
