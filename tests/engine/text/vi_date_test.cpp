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

}  // namespace
}  // namespace baocao::text
