// A private temporary file holding given bytes, gone when it goes out of
// scope. C libraries that take only file names (libharu loads fonts by name
// and reads them again on save) get their input through one of these.
// The file has no name (in memory where the kernel allows, else unlinked as
// soon as it is made) and is reached through /proc/self/fd/N, so even a
// process killed with SIGKILL leaves nothing in the temp directory (killed
// runs must not accumulate files).
#pragma once

#include <filesystem>
#include <string>

#include "engine/core/messages.hpp"

namespace baocao {

class TempFile {
 public:
  // `stem` names the file in the temp directory ("baocao-font") while it is
  // written; a failure to create or write it is an output error with
  // `failure` as its message.
  TempFile(const std::string& bytes, const std::string& stem, MsgId failure);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  // A name that opens the file for as long as this object lives.
  const std::filesystem::path& path() const { return path_; }

 private:
  int fd_ = -1;
  std::filesystem::path path_;
};

}  // namespace baocao
