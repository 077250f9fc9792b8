#include "engine/cycle/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine/core/diagnostic.hpp"

namespace baocao::cycle {

DirLock::DirLock(const std::filesystem::path& dir, bool wait) : path_(dir / ".baocao-schedule.lock") {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path_.string(), std::strerror(errno)},
         at_file(path_.string()));
  int rc;
  do rc = ::flock(fd_, LOCK_EX | (wait ? 0 : LOCK_NB));
  while (rc != 0 && errno == EINTR);
  if (rc == 0) {
    held_ = true;
    return;
  }
  if (errno != EWOULDBLOCK) {
    const int e = errno;
    ::close(fd_);
    fd_ = -1;
    fail(ErrorFamily::output, MsgId::schedule_lock_failed, {path_.string(), std::strerror(e)}, at_file(path_.string()));
  }
}

DirLock::~DirLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace baocao::cycle
