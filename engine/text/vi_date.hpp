// Dates as ND30 writes them.
#pragma once

#include <string>
#include <string_view>

#include "engine/core/civil_date.hpp"

namespace baocao::text {

// "ngày 05 tháng 02 năm 2025": leading zero for days 1-9 and for months 1 and
// 2 only (ND30, Phụ lục I, box 4).
std::string nd30_date(const CivilDate& d);

// "Nam Định, ngày 05 tháng 02 năm 2025".
std::string nd30_place_date(std::string_view place, const CivilDate& d);

}  // namespace baocao::text
