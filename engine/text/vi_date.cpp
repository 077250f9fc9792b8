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

}  // namespace baocao::text
