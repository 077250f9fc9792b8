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

}  // namespace
}  // namespace baocao
