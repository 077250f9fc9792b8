// Small pieces several pages share: the year a page is about, dates as
// people read them, the deadlines a unit answers and its state for each.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/model/calendar.hpp"
#include "server/exchange.hpp"

namespace baocao::server {

struct UnitSnapshot;

// ?year=YYYY (2000-2100), else the calendar's year.
int year_param(const Exchange& x);
// "10/12/2025".
std::string dmy(const CivilDate& d);
// The name of a role (clerk, consolidator, leader, admin) in the catalogue.
MsgId role_name(const std::string& role);
// Days from `a` to `b` (negative when b is before a).
int days_between(const CivilDate& a, const CivilDate& b);

// A deadline's state for one unit, as a short phrase with a CSS class:
// "Đã nộp ngày 08/12/2025" (ok), "Nộp muộn ..." (late), "Chưa nộp, quá hạn
// 3 ngày" (missing), "Còn 5 ngày" (pending).
struct StateText {
  std::string text, css;
};
StateText state_text(const Exchange& x, const model::UnitState& s, const model::DatedDeadline& d,
                     const CivilDate& today);

// Whether units of the unit's tier report for deadline `d`.
bool reports_for(const Unit& unit, const model::DatedDeadline& d);

}  // namespace baocao::server
