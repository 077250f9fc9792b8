// A units list checked as a whole, in linear time: repeated rows, overlaps
// with itself or with a store's list, cycles, depth.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/model/calendar.hpp"
#include "engine/model/hierarchy.hpp"

namespace baocao::model {
namespace {

Unit unit(std::string code, std::string parent, int line, std::optional<CivilDate> from = std::nullopt,
             std::optional<CivilDate> to = std::nullopt) {
  Unit u;
  u.code = std::move(code);
  u.name = "Đơn vị " + u.code;
  u.level = u.code.size() <= 2 ? "tỉnh" : "xã";
  u.parent = std::move(parent);
  u.valid_from = from;
  u.valid_to = to;
  u.source = at_line("don-vi-lai-chau.csv", line);
  return u;
}

std::vector<MsgId> ids(const std::vector<Diagnostic>& ds) {
  std::vector<MsgId> out;
  for (const auto& d : ds) out.push_back(d.id);
  return out;
}

const CivilDate kReform{2025, 7, 1};

TEST(CheckUnits, RepeatedRowOverlapCycleUnknownParent) {
  std::vector<Unit> rows = {unit("12", "", 2, kReform),     unit("03388", "12", 3, kReform),
                               unit("03388", "12", 4, kReform), unit("03390", "12", 5, kReform),
                               unit("03390", "12", 6, CivilDate{2025, 9, 1}),
                               unit("91", "92", 7),             unit("92", "91", 8),
                               unit("03394", "99", 9)};
  auto problems = check_units(rows);
  EXPECT_EQ(ids(problems), (std::vector<MsgId>{MsgId::unit_duplicate_row, MsgId::unit_overlapping_validity,
                                               MsgId::unit_cycle, MsgId::unit_cycle, MsgId::unit_unknown_parent}));
  EXPECT_EQ(message(Lang::vi, problems[0].id, problems[0].args),
            "dòng này lặp lại dòng 3 (mã '03388', cùng ngày bắt đầu hiệu lực)");
  EXPECT_THROW(Hierarchy{rows}, Error);
}

TEST(CheckUnits, OverlapWithAStoresListIsNamedAndItsOwnProblemsAreNot) {
  // The store's list: province 12 since the reform, and an old overlap of its own.
  std::vector<Unit> rows = {unit("12", "", 0, kReform), unit("77", "", 0), unit("77", "", 0)};
  rows.push_back(unit("12", "", 2, CivilDate{2025, 6, 1}));  // the file: starts before the store's ends
  rows.push_back(unit("03388", "12", 3, kReform));
  auto problems = check_units(rows, kDefaultMaxUnitDepth, 3);
  ASSERT_EQ(problems.size(), 1u) << message(Lang::vi, problems[0].id, problems[0].args);
  EXPECT_EQ(problems[0].id, MsgId::unit_overlaps_store);
  EXPECT_EQ(problems[0].where.line, 2);
  EXPECT_EQ(problems[0].args, (std::vector<std::string>{"12", "2025-07-01", "…"}));
}

TEST(CheckUnits, DepthIsBoundedAndReportedOncePerBranch) {
  std::vector<Unit> chain = {unit("u0", "", 2)};
  for (int i = 1; i < 20000; ++i) chain.push_back(unit("u" + std::to_string(i), "u" + std::to_string(i - 1), i + 2));
  auto problems = check_units(chain, 16);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].id, MsgId::unit_too_deep);
  EXPECT_EQ(problems[0].args, (std::vector<std::string>{"u16", "17", "16"}));
  // Allowed deep enough, it is a hierarchy, walked in linear time.
  std::vector<Unit> short_chain(chain.begin(), chain.begin() + 64);
  Hierarchy h(short_chain, 64);
  EXPECT_EQ(h.descendants_at("u0", "xã", {2025, 12, 31}).size(), 54u);  // u10..u63 (shorter codes are tỉnh)
}

TEST(CheckUnits, AWideCountryIsFine) {
  // 34 provinces x 600 communes, each commune a receipt: the calendar's
  // states are found without comparing every unit with every receipt.
  std::vector<Unit> rows;
  std::vector<Submission> received;
  int line = 2;
  for (int p = 10; p < 44; ++p) {
    rows.push_back(unit(std::to_string(p), "", line++, kReform));
    for (int c = 0; c < 600; ++c) {
      std::string code = std::to_string(p * 1000 + c);
      rows.push_back(unit(code, std::to_string(p), line++, kReform));
      received.push_back({code, 2025, {2025, 12, c % 2 ? 9 : 11}, "", ""});
    }
  }
  Hierarchy h(rows);
  DeadlineRule rule;
  rule.id = "xa-bao-cao";
  rule.day = 10;
  rule.month = 12;
  rule.from_level = "xã";
  DatedDeadline d{&rule, {2025, 12, 10}, 2025};
  auto states = submission_states(d, h, "", received, {2025, 12, 31});
  ASSERT_EQ(states.size(), 34u * 600u);
  EXPECT_EQ(std::count_if(states.begin(), states.end(), [](const UnitState& s) { return s.state == State::late; }),
            34 * 300);
  EXPECT_EQ(h.descendants_at("12", "xã", {2025, 12, 31}).size(), 600u);
}

}  // namespace
}  // namespace baocao::model
