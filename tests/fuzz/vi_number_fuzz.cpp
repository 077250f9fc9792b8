// Fuzz target: what clerks type for numbers and dates ("1.234,5", "12,5%",
// "05/02/2025"). The parsers must never crash; a number they accept must be
// finite (1e309, NaN and inf are not figures), and formatting it back must
// work. A date they accept must be a real calendar day.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/core/diagnostic.hpp"
#include "engine/text/vi_date.hpp"
#include "engine/text/vi_number.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  baocao::text::ParsedNumber n;
  if (baocao::text::parse_vi_number(text, n) == baocao::text::NumberProblem::none) {
    if (!std::isfinite(n.value)) __builtin_trap();
    if (std::fabs(n.value) < 1e15) {
      baocao::text::format_vi_number(n.value, 2);
      baocao::text::format_vi_percent(n.value, 1);
    }
  }
  std::int64_t i = 0;
  baocao::text::parse_vi_integer(text, i);
  try {
    baocao::text::require_vi_number(text);
  } catch (const baocao::Error&) {
  }
  if (auto d = baocao::text::parse_vi_date(text)) {
    if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31) __builtin_trap();
    baocao::text::nd30_date(*d);
  }
  return 0;
}
