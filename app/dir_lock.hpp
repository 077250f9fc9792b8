// The lock on an output directory that `run` and `schedule` take before they
// write there: flock on DIR/.baocao-schedule.lock (the name schedule has
// always used), held until the holder is destroyed, so two runs into one
// --out never interleave their outputs and manifest. Re-entrant within a
// process: schedule holds it while its jobs run `run` in-process into the
// same directory (a second flock there would wait on itself).
#pragma once

#include <filesystem>
#include <memory>

namespace baocao::app {

// The exit status of a command that found the lock held (EX_TEMPFAIL).
inline constexpr int kLockedStatus = 75;

class DirLock {
 public:
  // Locks `dir` (which must exist). Without `wait`, returns nullptr at once
  // when another process holds the lock. Throws Error(output,
  // schedule_lock_failed) when the lock file cannot be opened or locked.
  static std::unique_ptr<DirLock> acquire(const std::filesystem::path& dir, bool wait);
  static std::filesystem::path lock_path(const std::filesystem::path& dir);

  ~DirLock();
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

  struct Held;

 private:
  explicit DirLock(std::shared_ptr<Held> held) : held_(std::move(held)) {}
  std::shared_ptr<Held> held_;
};

}  // namespace baocao::app
