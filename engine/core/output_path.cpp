// See output_path.hpp.
#include "engine/core/output_path.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine/core/diagnostic.hpp"

namespace baocao {

namespace fs = std::filesystem;

namespace {

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool one_component(std::string_view part) {
  return !part.empty() && part != "." && part != ".." && part.find('/') == std::string_view::npos &&
         part.find('\0') == std::string_view::npos;
}

// `p` with every symlink of its existing prefix resolved, made absolute.
fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return ec ? fs::absolute(p).lexically_normal() : r;
}

bool inside(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), c = p.begin();
  for (; r != root.end(); ++r, ++c) {
    if (r->empty() && std::next(r) == root.end()) break;  // a trailing '/' of the root
    if (c == p.end() || *r != *c) return false;
  }
  return true;
}

}  // namespace

bool is_safe_code(std::string_view s) {
  if (s.empty() || s.size() > kMaxCodeLength || !ascii_alnum(s.front())) return false;
  for (char c : s)
    if (!ascii_alnum(c) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

fs::path output_path(const fs::path& root, std::initializer_list<std::string_view> parts) {
  fs::path out = root;
  bool ok = true;
  for (std::string_view part : parts) {
    ok = ok && one_component(part);
    out /= fs::path(std::string(part));
  }
  if (ok) ok = inside(resolved(root), resolved(out));
  if (!ok) fail(ErrorFamily::output, MsgId::path_outside_root, {out.string(), root.string()});
  return out;
}

void prepare_output_dir(const fs::path& dir) {
  const std::string shown = dir.string();
  if (dir.empty()) fail(ErrorFamily::output, MsgId::out_dir_not_directory, {shown});
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(dir, ec);
  const fs::file_status target = fs::status(dir, ec);
  if (fs::is_symlink(link) && !fs::exists(target))
    fail(ErrorFamily::output, MsgId::out_dir_dangling_link, {shown});
  if (fs::exists(target) && !fs::is_directory(target))
    fail(ErrorFamily::output, MsgId::out_dir_not_directory, {shown});
  if (!fs::exists(target)) {
    fs::create_directories(dir, ec);
    if (ec) {
      // A parent that is a file or a dangling link says why better than errno.
      for (fs::path p = dir.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
        std::error_code e2;
        fs::file_status s = fs::status(p, e2);
        if (fs::is_symlink(fs::symlink_status(p, e2)) && !fs::exists(s))
          fail(ErrorFamily::output, MsgId::out_dir_dangling_link, {p.string()});
        if (fs::exists(s) && !fs::is_directory(s))
          fail(ErrorFamily::output, MsgId::out_dir_not_directory, {p.string()});
        if (fs::exists(s)) break;
      }
      if (ec == std::errc::permission_denied || ec == std::errc::read_only_file_system)
        fail(ErrorFamily::output, MsgId::out_dir_not_writable, {shown});
      fail(ErrorFamily::output, MsgId::out_dir_failed, {shown, ec.message()});
    }
  }
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    if (errno == EACCES || errno == EROFS || errno == EPERM)
      fail(ErrorFamily::output, MsgId::out_dir_not_writable, {shown});
    fail(ErrorFamily::output, MsgId::out_dir_failed, {shown, std::strerror(errno)});
  }
}

}  // namespace baocao
