// Test helpers: run a command and capture its output; a fresh temp directory.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>

namespace baocao::test {

struct Result {
  int status = -1;  // exit status, or -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh; captures stdout and stderr.
Result run(const std::string& command);

// Quotes `s` for /bin/sh.
std::string sh_quote(const std::string& s);

// A new empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& bytes);

// A file as a later run must leave it when nothing changed: same bytes, not
// rewritten (mtime), not replaced (inode).
struct Seen {
  std::string bytes;
  long long mtime_ns = 0;
  ino_t inode = 0;
  bool operator==(const Seen&) const = default;
};
// Every regular file under `root`, by path relative to it.
std::map<std::string, Seen> snapshot(const std::filesystem::path& root);

// Paths of the build, set by tests/CMakeLists.txt.
inline std::string baocao_exe() {
  return BAOCAO_EXE;
}
inline std::filesystem::path source_dir() {
  return BAOCAO_SOURCE_DIR;
}

}  // namespace baocao::test
