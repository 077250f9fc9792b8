// The reporting calendar of a plan: dated deadlines for a year, the period
// window the figures cover, and who is on time, late or missing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/dataset/dataset.hpp"
#include "engine/dataset/plan.hpp"
#include "engine/model/hierarchy.hpp"

namespace baocao::model {

struct Window {
  CivilDate from, to;  // inclusive
};

// The period that figures of `year` cover: 01/01-31/12, or with cut-off
// windows 15/12 of year-1 to 14/12 of year (Nghị định 09/2019/NĐ-CP).
Window period_window(const PeriodWindow& w, int year);

struct DatedDeadline {
  const DeadlineRule* rule = nullptr;
  CivilDate date;
  int period = 0;  // the reporting year it closes
};

// Every deadline of `plan` in `year`, by date (then by rule order).
std::vector<DatedDeadline> deadlines_in(const PlanData& plan, int year);

enum class State {
  on_time,  // received on or before the deadline
  late,     // received after it
  missing,  // nothing received and the deadline has passed
  pending,  // nothing received yet, deadline still ahead
};

struct UnitState {
  const Unit* unit = nullptr;
  State state = State::pending;
  std::optional<CivilDate> received;
};

// For the units of the deadline's reporting level under `scope` (a unit code;
// empty = all), their state on `today`, judged by their submissions for the
// deadline's period (the earliest one counts; none dated after `today`).
std::vector<UnitState> submission_states(const DatedDeadline& d, const Hierarchy& h, const std::string& scope,
                                         const std::vector<Submission>& submissions, const CivilDate& today);

}  // namespace baocao::model
