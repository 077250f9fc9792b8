// One schedule run: everything due at "now" on the clerk's calendar (the
// export of each finished month, the documents of each deadline from a few
// days before it, what an earlier run missed), each job run through the
// same library calls as on the command line, each logged and journaled; a
// failed job does not stop the others. Under DirLock, so two never overlap.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "engine/core/messages.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/cycle/run.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

// Exit status when another schedule holds the lock (EX_TEMPFAIL).
inline constexpr int kScheduleLocked = 75;
// Exit status when at least one job failed (the others still ran).
inline constexpr int kScheduleJobFailed = 1;

struct ScheduleOptions {
  std::filesystem::path out;
  std::filesystem::path plan;  // required
  int lead_days = 3;
  bool wait = false;     // wait for another schedule's lock instead of stopping
  bool dry_run = false;  // list what is due, write nothing
  // What each deadline's run reads besides the store: vars, units list,
  // receipt registers, scope, threads, store label and directory. Its
  // cycle, deadline, out and plan are set per job.
  RunOptions run;
  Lang lang = Lang::vi;  // of the log and the journal's details
};

// `log` receives one line per job (and the summary), in `options.lang`;
// `due` one line per due job in a dry run. The store is opened only once the
// lock is held. Returns the exit status: 0, kScheduleJobFailed or
// kScheduleLocked.
int run_schedule(const std::function<std::unique_ptr<store::Store>()>& open_store, const Clock& clock,
                 const Paths& paths, const ScheduleOptions& options, const std::function<void(const std::string&)>& log,
                 const std::function<void(const std::string&)>& due = {});

}  // namespace baocao::cycle
