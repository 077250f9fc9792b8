#include "engine/text/vi_number.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {
namespace {

TEST(ViNumber, Formats) {
  EXPECT_EQ(format_vi_number(1234567), "1.234.567");
  EXPECT_EQ(format_vi_number(12.5, 1), "12,5");
  EXPECT_EQ(format_vi_number(0), "0");
  EXPECT_EQ(format_vi_number(2.25, 1), "2,3");  // half up, not half even
}

TEST(ViNumber, WithoutTrailingZeros) {
  EXPECT_EQ(without_trailing_zeros("99,50"), "99,5");
  EXPECT_EQ(without_trailing_zeros("70,00"), "70");
  EXPECT_EQ(without_trailing_zeros("1.200"), "1.200");
  EXPECT_EQ(without_trailing_zeros("100"), "100");
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
  EXPECT_DOUBLE_EQ(parsed("1\xC2\xA0"
                          "234"),
                   1234);  // no-break space
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

TEST(ViNumber, PrecisionIsTheCallers) {
  EXPECT_EQ(format_vi_number(1234.5678, 2), "1.234,57");
  EXPECT_EQ(format_vi_number(1234.5678, 0), "1.235");
  EXPECT_EQ(format_vi_percent(99.5, 0), "99%");
  EXPECT_EQ(format_vi_percent(99.5, 1), "99,5%");
  EXPECT_EQ(format_vi_percent(99.999, 2), "99,99%");
  EXPECT_EQ(format_vi_percent(33.3333, 2), "33,33%");
}

TEST(ViNumber, RequiredNumberGivesClearErrors) {
  Location at = at_line("don-vi.csv", 4);
  EXPECT_DOUBLE_EQ(require_vi_number("1.234,5", at).value, 1234.5);
  for (const char* bad : {"12,5a", "1,2,3"}) {
    try {
      require_vi_number(bad, at);
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.diagnostics()[0].id, MsgId::text_not_a_number);
      EXPECT_NE(e.render(Lang::vi).find("don-vi.csv, dòng 4: '" + std::string(bad) + "' không phải là số"),
                std::string::npos)
          << e.render(Lang::vi);
    }
  }
  try {
    require_vi_number("  ", at);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostics()[0].id, MsgId::text_number_required);
    EXPECT_EQ(e.family(), ErrorFamily::data);
  }
}

TEST(ViNumber, WholeNumbersExactly) {
  std::int64_t n = 0;
  ASSERT_EQ(parse_vi_integer("999.999.999.999.999.999", n), NumberProblem::none);
  EXPECT_EQ(n, 999999999999999999);  // beyond a double's 2^53
  ASSERT_EQ(parse_vi_integer(" 1 000 050 ", n), NumberProblem::none);
  EXPECT_EQ(n, 1000050);
  ASSERT_EQ(parse_vi_integer("-105", n), NumberProblem::none);
  EXPECT_EQ(n, -105);
  ASSERT_EQ(parse_vi_integer("1000000000000000000", n), NumberProblem::none);
  EXPECT_EQ(n, 1000000000000000000);
  for (const char* bad : {"12,5", "1.23", "1 23", "1.000 000", "abc", "99999999999999999999", "-"})
    EXPECT_EQ(parse_vi_integer(bad, n), NumberProblem::invalid) << bad;
  EXPECT_EQ(parse_vi_integer("", n), NumberProblem::empty);
}

}  // namespace
}  // namespace baocao::text
