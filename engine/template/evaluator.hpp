// Evaluates a template against the figures and variables and returns the
// document tree. Includes are read only from inside the template's folder
// (the root); nothing can run a program or read any other file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/template/limits.hpp"
#include "engine/template/template_data.hpp"
#include "engine/template/value.hpp"

namespace baocao::tmpl {

// Renders the template file `path`; its folder is the root includes resolve
// against, then `include_dirs` in order (an office's template directory
// before the shipped one). `variables` are the template's starting
// variables (data file's "bien", --set); don_vi and chi_so come from `data`.
// A file an {% include %} read: the name as written and the file it
// resolved to (canonical). Whoever caches documents needs to know which
// files a rendering read (engine/cycle's incremental runs).
struct IncludeRead {
  std::string name;
  std::filesystem::path file;
};

doc::Document render_file(const std::filesystem::path& path, const TemplateData& data, const Map& variables,
                          const Limits& limits = {}, const std::vector<std::filesystem::path>& include_dirs = {},
                          std::vector<IncludeRead>* includes = nullptr);

// Renders template text (tests, fuzzing); includes resolve against `root`, then `include_dirs`.
doc::Document render_text(std::string name, std::string_view text, const std::filesystem::path& root,
                          const TemplateData& data, const Map& variables, const Limits& limits = {},
                          const std::vector<std::filesystem::path>& include_dirs = {},
                          std::vector<IncludeRead>* includes = nullptr);

}  // namespace baocao::tmpl
