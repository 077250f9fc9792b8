// Numbers as Vietnamese offices write them: "1.234.567", "12,5", "99,5%".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

// "1.234.567" (no decimals), "12,5" with `decimals` fraction digits, rounded
// half up, grouping with '.', decimal comma.
std::string format_vi_number(double value, int decimals = 0);

// A number written with a decimal comma, without the fraction's trailing
// zeros: "99,50" -> "99,5", "70,00" -> "70"; unchanged without a comma.
std::string without_trailing_zeros(std::string number);

// A percentage of `value` (already in percent, e.g. 99.46) with `decimals`
// fraction digits and a '%' sign: "99,5%". Never shows 100% for a value
// below 100, nor 0% for a value above 0: those round towards the truth.
std::string format_vi_percent(double value, int decimals = 1);

struct ParsedNumber {
  double value = 0;
  bool percent = false;  // the text ended with '%'
};

// too_large: beyond 2^53 (9,007,199,254,740,992), where a double, which
// figures are kept in, no longer holds every whole number: 9007199254740993
// would be kept as ...992, and 99999999999999999999 would pass as equal to
// 99999999999999999998.
enum class NumberProblem { none, empty, invalid, too_large };
inline constexpr double kMaxExactNumber = 9007199254740992.0;  // 2^53

// Parses what clerks type: "12,5", "12.500" (twelve thousand five hundred),
// "1.234,5", "12,5%", " 1 234 ", "-3". Refuses "12,5a", "1,2,3", "".
// On success fills `out` and returns none.
NumberProblem parse_vi_number(std::string_view text, ParsedNumber& out);

// The same, where a number is required: throws Error(data) at `where` with
// text_number_required for an empty text, text_number_too_large past 2^53,
// and text_not_a_number (quoting the text) for "12,5a", "1,2,3" and the like.
ParsedNumber require_vi_number(std::string_view text, const Location& where = {});

// A whole number exactly (no double rounding, up to 19 digits): "1.000.000",
// "1 000 000", "-5", "1000000". Group separators must be consistent ('.' or
// spaces, groups of three). "12,5" is invalid.
NumberProblem parse_vi_integer(std::string_view text, std::int64_t& out);

}  // namespace baocao::text
