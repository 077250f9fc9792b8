#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao calendar --year YYYY --plan PLAN.json --units UNITS.csv
//  [--submissions RECEIVED.csv]... [--scope CODE] [--today YYYY-MM-DD]`
// lists each deadline of the year, who reports to whom, and who is on time,
// late or still missing.
std::unique_ptr<Command> make_calendar_command();

}  // namespace baocao::app
