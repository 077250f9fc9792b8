// A private temporary file holding given bytes, removed when it goes out of
// scope. C libraries that take only file names (libharu loads fonts by name
// and reads them again on save) get their input through one of these.
#pragma once

#include <filesystem>
#include <string>

#include "engine/core/messages.hpp"

namespace baocao {

class TempFile {
 public:
  // `stem` names the file in the temp directory ("baocao-font"); a failure
  // to create or write it is an output error with `failure` as its message.
  TempFile(const std::string& bytes, const std::string& stem, MsgId failure);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace baocao
