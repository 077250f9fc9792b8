// See temp_file.hpp.
#include "engine/core/temp_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {

TempFile::TempFile(const std::string& bytes, const std::string& stem, MsgId failure) {
  std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) fail(ErrorFamily::output, failure, {"mkstemp " + pattern});
  path_ = pattern;
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (done != bytes.size()) {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
    fail(ErrorFamily::output, failure, {"write " + path_.string()});
  }
}

TempFile::~TempFile() {
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

}  // namespace baocao
