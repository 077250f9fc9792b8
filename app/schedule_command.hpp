// `baocao schedule`: everything due now (monthly exports, reports ahead of
// their deadlines, what was missed), under a lock; started daily by
// deploy/baocao-schedule.timer.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// Exit status when another `baocao schedule` holds the lock (EX_TEMPFAIL).
inline constexpr int kScheduleLocked = 75;
// Exit status when at least one job failed (the others still ran).
inline constexpr int kScheduleJobFailed = 1;

std::unique_ptr<Command> make_schedule_command();

}  // namespace baocao::app
