#include "engine/cycle/clock.hpp"

#include <chrono>
#include <cstdio>

#include "engine/core/diagnostic.hpp"

namespace baocao::cycle {

namespace {

namespace ch = std::chrono;

// Vietnam has kept UTC+7 without daylight saving since 1975, so the clerk's
// calendar is a fixed offset; no time-zone database is needed.
constexpr int kVietnamOffsetMinutes = 7 * 60;

CivilDate from_days(ch::sys_days d) {
  ch::year_month_day ymd{d};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

ch::sys_days to_days(const CivilDate& d) {
  return ch::sys_days{ch::year{d.year} / ch::month{static_cast<unsigned>(d.month)} /
                      ch::day{static_cast<unsigned>(d.day)}};
}

// A UTC instant (seconds) as Vietnam's local date and ISO text.
LocalNow local_from_utc(ch::sys_seconds utc) {
  ch::sys_seconds local = utc + ch::minutes{kVietnamOffsetMinutes};
  auto day = ch::floor<ch::days>(local);
  ch::hh_mm_ss hms{local - day};
  LocalNow n;
  n.date = from_days(day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+07:00", to_iso(n.date).c_str(),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  n.iso = buf;
  return n;
}

bool two_digits(const std::string& s, std::size_t at, int max, int& out) {
  if (at + 2 > s.size() || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
  out = (s[at] - '0') * 10 + (s[at + 1] - '0');
  return out <= max;
}

}  // namespace

CivilDate add_days(const CivilDate& d, int days) {
  return from_days(to_days(d) + ch::days{days});
}

LocalNow parse_now(const std::string& option, const std::string& text) {
  auto bad = [&]() -> LocalNow {
    fail(ErrorFamily::usage, MsgId::app_bad_option_value,
         {option, text, message(Lang::en, MsgId::schedule_bad_now)});
  };
  if (text.size() < 10) return bad();
  CivilDate date;
  try {
    date = parse_iso_date(text.substr(0, 10));
  } catch (const Error&) {
    return bad();
  }
  int h = 0, m = 0, s = 0;
  std::size_t i = 10;
  if (i < text.size() && (text[i] == 'T' || text[i] == ' ')) {
    if (!two_digits(text, i + 1, 23, h) || i + 3 >= text.size() || text[i + 3] != ':' ||
        !two_digits(text, i + 4, 59, m))
      return bad();
    i += 6;
    if (i < text.size() && text[i] == ':') {
      if (!two_digits(text, i + 1, 60, s)) return bad();
      i += 3;
    }
  }
  int offset = kVietnamOffsetMinutes;  // no zone: the clerk's local time
  if (i < text.size()) {
    if (text[i] == 'Z' && i + 1 == text.size()) {
      offset = 0;
    } else if ((text[i] == '+' || text[i] == '-') && text.size() == i + 6 && text[i + 3] == ':') {
      int oh = 0, om = 0;
      if (!two_digits(text, i + 1, 14, oh) || !two_digits(text, i + 4, 59, om)) return bad();
      offset = (text[i] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
      return bad();
    }
  }
  ch::sys_seconds utc =
      ch::sys_seconds{to_days(date)} + ch::hours{h} + ch::minutes{m} + ch::seconds{s} - ch::minutes{offset};
  return local_from_utc(utc);
}

LocalNow system_now() {
  return local_from_utc(ch::floor<ch::seconds>(ch::system_clock::now()));
}


LocalNow SystemClock::now() const {
  return system_now();
}

std::string vietnam_time_of(const std::string& utc) {
  // "YYYY-MM-DDTHH:MM:SSZ": anything else is shown as it is.
  if (utc.size() != 20 || utc[10] != 'T' || utc[19] != 'Z') return utc;
  try {
    return parse_now("", utc).iso;
  } catch (const Error&) {
    return utc;
  }
}

}  // namespace baocao::cycle
