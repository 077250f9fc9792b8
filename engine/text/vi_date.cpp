#include "engine/text/vi_date.hpp"

#include <cstdio>

namespace baocao::text {

namespace {
// Room for two handwritten digits, unbreakable (U+00A0).
constexpr const char* kRoom = "\u00a0\u00a0\u00a0\u00a0\u00a0";
std::string year_or_room(int year) {
  return year > 0 ? std::to_string(year) : std::string(kRoom) + kRoom;
}
}  // namespace

std::string nd30_date(const CivilDate& d) {
  if (is_blank(d)) return std::string("ngày ") + kRoom + " tháng " + kRoom + " năm " + year_or_room(d.year);
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  std::string month = d.month <= 2 ? two(d.month) : std::to_string(d.month);
  return "ngày " + two(d.day) + " tháng " + month + " năm " + std::to_string(d.year);
}

std::string nd30_place_date(std::string_view place, const CivilDate& d) {
  return std::string(place) + ", " + nd30_date(d);
}

std::string short_date(const CivilDate& d) {
  if (is_blank(d)) return std::string(kRoom) + "/" + kRoom + "/" + year_or_room(d.year);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}


namespace {
std::string two_digits(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}
}  // namespace

std::string weekday_vi(const CivilDate& d) {
  static constexpr const char* kNames[] = {"thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",
                                           "thứ Hai", "thứ Ba",  "thứ Tư"};
  long long days = to_unix_seconds(d) / 86400;  // 1970-01-01 was a Thursday
  return kNames[((days % 7) + 7) % 7];
}

std::string weekday_date_vi(const CivilDate& d) {
  return weekday_vi(d) + ", ngày " + two_digits(d.day) + "/" + two_digits(d.month) + "/" +
         std::to_string(d.year);
}

std::string deadline_phrase(const CivilDate& d, bool every_year) {
  std::string day_month = two_digits(d.day) + "/" + two_digits(d.month);
  return every_year ? "trước ngày " + day_month + " hằng năm"
                    : "trước ngày " + day_month + "/" + std::to_string(d.year);
}

std::optional<CivilDate> parse_vi_date(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  int parts[3] = {0, 0, 0};
  int n = 0, digits = 0;
  char sep = text.find('/') != std::string_view::npos ? '/' : '-';
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      parts[n] = parts[n] * 10 + (c - '0');
      if (++digits > 4) return std::nullopt;
    } else if (c == sep && digits > 0 && n < 2) {
      ++n;
      digits = 0;
    } else {
      return std::nullopt;
    }
  }
  if (n != 2 || digits == 0) return std::nullopt;
  CivilDate d = sep == '/' ? CivilDate{parts[2], parts[1], parts[0]} : CivilDate{parts[0], parts[1], parts[2]};
  if (!is_valid(d)) return std::nullopt;
  return d;
}

}  // namespace baocao::text
