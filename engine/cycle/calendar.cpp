#include "engine/cycle/calendar.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "data-adapters/csv/units_csv.hpp"
#include "engine/cycle/bodies.hpp"
#include "engine/cycle/inputs.hpp"
#include "engine/cycle/store_template_data.hpp"
#include "engine/model/bodies.hpp"

namespace baocao::cycle {

CalendarReport calendar(store::Store& store, const Clock& clock, const CalendarOptions& o) {
  CalendarReport r;
  r.plan = find_plan(store, o.year, o.plan, o.store_dir);
  // The reporting bodies join their UBND's unit, so a deadline of theirs
  // lists them as a level's units.
  r.hierarchy = std::make_unique<model::Hierarchy>(
      with_bodies(store, o.units.empty() ? units_for_cycle(store, o.year) : csv::read_units_csv(o.units.string())),
      o.max_unit_depth);
  std::vector<Submission> receipts;
  if (!o.submissions.empty()) {
    Dataset reg;
    for (const auto& f : o.submissions) csv::read_submissions_csv(f.string(), reg);
    receipts = std::move(reg.submissions);
  } else {
    for (int y : {o.year, o.year - 1})
      for (Submission& s : store_receipts(store, y)) receipts.push_back(std::move(s));
  }
  r.today = o.today.value_or(clock.now().date);
  r.window = model::period_window(r.plan.plan.window, o.year);
  for (const model::DatedDeadline& d : model::deadlines_in(r.plan.plan, o.year)) {
    DeadlineStatus s{d, model::submission_states(d, *r.hierarchy, o.scope, receipts, r.today)};
    for (const auto& u : s.states) switch (u.state) {
        case model::State::on_time: ++s.on_time; break;
        case model::State::late: ++s.late; break;
        case model::State::missing: ++s.missing; break;
        case model::State::pending: ++s.pending; break;
      }
    r.deadlines.push_back(std::move(s));
  }
  return r;
}

StatusReport status(store::Store& store, const StatusOptions& o) {
  StatusReport r;
  if (o.period) {
    r.period = *o.period;
  } else {
    std::vector<int> periods = store.periods();
    r.period = periods.empty() ? 0 : periods.back();
  }
  if (r.period == 0) return r;
  r.submitted = store.submissions(r.period, false);
  if (r.submitted.empty()) return r;
  // First import of each unit this period, for lateness.
  std::map<std::string, const store::SubmissionInfo*> first;
  std::vector<store::SubmissionInfo> history = store.submissions(r.period, true);
  for (const auto& s : history) {
    auto [it, fresh] = first.emplace(s.unit_code, &s);
    if (!fresh && s.imported_at < it->second->imported_at) it->second = &s;
  }
  std::map<std::string, Unit> units;
  for (const char* day : {"-01-01", "-12-31"})
    for (auto& u : store.units_on(std::to_string(r.period) + day)) units.emplace(u.code, u);
  std::set<std::string> submitted, provinces;
  std::map<std::string, const ReportingBody*> bodies;
  const std::vector<ReportingBody> register_rows = store.bodies();
  for (const ReportingBody& b : register_rows) bodies.emplace(b.code, &b);
  for (const auto& s : r.submitted) {
    submitted.insert(s.unit_code);
    auto it = units.find(s.unit_code);
    if (it != units.end()) provinces.insert(it->second.parent.empty() ? it->first : it->second.parent);
    if (auto b = bodies.find(s.unit_code); b != bodies.end()) {
      provinces.insert(b->second->unit_code);
      r.bodies.insert(s.unit_code);
    }
  }
  r.expected = submitted.size();
  for (const auto& [code, u] : units)
    if (u.level == "xa" && provinces.count(u.parent) && !submitted.count(code)) {
      r.missing.push_back(u);
      ++r.expected;
    }
  // The reporting bodies of those provinces are expected too, after the communes.
  for (const ReportingBody& b : register_rows)
    if (provinces.count(b.unit_code) && !submitted.count(b.code)) {
      r.missing.push_back(model::body_unit(b));
      r.bodies.insert(b.code);
      ++r.expected;
    }
  if (o.deadline)
    for (const auto& s : r.submitted) {
      const store::SubmissionInfo& f = *first.at(s.unit_code);
      if (vietnam_date_of(f.imported_at) > *o.deadline) r.late.push_back(f);
    }
  return r;
}

}  // namespace baocao::cycle
