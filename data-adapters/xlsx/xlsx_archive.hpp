// The ZIP container of an XLSX, opened defensively: the file is classified
// first (empty, PDF, not a ZIP) so the clerk gets a clear message, entry names
// are checked for path traversal, and every part is read through a stream
// that counts inflated bytes against xlsx::Limits and refuses any DTD.
#pragma once

#include <istream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data-adapters/xlsx/xlsx_limits.hpp"

namespace baocao::xlsx {

// Thrown out of a part's stream when the caller's `stop` flag is set; the
// caller catches it and reports its own limit.
struct StopRequested {};

class Archive {
 public:
  // Opens `path`; throws Error(input) naming the file when it is missing,
  // empty, not a ZIP, damaged, or has a suspicious entry.
  Archive(const std::string& path, const Limits& limits);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool has(const std::string& part) const;
  std::vector<std::string> parts() const;

  // Streams the inflated bytes of `part` to `consume` (a SAX parser).
  // The stream throws Error(input) when a limit is exceeded or a DTD shows
  // up, or when `*stop` becomes true (a caller-side limit such as the cell
  // count), so the parser stops without exceptions crossing expat.
  template <typename Consume>
  void read(const std::string& part, const bool* stop, Consume&& consume);

  // The guarded stream of `part` itself, for a reader that pulls bytes
  // (RowStream): it throws Error(input) out of read() on a limit or a DTD.
  std::unique_ptr<std::istream> open(const std::string& part) { return open_part(part, nullptr); }

  const std::string& file() const { return file_; }
  const Limits& limits() const { return limits_; }

  struct Impl;

 private:
  std::unique_ptr<std::istream> open_part(const std::string& part, const bool* stop);

  std::string file_;
  Limits limits_;
  std::unique_ptr<Impl> impl_;
};

template <typename Consume>
void Archive::read(const std::string& part, const bool* stop, Consume&& consume) {
  auto in = open_part(part, stop);
  consume(*in);
}

}  // namespace baocao::xlsx
