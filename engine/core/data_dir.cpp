// See data_dir.hpp. The two paths below come from the build
// (engine/core/CMakeLists.txt): BAOCAO_DATA_FROM_BINDIR is the data directory
// relative to the directory the program is installed in ("../share/baocao"
// for the usual GNU layout), BAOCAO_BUILD_TREE_DATA_DIR the source tree.
#include "engine/core/data_dir.hpp"

#include <cstdlib>
#include <string>
#include <system_error>

#include "engine/core/diagnostic.hpp"

namespace baocao {

namespace fs = std::filesystem;

namespace {

fs::path& templates_override() {
  static fs::path dir;
  return dir;
}

bool holds_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "fonts" / "manifest.json", ec);
}

}  // namespace

std::vector<DataDir> data_dir_candidates() {
  std::vector<DataDir> out;
  std::error_code ec;
  // The executable itself, symlinks resolved: a link /usr/local/bin/baocao ->
  // /opt/baocao/bin/baocao finds /opt/baocao/share/baocao.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && exe.is_absolute())
    out.push_back(
        {(exe.parent_path() / BAOCAO_DATA_FROM_BINDIR).lexically_normal(), DataDirRule::beside_program});
  if (const char* env = std::getenv("BAOCAO_DATA_DIR"); env && *env)
    out.push_back({fs::path(env), DataDirRule::environment});
  out.push_back({fs::path(BAOCAO_BUILD_TREE_DATA_DIR), DataDirRule::build_tree});
  return out;
}

const std::optional<DataDir>& find_data_dir() {
  static const std::optional<DataDir> found = [] {
    std::optional<DataDir> first;
    for (DataDir& c : data_dir_candidates())
      if (holds_data(c.path)) {
        first = std::move(c);
        break;
      }
    return first;
  }();
  return found;
}

const fs::path& data_dir() {
  const std::optional<DataDir>& found = find_data_dir();
  if (!found) {
    std::string tried;
    for (const DataDir& c : data_dir_candidates()) tried += (tried.empty() ? "" : ", ") + c.path.string();
    fail(ErrorFamily::input, MsgId::data_dir_not_found, {tried});
  }
  return found->path;
}

std::vector<fs::path> template_dirs() {
  std::vector<fs::path> dirs;
  if (!templates_override().empty()) dirs.push_back(templates_override());
  dirs.push_back(data_dir() / "templates");
  return dirs;
}

void set_templates_dir(fs::path dir) {
  templates_override() = std::move(dir);
}

}  // namespace baocao
