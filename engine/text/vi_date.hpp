// Dates as ND30 and the plans write them: the place-and-date line, weekday
// names, and deadline phrases ("trước ngày 10/12 hằng năm").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/civil_date.hpp"

namespace baocao::text {

// "ngày 05 tháng 02 năm 2025": leading zero for days 1-9 and for months 1 and
// 2 only (ND30, Phụ lục I, box 4). A blank date (is_blank) leaves room for
// the hand: "ngày      tháng      năm 2025", the room no-break spaces.
std::string nd30_date(const CivilDate& d);
// "05/02/2025"; blank: "    /    /2025".
std::string short_date(const CivilDate& d);

// "Nam Định, ngày 05 tháng 02 năm 2025".
std::string nd30_place_date(std::string_view place, const CivilDate& d);


// "thứ Hai" ... "thứ Bảy", "Chủ nhật" (the day names are proper names:
// "thứ" lower case inside a sentence, the number capitalised).
std::string weekday_vi(const CivilDate& d);

// "thứ Năm, ngày 05/02/2025".
std::string weekday_date_vi(const CivilDate& d);

// Deadline phrases of the plans: "trước ngày 10/12 hằng năm" when
// `every_year`, otherwise "trước ngày 10/12/2025". Day and month always
// take two digits in this numeric form ("trước ngày 01/12 hằng năm").
std::string deadline_phrase(const CivilDate& d, bool every_year);

// Dates as clerks type them: "10/12/2025", "5/2/2025", or ISO "2025-12-10".
// Empty when `text` is none of these or not a real date.
std::optional<CivilDate> parse_vi_date(std::string_view text);

}  // namespace baocao::text
