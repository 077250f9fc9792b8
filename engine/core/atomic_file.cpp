#include "engine/core/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <random>
#include <string>

#include "engine/core/diagnostic.hpp"

namespace baocao {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void write_error(const fs::path& p, int err) {
  fail(ErrorFamily::output, MsgId::file_write_failed, {p.string(), std::strerror(err)});
}

fs::path temp_name_for(const fs::path& target) {
  // Unique per process and call; the leading dot keeps it out of listings.
  std::random_device rd;
  // Appended piece by piece: GCC 12 at -O3 sees a false overlap
  // (-Wrestrict) in a chain of operator+ on temporaries.
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp-";
  name += std::to_string(::getpid());
  name += '-';
  name += std::to_string(rd());
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return dir / name;
}

void fsync_path(const fs::path& p, int flags) {
  int fd = ::open(p.c_str(), flags | O_CLOEXEC);
  if (fd < 0) write_error(p, errno);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  if (rc != 0 && err != EINVAL) write_error(p, err);  // EINVAL: fs without dir fsync
}

void rename_durably(const fs::path& from, const fs::path& to) {
  fsync_path(from, O_RDONLY);
  if (::rename(from.c_str(), to.c_str()) != 0) {
    int err = errno;
    ::unlink(from.c_str());
    write_error(to, err);
  }
  fsync_path(to.has_parent_path() ? to.parent_path() : fs::path("."), O_RDONLY | O_DIRECTORY);
}

// The PID in `.NAME.tmp-PID-N`, or 0 when `name` is not such a temporary.
pid_t temporary_owner(const std::string& name) {
  if (name.size() < 2 || name[0] != '.') return 0;
  auto tmp = name.rfind(".tmp-");
  if (tmp == std::string::npos || tmp == 0) return 0;
  const char* p = name.data() + tmp + 5;
  const char* end = name.data() + name.size();
  long long pid = 0;
  auto [after_pid, ec] = std::from_chars(p, end, pid);
  if (ec != std::errc() || after_pid == p || after_pid == end || *after_pid != '-' || pid <= 0) return 0;
  unsigned long long n = 0;
  auto [after_n, ec2] = std::from_chars(after_pid + 1, end, n);
  if (ec2 != std::errc() || after_n != end || after_n == after_pid + 1) return 0;
  return static_cast<pid_t>(pid);
}

}  // namespace

std::size_t remove_stale_temporaries(const fs::path& root) {
  std::size_t removed = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    pid_t pid = temporary_owner(it->path().filename().string());
    // ESRCH: no such process. EPERM means it exists (another user's): keep it.
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code gone;
      if (fs::remove(it->path(), gone)) ++removed;
    }
  }
  return removed;
}

void write_file_atomic(const fs::path& target, std::string_view bytes) {
  PendingFile pending(target);
  int fd = ::open(pending.temp_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) write_error(target, errno);
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      write_error(target, err);
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) write_error(target, errno);
  pending.commit();
}

PendingFile::PendingFile(fs::path target) : target_(std::move(target)), temp_(temp_name_for(target_)) {}

PendingFile::~PendingFile() {
  if (!committed_) ::unlink(temp_.c_str());
}

void PendingFile::commit() {
  rename_durably(temp_, target_);
  committed_ = true;
}

}  // namespace baocao
