#include "server/view.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>

#include "engine/cycle/clock.hpp"
#include "engine/model/levels.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

int year_param(const Exchange& x) {
  std::string y = x.query("year");
  if (y.size() == 4 && std::isdigit(static_cast<unsigned char>(y[0]))) {
    int v = std::atoi(y.c_str());
    if (v >= 2000 && v <= 2100) return v;
  }
  return x.portal.today().year;
}

MsgId role_name(const std::string& role) {
  if (role == "clerk") return MsgId::portal_role_clerk;
  if (role == "consolidator") return MsgId::portal_role_consolidator;
  if (role == "leader") return MsgId::portal_role_leader;
  return MsgId::portal_role_admin;
}

std::string dmy(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

int days_between(const CivilDate& a, const CivilDate& b) {
  return static_cast<int>((to_unix_seconds(b) - to_unix_seconds(a)) / 86400);
}

StateText state_text(const Exchange& x, const model::UnitState& s, const model::DatedDeadline& d,
                     const CivilDate& today) {
  switch (s.state) {
    case model::State::on_time: return {x.t(MsgId::portal_state_on_time, {dmy(*s.received)}), "ok"};
    case model::State::late:
      return {x.t(MsgId::portal_state_late, {dmy(*s.received), std::to_string(days_between(d.date, *s.received))}),
              "late"};
    case model::State::missing:
      return {x.t(MsgId::portal_state_missing, {std::to_string(days_between(d.date, today))}), "missing"};
    case model::State::pending: {
      int left = days_between(today, d.date);
      return {left == 0 ? x.t(MsgId::portal_state_due_today) : x.t(MsgId::portal_state_pending, {std::to_string(left)}),
              left <= 3 ? "soon" : "pending"};
    }
  }
  return {};
}

bool reports_for(const Unit& unit, const model::DatedDeadline& d) {
  return !d.rule->inspection && model::level_id(d.rule->from_level) == unit.level;
}

}  // namespace baocao::server
