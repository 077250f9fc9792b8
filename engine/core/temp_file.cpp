// See temp_file.hpp.
#include "engine/core/temp_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {

TempFile::TempFile(const std::string& bytes, const std::string& stem, MsgId failure) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::string pattern = (dir / (stem + "-XXXXXX")).string();
  // A file with no name at all: a process killed at any point leaves nothing
  // behind. In memory first (memfd): a file system's new inode per file was a
  // tenth of a country's run (a font per face and document). Else on disk
  // (O_TMPFILE); else, where neither exists, a named file unlinked at once:
  // only the open descriptor holds it from then on.
  fd_ = ::memfd_create(stem.c_str(), MFD_CLOEXEC);
  if (fd_ < 0) fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd_ < 0) {
    fd_ = mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0) fail(ErrorFamily::output, failure, {"mkstemp " + pattern});
    ::unlink(pattern.c_str());
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  if (done != bytes.size()) {
    ::close(fd_);
    fail(ErrorFamily::output, failure, {"write " + pattern});
  }
  // Opening /proc/self/fd/N opens the file afresh (own offset), as a path would.
  path_ = "/proc/self/fd/" + std::to_string(fd_);
}

TempFile::~TempFile() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace baocao
