// The value of a safety-limit flag (`--max-csv-line-bytes N`,
// `--max-include-depth N`, ...): a whole number above zero, since a limit of
// zero would refuse every file and read as a typo.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>

#include "engine/core/diagnostic.hpp"

namespace baocao::app {

// With `max`, at most that: a depth limit bounds recursion on the stack,
// and more would trade a clear error for a crash.
inline std::uint64_t parse_limit(const std::string& name, const std::string& value, std::uint64_t max = 0) {
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || p != value.data() + value.size() || n == 0)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N > 0"});
  if (max && n > max)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "1.." + std::to_string(max)});
  return n;
}

// `--max-unit-depth N`: 1 to 64 levels (model::kMaxUnitDepthLimit; a
// walk up the hierarchy is bounded by it).
inline int parse_unit_depth(const std::string& name, const std::string& value) {
  return static_cast<int>(parse_limit(name, value, 64));
}

// A small count typed as digits (`--jobs N`, `--lead-days N`): `min` to
// `max`, Error(usage) showing `range` otherwise.
inline int parse_bounded(const std::string& name, const std::string& value, int min, int max,
                       const char* range) {
  int n = 0;
  for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
  if (value.empty() || n < min || n > max)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, range});
  return n;
}

}  // namespace baocao::app
