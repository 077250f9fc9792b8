#include "engine/text/vi_number.hpp"

#include <gtest/gtest.h>

namespace baocao::text {
namespace {

TEST(ViNumber, Formats) {
  EXPECT_EQ(format_vi_number(1234567), "1.234.567");
  EXPECT_EQ(format_vi_number(12.5, 1), "12,5");
  EXPECT_EQ(format_vi_number(0), "0");
  EXPECT_EQ(format_vi_number(2.25, 1), "2,3");  // half up, not half even
}

TEST(ViNumber, PercentNeverRoundsUpTo100OrDownTo0) {
  EXPECT_EQ(format_vi_percent(99.46, 1), "99,5%");
  EXPECT_EQ(format_vi_percent(99.96, 1), "99,9%");
  EXPECT_EQ(format_vi_percent(99.996, 0), "99%");
  EXPECT_EQ(format_vi_percent(100, 1), "100,0%");
  EXPECT_EQ(format_vi_percent(0.01, 1), "0,1%");
  EXPECT_EQ(format_vi_percent(0, 1), "0,0%");
  EXPECT_EQ(format_vi_percent(72.86, 1), "72,9%");
}

double parsed(const char* s) {
  ParsedNumber n;
  EXPECT_EQ(parse_vi_number(s, n), NumberProblem::none) << s;
  return n.value;
}

TEST(ViNumber, ParsesWhatClerksType) {
  EXPECT_DOUBLE_EQ(parsed("12,5"), 12.5);
  EXPECT_DOUBLE_EQ(parsed("12.500"), 12500);
  EXPECT_DOUBLE_EQ(parsed("1.234,5"), 1234.5);
  EXPECT_DOUBLE_EQ(parsed(" 1 234 "), 1234);
  EXPECT_DOUBLE_EQ(parsed("1.234.567"), 1234567);
  EXPECT_DOUBLE_EQ(parsed("-3"), -3);
  EXPECT_DOUBLE_EQ(parsed("12.5"), 12.5);
  EXPECT_DOUBLE_EQ(parsed("1\xC2\xA0" "234"), 1234);  // no-break space
  ParsedNumber n;
  ASSERT_EQ(parse_vi_number("12,5%", n), NumberProblem::none);
  EXPECT_TRUE(n.percent);
  EXPECT_DOUBLE_EQ(n.value, 12.5);
}

TEST(ViNumber, RefusesWhatIsNotANumber) {
  ParsedNumber n;
  for (const char* bad : {"12,5a", "1,2,3", "abc", "1.23.4", "1.234.56,7", "--1", "%", "1e309", "NaN"})
    EXPECT_EQ(parse_vi_number(bad, n), NumberProblem::invalid) << bad;
  EXPECT_EQ(parse_vi_number("", n), NumberProblem::empty);
  EXPECT_EQ(parse_vi_number("   ", n), NumberProblem::empty);
}

}  // namespace
}  // namespace baocao::text
