// Targets as plans state them: every kind read, worded, checked against its
// indicator and judged; every refusal named at its place.
#include "engine/model/target_value.hpp"

#include <gtest/gtest.h>

#include "engine/model/rates.hpp"

namespace baocao::model {
namespace {

Location here() {
  Location l = at_line("chi-tieu.csv", 4);
  l.field = "chi_tieu";
  return l;
}

TargetValue parsed(const std::string& cell) {
  std::vector<Diagnostic> problems;
  auto v = parse_target(cell, here(), problems);
  EXPECT_TRUE(problems.empty()) << cell;
  EXPECT_TRUE(v.has_value()) << cell;
  return v.value_or(TargetValue{});
}

MsgId refusal(const std::string& cell) {
  std::vector<Diagnostic> problems;
  auto v = parse_target(cell, here(), problems);
  EXPECT_FALSE(v.has_value()) << cell;
  if (problems.size() != 1) {
    ADD_FAILURE() << cell << ": " << problems.size() << " problems";
    return MsgId::count_;
  }
  EXPECT_EQ(problems[0].where.line, 4);
  EXPECT_EQ(problems[0].where.field, "chi_tieu");
  return problems[0].id;
}

const Indicator& rate() { return *IndicatorCatalogue::national().find("gia_dinh_hoc_tap"); }

TEST(TargetValue, Numbers) {
  EXPECT_EQ(parsed("70"), TargetValue::number(70));
  EXPECT_EQ(parsed("70%"), TargetValue::number(70));
  EXPECT_EQ(parsed(" 99,5 "), TargetValue::number(99.5));
  EXPECT_EQ(format_target(parsed("70")), "70%");
  EXPECT_EQ(format_target(parsed("99,5")), "99,5%");
}

TEST(TargetValue, BlankIsOpenNeverZero) {
  TargetValue v = parsed("");
  EXPECT_TRUE(v.is_open());
  EXPECT_EQ(format_target(v), "");
  EXPECT_FALSE(target_threshold(v).has_value());
  EXPECT_EQ(judge(Ratio{0, 10}, v), Verdict::no_target);
}

TEST(TargetValue, Ranges) {
  for (const char* cell : {"75–80", "75-80", "75 - 80%", "75% – 80%", "75—80", "từ 75 đến 80%"}) {
    TargetValue v = parsed(cell);
    EXPECT_EQ(v.kind, TargetKind::range) << cell;
    EXPECT_DOUBLE_EQ(v.low, 75) << cell;
    EXPECT_DOUBLE_EQ(v.high, 80) << cell;
    EXPECT_EQ(format_target(v), "75–80%") << cell;
  }
  EXPECT_EQ(format_target(parsed("72,5-80")), "72,5–80%");
}

TEST(TargetValue, AtLeast) {
  for (const char* cell : {"99,5% trở lên", ">= 99,5", "≥99,5%", "từ 99,5% trở lên", "Tối thiểu 99,5%", "ít nhất 99,5"}) {
    TargetValue v = parsed(cell);
    EXPECT_EQ(v.kind, TargetKind::at_least) << cell;
    EXPECT_DOUBLE_EQ(v.low, 99.5) << cell;
    EXPECT_EQ(format_target(v), "từ 99,5% trở lên") << cell;
  }
  EXPECT_EQ(parsed("tối thiểu 90%").low, 90);
}

TEST(TargetValue, AtMost) {
  for (const char* cell : {"không quá 5%", "<= 5", "≤ 5%", "Tối đa 5%", "5% trở xuống", "không vượt quá 5"}) {
    TargetValue v = parsed(cell);
    EXPECT_EQ(v.kind, TargetKind::at_most) << cell;
    EXPECT_DOUBLE_EQ(v.high, 5) << cell;
    EXPECT_EQ(format_target(v), "không quá 5%") << cell;
  }
}

TEST(TargetValue, WordsArePrintedAsWritten) {
  for (const char* cell : {"duy trì mức độ 2", "Đăng ký Thành phố học tập", "Duy trì 100% xã đạt chuẩn"}) {
    TargetValue v = parsed(cell);
    EXPECT_EQ(v.kind, TargetKind::text) << cell;
    EXPECT_EQ(format_target(v), cell);
    EXPECT_FALSE(target_threshold(v).has_value());
    // Words have no đạt / chưa đạt.
    EXPECT_EQ(judge(Ratio{1, 1}, v), Verdict::no_target);
  }
}

TEST(TargetValue, NeitherNumberNorWordsIsRefused) {
  for (const char* cell : {"7O", "75–", "80 / 90", "70,5,3", "-", ">="})
    EXPECT_EQ(refusal(cell), MsgId::target_bad_value) << cell;
}

TEST(TargetValue, CountsWordedInTheirUnit) {
  EXPECT_EQ(format_target(TargetValue::number(20), "lớp"), "20 lớp");
  EXPECT_EQ(format_target(TargetValue{TargetKind::at_least, 20, 20, {}}, "lớp"), "từ 20 lớp trở lên");
  EXPECT_EQ(format_target(TargetValue{TargetKind::range, 10, 12, {}}, ""), "10–12");
}

TEST(TargetValue, ChecksAgainstTheIndicator) {
  auto problems_of = [](const TargetValue& v, const Indicator& i) {
    std::vector<Diagnostic> p;
    check_target(v, i, here(), p);
    return p;
  };
  auto p = problems_of(TargetValue::number(150), rate());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].id, MsgId::target_rate_out_of_range);
  EXPECT_EQ(p[0].args[0], "150%");
  EXPECT_EQ(p[0].where.field, "chi_tieu");
  EXPECT_EQ(problems_of(TargetValue{TargetKind::range, 90, 101, {}}, rate()).size(), 1u);
  EXPECT_EQ(problems_of(TargetValue::number(-1), rate()).size(), 1u);
  p = problems_of(TargetValue{TargetKind::range, 80, 75, {}}, rate());
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].id, MsgId::target_range_reversed);
  EXPECT_TRUE(problems_of(TargetValue::number(100), rate()).empty());
  EXPECT_TRUE(problems_of(TargetValue{TargetKind::text, 0, 0, "duy trì"}, rate()).empty());
  // A count may pass 100, never 0.
  Indicator count = *IndicatorCatalogue::national().find("lop_xoa_mu_chu");
  EXPECT_FALSE(count.rate);
  EXPECT_TRUE(problems_of(TargetValue::number(150), count).empty());
  p = problems_of(TargetValue::number(-3), count);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].id, MsgId::target_negative);
}

TEST(TargetValue, VerdictsForRangesAndBounds) {
  TargetValue range{TargetKind::range, 75, 80, {}};
  EXPECT_EQ(judge(Ratio{74, 100}, range), Verdict::not_met);
  EXPECT_EQ(judge(Ratio{75, 100}, range), Verdict::met);  // the low end reached
  EXPECT_EQ(judge(Ratio{85, 100}, range), Verdict::met);  // above the aim is no failure
  TargetValue least{TargetKind::at_least, 99.5, 99.5, {}};
  EXPECT_EQ(judge(Ratio{995, 1000}, least), Verdict::met);
  EXPECT_EQ(judge(Ratio{994, 1000}, least), Verdict::not_met);
  TargetValue most{TargetKind::at_most, 5, 5, {}};
  EXPECT_EQ(judge(Ratio{5, 100}, most), Verdict::met);
  EXPECT_EQ(judge(Ratio{6, 100}, most), Verdict::not_met);
  EXPECT_EQ(judge(Ratio{0, 0}, most), Verdict::no_data);
  EXPECT_EQ(target_threshold(range), 75);
  EXPECT_FALSE(target_threshold(most).has_value());
}

}  // namespace
}  // namespace baocao::model
