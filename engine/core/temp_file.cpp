// See temp_file.hpp.
#include "engine/core/temp_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {

TempFile::TempFile(const std::string& bytes, const std::string& stem, MsgId failure) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::string pattern = (dir / (stem + "-XXXXXX")).string();
  // A file with no name at all (O_TMPFILE): a process killed at any point
  // leaves nothing behind. File systems without O_TMPFILE get a named file
  // unlinked at once; only the open descriptor holds it from then on.
  fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
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
