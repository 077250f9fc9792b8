// What a template sees when its figures come from the store (`render --db`):
// the store's current figures of the year and the year before, the plan's
// targets, and who submitted when; and the receipts a store holds (when
// each unit first reported), for runs, calendars and templates alike.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "engine/store/store.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::cycle {

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

// Reads year and year-1 from `s`.
std::unique_ptr<tmpl::TemplateData> template_data_from_store(store::Store& s, const StoreDataRequest& req);

// Earliest import date of each unit's submission for `year` (history
// included: superseding does not make a unit later), as a date in Vietnam:
// the store keeps UTC, a deadline is a Vietnamese day.
std::vector<Submission> store_receipts(store::Store& s, int year);

}  // namespace baocao::cycle
