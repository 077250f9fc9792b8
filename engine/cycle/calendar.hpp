// Who has reported: per deadline of the plan (calendar) and per period
// (status), from the same sources as a run: the store's units and import
// dates, or a units list and the office's receipt registers.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/cycle/clock.hpp"
#include "engine/cycle/plan_source.hpp"
#include "engine/model/calendar.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

struct CalendarOptions {
  int year = 0;
  std::filesystem::path plan, store_dir;  // as for a run (plan_source.hpp)
  std::filesystem::path units;            // a units list instead of the store's
  std::vector<std::filesystem::path> submissions;  // receipt registers instead of import dates
  std::string scope;
  std::optional<CivilDate> today;  // default: the clock's
  int max_unit_depth = model::kDefaultMaxUnitDepth;
};

struct DeadlineStatus {
  model::DatedDeadline deadline;
  std::vector<model::UnitState> states;  // point into CalendarReport::hierarchy
  int on_time = 0, late = 0, missing = 0, pending = 0;
};

struct CalendarReport {
  PlanSource plan;
  model::Window window;
  CivilDate today;
  std::unique_ptr<model::Hierarchy> hierarchy;
  std::vector<DeadlineStatus> deadlines;
};

CalendarReport calendar(store::Store& store, const Clock& clock, const CalendarOptions& options);

struct StatusOptions {
  std::optional<int> period;  // default: the latest period with submissions
  std::optional<CivilDate> deadline;
};

struct StatusReport {
  int period = 0;
  std::vector<store::SubmissionInfo> submitted;  // current submissions; times in Vietnam
  std::vector<Unit> missing;                     // expected units that did not submit
  std::vector<store::SubmissionInfo> late;       // first submitted after the deadline; first time
  std::size_t expected = 0;
  std::set<std::string> bodies;  // codes of the reporting bodies among submitted and missing
};

// The expected units are the communes and the reporting bodies of every
// province from which a unit (or body) submitted, plus any unit that
// submitted; the missing bodies come after the missing communes. A unit is late when its FIRST
// submission of the period was imported after the deadline day (in
// Vietnam): a later correction does not make a punctual unit late.
StatusReport status(store::Store& store, const StatusOptions& options);

}  // namespace baocao::cycle
