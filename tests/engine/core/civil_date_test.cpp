#include "engine/core/civil_date.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {
namespace {

TEST(CivilDate, ParsesAndValidates) {
  EXPECT_EQ(parse_iso_date("2025-12-10"), (CivilDate{2025, 12, 10}));
  EXPECT_EQ(to_iso(CivilDate{2024, 2, 29}), "2024-02-29");
  for (const char* bad : {"2025-02-29", "2025-13-01", "10/12/2025", "2025-1-1", ""})
    EXPECT_THROW(parse_iso_date(bad), Error) << bad;
}

TEST(CivilDate, UnixSeconds) {
  EXPECT_EQ(to_unix_seconds({1970, 1, 1}), 0);
  EXPECT_EQ(to_unix_seconds({2025, 12, 12}), 1765497600);
}

// The start of a Vietnam day in UTC, across month and year ends.
TEST(CivilDate, VietnamMidnightInUtc) {
  EXPECT_EQ(vietnam_midnight_utc({2026, 11, 1}), "2026-10-31T17:00:00Z");
  EXPECT_EQ(vietnam_midnight_utc({2026, 1, 1}), "2025-12-31T17:00:00Z");
  EXPECT_EQ(vietnam_midnight_utc({2024, 3, 1}), "2024-02-29T17:00:00Z");
}

// Receipt dates are Vietnam dates: 17:00Z is midnight at UTC+07:00.
TEST(CivilDate, VietnamDateOfAUtcTimestamp) {
  EXPECT_EQ(vietnam_date_of("2025-12-10T23:30:00Z"), (CivilDate{2025, 12, 11})) << "06:30 on 11/12 in Hà Nội";
  EXPECT_EQ(vietnam_date_of("2025-12-10T16:59:59Z"), (CivilDate{2025, 12, 10})) << "23:59:59 on 10/12";
  EXPECT_EQ(vietnam_date_of("2025-12-10T17:00:00Z"), (CivilDate{2025, 12, 11}));
  EXPECT_EQ(vietnam_date_of("2025-12-31T18:00:00Z"), (CivilDate{2026, 1, 1}));
  EXPECT_EQ(vietnam_date_of("2024-02-28T20:00:00Z"), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(vietnam_date_of("2025-02-28T20:00:00Z"), (CivilDate{2025, 3, 1}));
  EXPECT_EQ(vietnam_date_of("2025-12-10"), (CivilDate{2025, 12, 10}));
  EXPECT_THROW(vietnam_date_of("10/12/2025 23:30"), Error);
}

}  // namespace
}  // namespace baocao
