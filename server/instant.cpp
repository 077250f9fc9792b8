#include "server/instant.hpp"

#include <chrono>
#include <cstdio>

namespace baocao::server {

namespace ch = std::chrono;

std::int64_t unix_now() {
  return ch::duration_cast<ch::seconds>(ch::system_clock::now().time_since_epoch()).count();
}

std::string utc_text(std::int64_t unix_seconds) {
  ch::sys_seconds t{ch::seconds{unix_seconds}};
  auto day = ch::floor<ch::days>(t);
  ch::year_month_day ymd{day};
  ch::hh_mm_ss hms{t - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string utc_of(const cycle::LocalNow& local) {
  // The clock's text is "YYYY-MM-DDTHH:MM:SS+07:00": Vietnam has no daylight saving.
  const std::string& s = local.iso;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se) != 6) return utc_now();
  ch::sys_seconds t = ch::sys_days{ch::year{y} / ch::month{static_cast<unsigned>(mo)} /
                                   ch::day{static_cast<unsigned>(d)}} +
                      ch::hours{h - 7} + ch::minutes{mi} + ch::seconds{se};
  return utc_text(t.time_since_epoch().count());
}

std::string vietnam_display(const std::string& utc) {
  std::string local = cycle::vietnam_time_of(utc);  // "YYYY-MM-DDTHH:MM:SS+07:00"
  if (local.size() < 19 || local[10] != 'T') return utc;
  return local.substr(11, 5) + " " + local.substr(8, 2) + "/" + local.substr(5, 2) + "/" + local.substr(0, 4);
}

}  // namespace baocao::server
