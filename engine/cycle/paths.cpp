#include "engine/cycle/paths.hpp"

#include "engine/core/data_dir.hpp"
#include "engine/fonts/font_set.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

Paths Paths::shipped(const fs::path& fonts) {
  Paths p;
  p.templates = baocao::template_dirs();
  p.fonts = fonts.empty() ? fonts::FontSet::default_manifest() : fonts;
  return p;
}

fs::path Paths::find_template(const std::string& name) const {
  const std::string file = name.size() > 4 && name.compare(name.size() - 4, 4, ".tpl") == 0 ? name : name + ".tpl";
  std::error_code ec;
  for (const fs::path& dir : templates)
    if (fs::is_regular_file(dir / file, ec)) return dir / file;
  return {};
}

std::string Paths::template_dirs() const {
  std::string out;
  for (const fs::path& dir : templates) out += (out.empty() ? "" : ", ") + dir.string();
  return out;
}

}  // namespace baocao::cycle
