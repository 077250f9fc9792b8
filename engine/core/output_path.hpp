// Names from outside that become parts of output paths (unit codes, plan
// deadline ids, template names), and the one function that builds the paths
// of outputs. A code is checked where it enters (units lists, plans) against
// one character set; output_path() checks again, after resolving symlinks,
// that what it builds stays inside the output directory, so a code in an
// older store or a link planted inside the directory cannot lead a write
// outside it.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

namespace baocao {

// Longest code or id: GSO codes have 2 to 5 digits, plan ids are a few words.
inline constexpr std::size_t kMaxCodeLength = 64;

// True when `s` may be a unit code, deadline id or template name: 1 to 64
// ASCII letters, digits, '-', '_' or '.', the first a letter or a digit (so
// never "", ".", "..", a hidden file or a path with '/').
bool is_safe_code(std::string_view s);

// `root` / parts..., lexically. Each part must be one path component (not
// empty, ".", "..", no '/' or NUL), and the result, with every symlink of its
// existing prefix resolved, must lie inside `root` resolved the same way.
// Throws Error(output, path_outside_root) naming the path otherwise.
std::filesystem::path output_path(const std::filesystem::path& root,
                                  std::initializer_list<std::string_view> parts);

// Makes `dir` (and its parents) ready for outputs. A path that is a file, a
// device (/dev/null), a dangling link or a directory that cannot be written
// is Error(output, out_dir_unusable) naming it and the reason (exit 7).
void prepare_output_dir(const std::filesystem::path& dir);

}  // namespace baocao
