#include "app/dir_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>

#include "engine/core/diagnostic.hpp"

namespace baocao::app {

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

fs::path DirLock::lock_path(const fs::path& dir) {
  return dir / ".baocao-schedule.lock";
}

std::unique_ptr<DirLock> DirLock::acquire(const fs::path& dir, bool wait) {
  const fs::path path = lock_path(dir);
  std::error_code ec;
  fs::path key = fs::weakly_canonical(fs::absolute(path), ec);
  if (ec) key = fs::absolute(path).lexically_normal();
  std::lock_guard guard(registry_mutex);
  if (auto held = registry()[key].lock()) return std::unique_ptr<DirLock>(new DirLock(held));
  auto held = std::make_shared<Held>();
  held->fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (held->fd < 0)
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path.string(), std::strerror(errno)});
  int rc;
  do rc = ::flock(held->fd, LOCK_EX | (wait ? 0 : LOCK_NB));
  while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    if (errno == EWOULDBLOCK) return nullptr;
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path.string(), std::strerror(errno)});
  }
  registry()[key] = held;
  return std::unique_ptr<DirLock>(new DirLock(held));
}

DirLock::~DirLock() {
  std::lock_guard guard(registry_mutex);
  held_.reset();
}

}  // namespace baocao::app
