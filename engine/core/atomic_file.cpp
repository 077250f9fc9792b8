#include "engine/core/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
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
  std::string suffix = ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return dir / ("." + target.filename().string() + suffix);
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

}  // namespace

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
