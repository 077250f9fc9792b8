// A calendar date without time zone: report dates, deadlines, periods.
#pragma once

#include <compare>
#include <optional>
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
// A date left blank for the văn thư, who writes it by hand when the document
// is issued: day and month 0, the year known or 0.
inline bool is_blank(const CivilDate& d) {
  return d.month == 0 && d.day == 0;
}
// A year as a file writes it: a whole number from 1900 to 2100, else nullopt
// (a cast of 2.1e17 to int is undefined behaviour, not a year).
std::optional<int> as_year(double v);
// Parses "YYYY-MM-DD"; throws Error(usage, text_bad_date) otherwise.
CivilDate parse_iso_date(std::string_view text);
std::string to_iso(const CivilDate& d);
// Seconds since 1970-01-01T00:00:00Z at midnight UTC of `d`.
long long to_unix_seconds(const CivilDate& d);
// The day after `d`.
CivilDate next_day(const CivilDate& d);
// The date in Vietnam (Asia/Ho_Chi_Minh, UTC+07:00 all year: no daylight
// saving since 1975) of a UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" as the store
// records imports: a file imported at 06:30 on 11/12 Vietnam time is stamped
// 23:30Z on 10/12 and was received on 11/12. A bare "YYYY-MM-DD" is taken as
// that day. Throws like parse_iso_date on a malformed date.
CivilDate vietnam_date_of(std::string_view utc_timestamp);
// The UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" of midnight in Vietnam at the start
// of `d` (17:00Z the day before), for selecting stored imports by Vietnam date.
std::string vietnam_midnight_utc(const CivilDate& d);

}  // namespace baocao
