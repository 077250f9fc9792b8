// `baocao schedule`: everything due now (monthly exports, reports ahead of
// their deadlines, what was missed), under a lock; started daily by
// deploy/baocao-schedule.timer.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_schedule_command();

}  // namespace baocao::app
