// Instants as the portal's tables keep them: UTC text "YYYY-MM-DDTHH:MM:SSZ",
// which compares in time order as text. Sessions, throttling and the audit
// log use the machine's clock; the clerk's calendar (what day it is, import
// stamps) is engine/cycle's Clock, which a test may fix.
#pragma once

#include <cstdint>
#include <string>

#include "engine/cycle/clock.hpp"

namespace baocao::server {

std::int64_t unix_now();
std::string utc_text(std::int64_t unix_seconds);
inline std::string utc_now() {
  return utc_text(unix_now());
}
// The UTC text of a moment of the clerk's calendar ("...+07:00").
std::string utc_of(const cycle::LocalNow& local);
// "HH:MM dd/mm/yyyy" in Vietnam for a UTC text (as people read times).
std::string vietnam_display(const std::string& utc);

}  // namespace baocao::server
