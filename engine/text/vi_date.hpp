// Dates as ND30 writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/civil_date.hpp"

namespace baocao::text {

// "ngày 05 tháng 02 năm 2025": leading zero for days 1-9 and for months 1 and
// 2 only (ND30, Phụ lục I, box 4).
std::string nd30_date(const CivilDate& d);

// "Nam Định, ngày 05 tháng 02 năm 2025".
std::string nd30_place_date(std::string_view place, const CivilDate& d);

// Dates as clerks type them: "10/12/2025", "5/2/2025", or ISO "2025-12-10".
// Empty when `text` is none of these or not a real date.
std::optional<CivilDate> parse_vi_date(std::string_view text);

}  // namespace baocao::text
