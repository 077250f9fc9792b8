// See temp_file.hpp.
#include "engine/core/temp_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {

TempFile::TempFile(const std::string& bytes, const std::string& stem, MsgId failure) {
  std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
  fd_ = mkstemp(pattern.data());
  if (fd_ < 0) fail(ErrorFamily::output, failure, {"mkstemp " + pattern});
  // Unlinked before anything can go wrong: from here on only the open
  // descriptor holds the file, and the kernel frees it with the process.
  ::unlink(pattern.c_str());
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
