// The value of a safety-limit flag (`--max-csv-line-bytes N`,
// `--max-include-depth N`, ...): a whole number above zero, since a limit of
// zero would refuse every file and read as a typo.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>

#include "engine/core/diagnostic.hpp"

namespace baocao::app {

inline std::uint64_t parse_limit(const std::string& name, const std::string& value) {
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || p != value.data() + value.size() || n == 0)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N > 0"});
  return n;
}

// `--max-unit-depth N`: 1 to 64 levels (model::kMaxUnitDepthLimit; a
// walk up the hierarchy is bounded by it).
inline int parse_unit_depth(const std::string& name, const std::string& value) {
  std::uint64_t n = parse_limit(name, value);
  if (n > 64) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "1..64"});
  return static_cast<int>(n);
}

}  // namespace baocao::app
