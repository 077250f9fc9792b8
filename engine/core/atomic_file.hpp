// Outputs are never half-written: bytes go to a temporary file in the target's
// directory, are fsync'ed, then renamed over the target (and the directory is
// fsync'ed), so a crash leaves either the old file or the new one.
#pragma once

#include <filesystem>
#include <string_view>

namespace baocao {

// Writes `bytes` to `target` atomically. Throws Error(output) on failure.
void write_file_atomic(const std::filesystem::path& target, std::string_view bytes);

// For C libraries that insist on writing a file by name (libxlsxwriter): the
// library writes temp_path(), then commit() makes it the target. A PendingFile
// destroyed without commit() removes its temporary file.
class PendingFile {
 public:
  explicit PendingFile(std::filesystem::path target);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Removes, under `root` (recursively), the temporary files that write_file_atomic
// and PendingFile name `.NAME.tmp-PID-N` and whose process PID is no longer
// running: what a process killed mid-write (SIGKILL, power cut) leaves
// behind. Files of live processes are left alone. Returns how many were
// removed; a directory that cannot be read is skipped.
std::size_t remove_stale_temporaries(const std::filesystem::path& root);

}  // namespace baocao
