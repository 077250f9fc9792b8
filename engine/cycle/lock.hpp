// One writer per output directory: a flock(2) on DIR/.baocao-schedule.lock,
// held while a schedule or a run writes there, so two never interleave their
// outputs and manifests. The kernel drops it when the process ends, however
// it ends. Re-entrant within a process: a schedule holds it while the runs it
// starts in-process take it again for the same directory (a second flock
// there would wait on itself).
#pragma once

#include <filesystem>
#include <memory>

namespace baocao::cycle {

// The exit status of a command that found the lock held (EX_TEMPFAIL).
inline constexpr int kLockedStatus = 75;

class DirLock {
 public:
  // Makes DIR ready (prepare_output_dir) and takes the lock: waits for it
  // with `wait`, else `held()` is false when another process has it. Throws
  // Error(output, schedule_lock_failed) when the lock file cannot be opened.
  DirLock(const std::filesystem::path& dir, bool wait);
  ~DirLock();
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

  bool held() const { return held_ != nullptr; }
  const std::filesystem::path& path() const { return path_; }

  struct Held;

 private:
  std::filesystem::path path_;
  std::shared_ptr<Held> held_;
};

}  // namespace baocao::cycle
