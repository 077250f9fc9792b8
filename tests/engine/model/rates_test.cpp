#include "engine/model/rates.hpp"

#include <gtest/gtest.h>

namespace baocao::model {
namespace {

Record rec(std::string unit, std::string ind, double num, double den, int line = 2) {
  Record r;
  r.unit_code = unit;
  r.unit_name = "Xã " + unit;
  r.indicator = std::move(ind);
  r.period = 2025;
  r.numerator = num;
  r.denominator = den;
  r.source = at_line("so-lieu.csv", line);
  return r;
}

TEST(Rates, RollUpSumsNumeratorsAndDenominatorsNeverAveragesRates) {
  Dataset d;
  d.records = {rec("A", "gia_dinh_hoc_tap", 30, 40), rec("B", "gia_dinh_hoc_tap", 10, 60)};
  Summary s = summarize(d, IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(s.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(s.indicators[0].total.numerator, 40);
  EXPECT_DOUBLE_EQ(s.indicators[0].total.denominator, 100);
  EXPECT_DOUBLE_EQ(*s.indicators[0].total.percent(), 40.0);  // not (75 + 16.7) / 2
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_DOUBLE_EQ(*s.units[0].ratios[0]->percent(), 75.0);
}

TEST(Rates, TargetsAndVerdicts) {
  Dataset d;
  d.records = {rec("A", "gia_dinh_hoc_tap", 70, 100), rec("A", "dong_ho_hoc_tap", 64, 100),
               rec("A", "cong_dong_hoc_tap", 1, 2)};
  d.targets = {{2025, "gia_dinh_hoc_tap", TargetValue::number(70), {}},
               {2025, "dong_ho_hoc_tap", TargetValue::number(65), {}},
               {2025, "cong_dong_hoc_tap", {}, {}},
               {2024, "cong_dong_hoc_tap", TargetValue::number(10), {}}};
  Summary s = summarize(d, IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(s.indicators.size(), 3u);
  EXPECT_EQ(s.indicators[0].verdict, Verdict::met);      // exactly the target
  EXPECT_EQ(s.indicators[1].verdict, Verdict::not_met);
  EXPECT_FALSE(s.indicators[2].target.has_value());      // blank target is no target, not 0
  EXPECT_EQ(s.indicators[2].verdict, Verdict::no_target);
}

TEST(Rates, OtherYearsDoNotEnterTheTotals) {
  Dataset d;
  Record old = rec("A", "gia_dinh_hoc_tap", 1, 100);
  old.period = 2024;
  d.records = {rec("A", "gia_dinh_hoc_tap", 30, 40), old};
  Summary s = summarize(d, IndicatorCatalogue::national(), 2025);
  EXPECT_DOUBLE_EQ(s.indicators[0].total.denominator, 40);
}

TEST(Rates, ZeroDenominatorHasNoRate) {
  Ratio r{0, 0};
  EXPECT_FALSE(r.percent().has_value());
  EXPECT_EQ(judge(r, 50.0), Verdict::no_data);
}

TEST(Rates, ValidationReportsEveryProblemWithItsLocation) {
  Dataset d;
  d.records = {rec("A", "gia_dinh_hoc_tap", 50, 40, 2), rec("B", "gia_dinh_hoc_tap", -1, 10, 3),
               rec("A", "gia_dinh_hoc_tap", 1, 10, 4), rec("C", "khong_co", 1, 2, 5)};
  try {
    summarize(d, IndicatorCatalogue::national(), 2025);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::data);
    std::string text = e.render(Lang::vi);
    EXPECT_NE(text.find("so-lieu.csv, dòng 2: số đạt (50) lớn hơn tổng số (40)"), std::string::npos) << text;
    EXPECT_NE(text.find("so-lieu.csv, dòng 3: số âm: -1"), std::string::npos) << text;
    EXPECT_NE(text.find("so-lieu.csv, dòng 4: đơn vị 'A' xuất hiện hai lần (lần đầu ở dòng 2)"), std::string::npos) << text;
    EXPECT_NE(text.find("so-lieu.csv, dòng 5: không có chỉ số 'khong_co'"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace baocao::model
