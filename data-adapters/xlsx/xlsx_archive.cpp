// Defensive ZIP access for XLSX (see xlsx_archive.hpp). Poco::Zip parses the
// headers and inflates; everything that decides whether to trust the file
// is here: the file's first bytes, the end-of-directory record (entry count
// before Poco lists anything), entry names, and a guard stream that counts
// what is really inflated and looks for DTDs.
#include "data-adapters/xlsx/xlsx_archive.hpp"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <streambuf>

#include "engine/core/diagnostic.hpp"

namespace baocao::xlsx {

struct Archive::Impl {
  std::ifstream file;
  std::unique_ptr<Poco::Zip::ZipArchive> zip;
  std::uint64_t total_inflated = 0;
};

namespace {

[[noreturn]] void refuse(const std::string& file, MsgId id, std::vector<std::string> args = {}) {
  fail(ErrorFamily::input, id, std::move(args), at_file(file));
}

std::uint32_t le16(const unsigned char* p) {
  return p[0] | (p[1] << 8);
}

// The end-of-central-directory record holds the entry count; reading it
// first lets a million-entry archive be refused before anything is listed,
// and a truncated file (no record at the end) be named as such.
std::uint64_t entry_count(std::ifstream& in, std::uint64_t size, const std::string& file) {
  std::uint64_t tail = std::min<std::uint64_t>(size, 22 + 65535);
  std::string buf(tail, '\0');
  in.seekg(static_cast<std::streamoff>(size - tail));
  in.read(buf.data(), static_cast<std::streamsize>(tail));
  for (std::size_t i = tail >= 22 ? tail - 22 + 1 : 0; i-- > 0;) {
    if (buf.compare(i, 4, "PK\x05\x06") == 0) {
      auto* p = reinterpret_cast<const unsigned char*>(buf.data() + i);
      return le16(p + 10);
    }
  }
  refuse(file, MsgId::xlsx_damaged, {"end of ZIP directory not found"});
}

bool escapes_archive(const std::string& name) {
  if (name.empty()) return false;
  if (name.front() == '/' || name.front() == '\\') return true;
  if (name.size() > 1 && name[1] == ':') return true;  // C:...
  std::string n = name;
  std::replace(n.begin(), n.end(), '\\', '/');
  std::size_t start = 0;
  while (start <= n.size()) {
    std::size_t end = n.find('/', start);
    if (end == std::string::npos) end = n.size();
    if (n.compare(start, end - start, "..") == 0 && end - start == 2) return true;
    start = end + 1;
  }
  return false;
}

// "<!DOCTYPE" or "<!ENTITY" in `w`. Searched from the '!', which is rare in
// XML, not the '<', which in a sheet comes every few bytes: searching for
// the whole words stopped at each '<' and was 6 % of a large import.
bool declares_dtd(std::string_view w) {
  for (std::size_t i = w.find('!'); i != std::string_view::npos; i = w.find('!', i + 1)) {
    if (i == 0 || w[i - 1] != '<') continue;
    std::string_view rest = w.substr(i + 1);
    if (rest.starts_with("DOCTYPE") || rest.starts_with("ENTITY")) return true;
  }
  return false;
}

// Counts inflated bytes of one part against the limits and refuses DTDs.
// Exceptions leave through std::istream::read (badbit is in exceptions()),
// that is through Poco's read loop, never through an expat callback.
class GuardBuf : public std::streambuf {
 public:
  GuardBuf(std::istream& inflated, std::ifstream& raw, std::streamoff data_start, const std::string& file,
           const std::string& part, const Limits& limits, std::uint64_t& total, const bool* stop)
      : in_(inflated),
        raw_(raw),
        start_(data_start),
        file_(file),
        part_(part),
        limits_(limits),
        total_(total),
        stop_(stop) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (stop_ && *stop_) throw StopRequested{};
    // Keep the last bytes of the previous chunk so "<!DOCTYPE" split across
    // two chunks is still seen.
    std::size_t keep = std::min<std::size_t>(tail_, kOverlap);
    std::memmove(buf_.data(), buf_.data() + tail_ - keep, keep);
    in_.read(buf_.data() + keep, kChunk);
    std::size_t got = static_cast<std::size_t>(in_.gcount());
    if (got == 0) {
      if (in_.bad()) refuse(file_, MsgId::xlsx_damaged, {part_});
      return traits_type::eof();
    }
    part_bytes_ += got;
    total_ += got;
    if (total_ > limits_.max_total_bytes)
      refuse(file_, MsgId::xlsx_too_large, {std::to_string(limits_.max_total_bytes)});
    if (part_bytes_ > limits_.ratio_grace_bytes) {
      // Compressed bytes actually consumed so far (Poco reads them from
      // `raw_`); unknown position means no check rather than a false alarm.
      std::streamoff pos = raw_.tellg();
      if (pos > start_ && part_bytes_ / static_cast<std::uint64_t>(pos - start_) > limits_.max_ratio)
        refuse(file_, MsgId::xlsx_ratio_too_high, {part_, std::to_string(limits_.max_ratio)});
    }
    if (declares_dtd(std::string_view(buf_.data(), keep + got)))
      refuse(file_, MsgId::xlsx_dtd_refused, {part_});
    tail_ = keep + got;
    setg(buf_.data() + keep, buf_.data() + keep, buf_.data() + keep + got);
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  static constexpr std::size_t kOverlap = 16;
  std::istream& in_;
  std::ifstream& raw_;
  std::streamoff start_;
  const std::string& file_;
  std::string part_;
  const Limits& limits_;
  std::uint64_t& total_;
  const bool* stop_;
  std::uint64_t part_bytes_ = 0;
  std::size_t tail_ = 0;
  std::array<char, kChunk + kOverlap> buf_{};
};

// Owns the Poco inflating stream and the guard in front of it.
class GuardedPart : public std::istream {
 public:
  GuardedPart(std::ifstream& raw, const Poco::Zip::ZipLocalFileHeader& header, const std::string& file,
              const std::string& part, const Limits& limits, std::uint64_t& total, const bool* stop)
      : std::istream(nullptr),
        zip_(raw, header, true),
        guard_(zip_, raw, header.getDataStartPos(), file, part, limits, total, stop) {
    rdbuf(&guard_);
    exceptions(std::ios::badbit);
  }

 private:
  Poco::Zip::ZipInputStream zip_;
  GuardBuf guard_;
};

}  // namespace

Archive::Archive(const std::string& path, const Limits& limits)
    : file_(path), limits_(limits), impl_(std::make_unique<Impl>()) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) refuse(path, MsgId::file_not_found, {path});
  auto size = std::filesystem::file_size(path, ec);
  if (ec) refuse(path, MsgId::file_read_failed, {path, ec.message()});
  if (size == 0) refuse(path, MsgId::xlsx_empty_file);
  impl_->file.open(path, std::ios::binary);
  if (!impl_->file) refuse(path, MsgId::file_read_failed, {path, std::strerror(errno)});
  char magic[5] = {};
  impl_->file.read(magic, 4);
  if (std::string_view(magic, 4) == "%PDF") refuse(path, MsgId::xlsx_is_pdf);
  if (std::string_view(magic, 2) != "PK") refuse(path, MsgId::xlsx_not_zip);

  std::uint64_t entries = entry_count(impl_->file, size, path);
  if (entries > limits.max_entries)
    refuse(path, MsgId::xlsx_too_many_entries, {std::to_string(entries), std::to_string(limits.max_entries)});
  impl_->file.clear();
  impl_->file.seekg(0);
  try {
    impl_->zip = std::make_unique<Poco::Zip::ZipArchive>(impl_->file);
  } catch (const Poco::Exception& e) {
    refuse(path, MsgId::xlsx_damaged, {e.displayText()});
  } catch (const std::exception& e) {
    refuse(path, MsgId::xlsx_damaged, {e.what()});
  }
  std::uint64_t listed = 0;
  for (auto it = impl_->zip->headerBegin(); it != impl_->zip->headerEnd(); ++it) {
    if (escapes_archive(it->first)) refuse(path, MsgId::xlsx_path_traversal, {it->first});
    // Declared sizes refuse an honest bomb before a byte is inflated; the
    // guard stream still counts, for archives whose headers lie.
    std::uint64_t declared = it->second.getUncompressedSize(), packed = it->second.getCompressedSize();
    if (declared > limits.max_total_bytes)
      refuse(path, MsgId::xlsx_too_large, {std::to_string(limits.max_total_bytes)});
    if (declared > limits.ratio_grace_bytes &&
        declared / std::max<std::uint64_t>(packed, 1) > limits.max_ratio)
      refuse(path, MsgId::xlsx_ratio_too_high, {it->first, std::to_string(limits.max_ratio)});
    ++listed;
  }
  if (listed > limits.max_entries)
    refuse(path, MsgId::xlsx_too_many_entries, {std::to_string(listed), std::to_string(limits.max_entries)});
}

Archive::~Archive() = default;

bool Archive::has(const std::string& part) const {
  return impl_->zip->findHeader(part) != impl_->zip->headerEnd();
}

std::vector<std::string> Archive::parts() const {
  std::vector<std::string> out;
  for (auto it = impl_->zip->headerBegin(); it != impl_->zip->headerEnd(); ++it) out.push_back(it->first);
  return out;
}

std::unique_ptr<std::istream> Archive::open_part(const std::string& part, const bool* stop) {
  auto it = impl_->zip->findHeader(part);
  if (it == impl_->zip->headerEnd()) refuse(file_, MsgId::xlsx_missing_part, {part});
  impl_->file.clear();
  try {
    return std::make_unique<GuardedPart>(impl_->file, it->second, file_, part, limits_, impl_->total_inflated,
                                         stop);
  } catch (const Poco::Exception& e) {
    refuse(file_, MsgId::xlsx_damaged, {part + ": " + e.displayText()});
  }
}

}  // namespace baocao::xlsx
