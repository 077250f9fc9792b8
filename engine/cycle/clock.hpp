// The clerk's calendar: Vietnam's local date and time (Asia/Ho_Chi_Minh,
// UTC+07:00 all year), from the system clock or injected (a test, a
// schedule run as if on another day). Every time shown to a person is
// Vietnam time.
#pragma once

#include <string>

#include "engine/core/civil_date.hpp"

namespace baocao::cycle {

// A moment as the clerk's calendar sees it: local date and time in Vietnam.
struct LocalNow {
  CivilDate date;
  std::string iso;  // "2025-12-08T06:00:00+07:00"
};

class Clock {
 public:
  virtual ~Clock() = default;
  virtual LocalNow now() const = 0;
};

// The machine's clock.
class SystemClock : public Clock {
 public:
  LocalNow now() const override;
};

// Always the same moment.
class FixedClock : public Clock {
 public:
  explicit FixedClock(LocalNow at) : at_(std::move(at)) {}
  LocalNow now() const override { return at_; }

 private:
  LocalNow at_;
};

// Parses --now / BAOCAO_NOW: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" (local
// Vietnam time), either followed by "Z" or "+HH:MM"/"-HH:MM" (converted).
// Throws Error(usage) naming `option` otherwise.
LocalNow parse_now(const std::string& option, const std::string& text);
// The system clock, in Vietnam.
LocalNow system_now();

CivilDate add_days(const CivilDate& d, int days);

// A UTC timestamp as the store records it ("2025-12-10T23:30:00Z") in
// Vietnam time: "2025-12-11T06:30:00+07:00". Text that is not such a
// timestamp is returned as it is.
std::string vietnam_time_of(const std::string& utc_timestamp);

}  // namespace baocao::cycle
