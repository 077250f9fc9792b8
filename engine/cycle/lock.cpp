#include "engine/cycle/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>

#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

// One open, flocked descriptor per lock file in this process.
struct DirLock::Held {
  int fd = -1;
  ~Held() {
    if (fd >= 0) ::close(fd);  // releases the flock
  }
};

namespace {

std::mutex registry_mutex;
std::map<fs::path, std::weak_ptr<DirLock::Held>>& registry() {
  static std::map<fs::path, std::weak_ptr<DirLock::Held>> held;
  return held;
}

}  // namespace

DirLock::DirLock(const fs::path& dir, bool wait) : path_(dir / ".baocao-schedule.lock") {
  prepare_output_dir(dir);
  std::error_code ec;
  fs::path key = fs::weakly_canonical(fs::absolute(path_), ec);
  if (ec) key = fs::absolute(path_).lexically_normal();
  std::lock_guard guard(registry_mutex);
  if (auto held = registry()[key].lock()) {
    held_ = std::move(held);
    return;
  }
  auto held = std::make_shared<Held>();
  held->fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (held->fd < 0)
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path_.string(), std::strerror(errno)},
         at_file(path_.string()));
  int rc;
  do rc = ::flock(held->fd, LOCK_EX | (wait ? 0 : LOCK_NB));
  while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    if (errno == EWOULDBLOCK) return;
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path_.string(), std::strerror(errno)},
         at_file(path_.string()));
  }
  registry()[key] = held;
  held_ = std::move(held);
}

DirLock::~DirLock() {
  std::lock_guard guard(registry_mutex);
  held_.reset();
}

}  // namespace baocao::cycle
