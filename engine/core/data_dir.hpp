// Where baocao's shipped data is: templates/, fonts/ (the font manifest),
// mappings/, data/ (the administrative units), samples/. Found once per
// process, by the first of these rules that gives a directory holding
// fonts/manifest.json:
//  1. beside the program: the install layout's data directory relative to the
//     executable (/usr/bin/baocao -> /usr/share/baocao), so an installed tree
//     works wherever its prefix is, even copied elsewhere;
//  2. the environment variable BAOCAO_DATA_DIR;
//  3. the source tree the program was built from (developers' build trees).
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace baocao {

enum class DataDirRule { beside_program, environment, build_tree };

struct DataDir {
  std::filesystem::path path;
  DataDirRule rule;
};

// The directories the rules give, in order (the first rule's is absent
// when the executable's path is unknown).
std::vector<DataDir> data_dir_candidates();

// The first candidate holding fonts/manifest.json, if any.
const std::optional<DataDir>& find_data_dir();

// The data directory; Error(input) naming the places tried when there is none.
const std::filesystem::path& data_dir();

// Where templates are found by name (a plan's `mau`, the report's template,
// an include): the office's own directory given to set_templates_dir(), if
// any, then the shipped data_dir() / "templates", so an office copies and
// changes only the templates it words differently.
std::vector<std::filesystem::path> template_dirs();
// Set by the command line (--templates, or `templates` in the configuration
// file) before any work starts; an empty path restores the default.
void set_templates_dir(std::filesystem::path dir);

}  // namespace baocao
