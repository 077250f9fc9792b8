#include "engine/model/hierarchy.hpp"

#include <gtest/gtest.h>

#include "engine/model/calendar.hpp"
#include "engine/model/rollup.hpp"

namespace baocao::model {
namespace {

Unit unit(std::string code, std::string name, std::string level, std::string parent = "",
          std::optional<CivilDate> from = std::nullopt, std::optional<CivilDate> to = std::nullopt,
          std::vector<std::string> preds = {}) {
  Unit u;
  u.code = std::move(code);
  u.name = std::move(name);
  u.level = std::move(level);
  u.parent = std::move(parent);
  u.valid_from = from;
  u.valid_to = to;
  u.predecessors = std::move(preds);
  u.source = at_line("don-vi.csv", 2);
  return u;
}

const CivilDate kReform{2025, 7, 1}, kEve{2025, 6, 30};

// The 2025 reform in miniature: provinces A and B (codes 1, 2) merge into a
// new province keeping code 2; it has communes 21 and 22; old B had 20.
std::vector<Unit> reform() {
  return {unit("1", "Tỉnh A", "tỉnh", "", std::nullopt, kEve),
          unit("2", "Tỉnh B", "tỉnh", "", std::nullopt, kEve),
          unit("20", "Huyện cũ", "xã", "2", std::nullopt, kEve),
          unit("2", "Tỉnh B mới", "tỉnh", "", kReform, std::nullopt, {"1", "2"}),
          unit("21", "Xã Một", "xã", "2", kReform),
          unit("22", "Xã Hai", "xã", "2", kReform)};
}

TEST(Hierarchy, VersionsOfOneCodeByDate) {
  Hierarchy h(reform());
  EXPECT_EQ(h.find("2", {2024, 12, 31})->name, "Tỉnh B");
  EXPECT_EQ(h.find("2", {2025, 12, 31})->name, "Tỉnh B mới");
  EXPECT_EQ(h.find("1", {2025, 12, 31}), nullptr);
  EXPECT_EQ(h.latest("2")->name, "Tỉnh B mới");
  auto kids = h.children("2", {2025, 12, 31});
  ASSERT_EQ(kids.size(), 2u);
  EXPECT_EQ(kids[0]->code, "21");
  EXPECT_EQ(h.children("2", {2024, 12, 31}).size(), 1u);
  auto preds = h.predecessors(*h.find("2", {2025, 12, 31}));
  ASSERT_EQ(preds.size(), 2u);
  EXPECT_EQ(preds[0]->name, "Tỉnh A");
  EXPECT_EQ(preds[1]->name, "Tỉnh B");  // the old version behind the same code
}

TEST(Hierarchy, BadRowsAreAllReported) {
  auto rows = reform();
  rows.push_back(unit("23", "Xã Ba", "xã", "99", kReform));
  rows.push_back(unit("21", "Xã Một (trùng)", "xã", "2", CivilDate{2025, 8, 1}));
  rows.push_back(unit("24", "Xã Bốn", "xã", "2", kReform, std::nullopt, {"77"}));
  try {
    Hierarchy h(rows);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostics().size(), 3u) << e.render(Lang::vi);
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("không có đơn vị cấp trên '99' của '23'"), std::string::npos) << m;
    EXPECT_NE(m.find("mã đơn vị '21' có hai thời gian hiệu lực chồng nhau"), std::string::npos) << m;
    EXPECT_NE(m.find("không có đơn vị '77'"), std::string::npos) << m;
  }
}

TEST(Hierarchy, CycleIsRefused) {
  EXPECT_THROW(Hierarchy({unit("1", "A", "tỉnh", "2"), unit("2", "B", "tỉnh", "1")}), Error);
}

Record rec(std::string unit, std::string ind, int year, double n, double d) {
  Record r;
  r.unit_code = std::move(unit);
  r.indicator = std::move(ind);
  r.period = year;
  r.numerator = n;
  r.denominator = d;
  return r;
}

TEST(Rollup, SumsNumeratorsAndDenominatorsUpTheHierarchy) {
  Hierarchy h(reform());
  Dataset d;
  d.records = {rec("21", "gia_dinh_hoc_tap", 2025, 30, 40), rec("22", "gia_dinh_hoc_tap", 2025, 10, 60)};
  Rollup r(h, d);
  auto v = r.value(*h.find("2", {2025, 12, 31}), "gia_dinh_hoc_tap", 2025);
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->ratio.numerator, 40);
  EXPECT_DOUBLE_EQ(v->ratio.denominator, 100);
  EXPECT_TRUE(v->from_predecessors.empty());
}

TEST(Rollup, AYearBeforeTheMergerIsTheSumOfThePredecessorsWithTheirNames) {
  Hierarchy h(reform());
  Dataset d;
  d.records = {rec("1", "gia_dinh_hoc_tap", 2024, 50, 100),   // old A reported its own total
               rec("20", "gia_dinh_hoc_tap", 2024, 20, 100),  // old B's figure comes from its unit
               rec("2", "gia_dinh_hoc_tap", 2024, 999, 999),  // ignored: old B's children reported
               rec("21", "gia_dinh_hoc_tap", 2025, 30, 40), rec("22", "gia_dinh_hoc_tap", 2025, 10, 60)};
  d.targets = {{2025, "gia_dinh_hoc_tap", TargetValue::number(70), {}}};
  Rollup r(h, d);
  const Unit& merged = *h.find("2", {2025, 12, 31});
  auto v = r.value(merged, "gia_dinh_hoc_tap", 2024);
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->ratio.numerator, 70);
  EXPECT_DOUBLE_EQ(v->ratio.denominator, 200);
  ASSERT_EQ(v->from_predecessors.size(), 2u);

  Summary s = r.children_summary(merged, IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(s.indicators.size(), 1u);
  EXPECT_EQ(s.units.size(), 2u);
  EXPECT_DOUBLE_EQ(*s.indicators[0].total.percent(), 40.0);
  ASSERT_TRUE(s.indicators[0].previous);
  EXPECT_DOUBLE_EQ(*s.indicators[0].previous->percent(), 35.0);
  EXPECT_EQ(s.indicators[0].previous_from.size(), 2u);
  EXPECT_DOUBLE_EQ(*change_in_points(s.indicators[0]), 5.0);
  EXPECT_EQ(s.indicators[0].verdict, Verdict::not_met);
}

TEST(Rollup, UnitsWithoutFiguresStayEmptyNotZero) {
  Hierarchy h(reform());
  Dataset d;
  d.records = {rec("21", "gia_dinh_hoc_tap", 2025, 30, 40)};
  Rollup r(h, d);
  Summary s = r.children_summary(*h.find("2", {2025, 12, 31}), IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_TRUE(s.units[0].ratios[0].has_value());
  EXPECT_FALSE(s.units[1].ratios[0].has_value());
  EXPECT_FALSE(s.indicators[0].target.has_value());  // no target row: no target, not 0
  EXPECT_EQ(s.indicators[0].verdict, Verdict::no_target);
}

TEST(Calendar, PeriodWindows) {
  Window cal = period_window(PeriodWindow{}, 2025);
  EXPECT_EQ(cal.from, (CivilDate{2025, 1, 1}));
  EXPECT_EQ(cal.to, (CivilDate{2025, 12, 31}));
  Window cut = period_window(PeriodWindow{true, 15, 12}, 2025);
  EXPECT_EQ(cut.from, (CivilDate{2024, 12, 15}));
  EXPECT_EQ(cut.to, (CivilDate{2025, 12, 14}));
}

TEST(Calendar, OnTimeLateMissingPendingAgainstAnInjectedToday) {
  Hierarchy h(reform());
  PlanData plan;
  plan.levels = {"tỉnh", "xã"};
  DeadlineRule report;
  report.id = "bc";
  report.day = 10;
  report.month = 12;
  report.from_level = "xã";
  DeadlineRule inspection = report;
  inspection.id = "kt";
  inspection.day = 30;
  inspection.month = 11;
  inspection.inspection = true;
  plan.deadlines = {report, inspection};
  auto dated = deadlines_in(plan, 2025);
  ASSERT_EQ(dated.size(), 2u);
  EXPECT_EQ(dated[0].rule->id, "kt");  // by date
  std::vector<Submission> subs = {{"21", 2025, {2025, 12, 9}, "a.xlsx", ""},
                                  {"21", 2025, {2025, 12, 12}, "a2.xlsx", ""},  // a resend: the first counts
                                  {"22", 2025, {2025, 12, 11}, "b.xlsx", ""},
                                  {"22", 2025, {2025, 11, 29}, "kt.pdf", "kt"}};
  auto states = submission_states(dated[1], h, "2", subs, {2025, 12, 16});
  ASSERT_EQ(states.size(), 2u);
  EXPECT_EQ(states[0].state, State::on_time);
  EXPECT_EQ(states[1].state, State::late);
  auto before = submission_states(dated[1], h, "2", subs, {2025, 12, 10});
  EXPECT_EQ(before[1].state, State::pending);  // the 11/12 receipt has not happened yet
  auto insp = submission_states(dated[0], h, "", subs, {2025, 12, 1});
  EXPECT_EQ(insp[0].state, State::missing);  // an ordinary report does not answer an inspection
  EXPECT_EQ(insp[1].state, State::on_time);
}

}  // namespace
}  // namespace baocao::model
