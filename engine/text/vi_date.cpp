#include "engine/text/vi_date.hpp"

namespace baocao::text {

std::string nd30_date(const CivilDate& d) {
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  std::string month = d.month <= 2 ? two(d.month) : std::to_string(d.month);
  return "ngày " + two(d.day) + " tháng " + month + " năm " + std::to_string(d.year);
}

std::string nd30_place_date(std::string_view place, const CivilDate& d) {
  return std::string(place) + ", " + nd30_date(d);
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

}  // namespace baocao::text
