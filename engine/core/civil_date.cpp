#include "engine/core/civil_date.hpp"

#include <cstdio>
#include <ctime>

#include "engine/core/diagnostic.hpp"

namespace baocao {

namespace {
bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}
}  // namespace

bool is_valid(const CivilDate& d) {
  return d.year >= 1900 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

CivilDate parse_iso_date(std::string_view text) {
  CivilDate d;
  bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; shape && i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) shape = false;
  if (shape) {
    auto num = [&](std::size_t pos, std::size_t len) {
      int v = 0;
      for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (text[i] - '0');
      return v;
    };
    d = {num(0, 4), num(5, 2), num(8, 2)};
  }
  if (!shape || !is_valid(d)) fail(ErrorFamily::usage, MsgId::text_bad_date, {std::string(text)});
  return d;
}

std::string to_iso(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

long long to_unix_seconds(const CivilDate& d) {
  // Days from civil (Howard Hinnant's algorithm).
  int y = d.year - (d.month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long long days = static_cast<long long>(era) * 146097 + static_cast<long long>(doe) - 719468;
  return days * 86400;
}

CivilDate next_day(const CivilDate& d) {
  if (d.day < days_in_month(d.year, d.month)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

CivilDate vietnam_date_of(std::string_view utc) {
  CivilDate d = parse_iso_date(utc.substr(0, 10));
  if (utc.size() >= 13 && (utc[10] == 'T' || utc[10] == ' ') && utc[11] >= '0' && utc[11] <= '9' &&
      utc[12] >= '0' && utc[12] <= '9') {
    int hour = (utc[11] - '0') * 10 + (utc[12] - '0');
    // From 17:00 UTC it is already the next day at UTC+07:00.
    if (hour >= 24 - 7) return next_day(d);
  }
  return d;
}

std::optional<int> as_year(double v) {
  if (!(v >= 1900 && v <= 2100) || v != static_cast<double>(static_cast<int>(v))) return std::nullopt;
  return static_cast<int>(v);
}

std::string vietnam_midnight_utc(const CivilDate& d) {
  std::time_t t = static_cast<std::time_t>(to_unix_seconds(d) - 7 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace baocao
