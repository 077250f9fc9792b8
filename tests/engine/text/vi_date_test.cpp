#include "engine/text/vi_date.hpp"

#include <gtest/gtest.h>

namespace baocao::text {
namespace {

TEST(ViDate, Nd30LeadingZeros) {
  EXPECT_EQ(nd30_place_date("Nam Định", {2025, 2, 5}), "Nam Định, ngày 05 tháng 02 năm 2025");
  EXPECT_EQ(nd30_date({2022, 11, 7}), "ngày 07 tháng 11 năm 2022");
  EXPECT_EQ(nd30_date({2025, 3, 15}), "ngày 15 tháng 3 năm 2025");  // no zero for March
  EXPECT_EQ(nd30_date({2025, 1, 10}), "ngày 10 tháng 01 năm 2025");
  EXPECT_EQ(nd30_date({2025, 12, 30}), "ngày 30 tháng 12 năm 2025");
}

TEST(ViDate, WeekdayNames) {
  EXPECT_EQ(weekday_vi({2025, 2, 5}), "thứ Tư");
  EXPECT_EQ(weekday_vi({2025, 2, 9}), "Chủ nhật");
  EXPECT_EQ(weekday_vi({2025, 2, 10}), "thứ Hai");
  EXPECT_EQ(weekday_vi({2024, 12, 31}), "thứ Ba");
  EXPECT_EQ(weekday_vi({2025, 9, 2}), "thứ Ba");  // Quốc khánh 2025
  EXPECT_EQ(weekday_vi({1945, 9, 2}), "Chủ nhật");
  EXPECT_EQ(weekday_vi({2026, 11, 23}), "thứ Hai");
  EXPECT_EQ(weekday_date_vi({2025, 2, 6}), "thứ Năm, ngày 06/02/2025");
}

TEST(ViDate, DeadlinePhrases) {
  EXPECT_EQ(deadline_phrase({2025, 12, 10}, true), "trước ngày 10/12 hằng năm");
  EXPECT_EQ(deadline_phrase({2025, 12, 1}, true), "trước ngày 01/12 hằng năm");
  EXPECT_EQ(deadline_phrase({2025, 11, 30}, false), "trước ngày 30/11/2025");
}

}  // namespace
}  // namespace baocao::text
