#include "engine/model/calendar.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace baocao::model {

Window period_window(const PeriodWindow& w, int year) {
  if (!w.cutoff) return {{year, 1, 1}, {year, 12, 31}};
  CivilDate from{year - 1, w.cutoff_month, w.cutoff_day};
  CivilDate to = day_before(CivilDate{year, w.cutoff_month, w.cutoff_day});
  return {from, to};
}

std::vector<DatedDeadline> deadlines_in(const PlanData& plan, int year) {
  std::vector<DatedDeadline> out;
  for (const DeadlineRule& r : plan.deadlines) out.push_back({&r, CivilDate{year, r.month, r.day}, year});
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return out;
}

namespace {
bool answers(const Submission& s, const DeadlineRule& r) {
  return s.deadline_id.empty() ? !r.inspection : s.deadline_id == r.id;
}
}  // namespace

std::vector<UnitState> submission_states(const DatedDeadline& d, const Hierarchy& h, const std::string& scope,
                                         const std::vector<Submission>& submissions, const CivilDate& today) {
  // Each unit's earliest receipt, found once: units x submissions was
  // quadratic for a country's list and register.
  std::unordered_map<std::string_view, CivilDate> earliest;
  for (const Submission& sub : submissions) {
    if (sub.period != d.period || !answers(sub, *d.rule) || !(sub.received <= today)) continue;
    auto [it, fresh] = earliest.emplace(sub.unit_code, sub.received);
    if (!fresh && sub.received < it->second) it->second = sub.received;
  }
  std::vector<UnitState> out;
  for (const Unit* u : h.descendants_at(scope, d.rule->from_level, d.date)) {
    UnitState s{u, State::pending, std::nullopt};
    if (auto it = earliest.find(u->code); it != earliest.end()) s.received = it->second;
    if (s.received)
      s.state = *s.received <= d.date ? State::on_time : State::late;
    else
      s.state = today > d.date ? State::missing : State::pending;
    out.push_back(s);
  }
  return out;
}

}  // namespace baocao::model
