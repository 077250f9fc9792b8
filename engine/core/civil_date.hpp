// A calendar date without time zone: report dates, deadlines, periods.
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace baocao {

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const CivilDate&) const = default;
};

bool is_valid(const CivilDate& d);
// Parses "YYYY-MM-DD"; throws Error(usage, text_bad_date) otherwise.
CivilDate parse_iso_date(std::string_view text);
std::string to_iso(const CivilDate& d);
// Seconds since 1970-01-01T00:00:00Z at midnight UTC of `d`.
long long to_unix_seconds(const CivilDate& d);

}  // namespace baocao
