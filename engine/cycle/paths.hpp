// Where a cycle finds what it does not read from the store: the templates
// (an office's own directory first, then those shipped with the program)
// and the fonts' manifest.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::cycle {

struct Paths {
  std::vector<std::filesystem::path> templates;  // searched in order
  std::filesystem::path fonts;                   // fonts/manifest.json

  // The program's own: its templates and fonts (the manifest `fonts`
  // instead, when given).
  static Paths shipped(const std::filesystem::path& fonts = {});
  // The file of template `name` ("bao-cao-xa" or "bao-cao-xa.tpl") in the
  // first directory that has it; empty when none does.
  std::filesystem::path find_template(const std::string& name) const;
  // The directories, for messages: "a, b".
  std::string template_dirs() const;
};

}  // namespace baocao::cycle
