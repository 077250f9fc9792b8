// One writer per output directory: a flock(2) on DIR/.baocao-schedule.lock,
// held while a schedule (or a run) writes there. The kernel drops it when
// the process ends, however it ends.
#pragma once

#include <filesystem>

namespace baocao::cycle {

class DirLock {
 public:
  // Creates DIR when needed and takes the lock: waits for it with `wait`,
  // else `held()` is false when another process has it. Throws
  // Error(output, schedule_lock_failed) when the lock file cannot be opened.
  DirLock(const std::filesystem::path& dir, bool wait);
  ~DirLock();
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;

  bool held() const { return held_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  bool held_ = false;
};

}  // namespace baocao::cycle
