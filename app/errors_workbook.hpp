// `--errors-out FILE.xlsx`: the problems found, one per row (file, sheet,
// cell or row, problem), for the clerk to send back to the unit.
#pragma once

#include <filesystem>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao::app {

// Written atomically; throws Error(output) on failure.
void write_errors_workbook(const std::filesystem::path& target, const std::vector<Diagnostic>& problems,
                           Lang lang);

}  // namespace baocao::app
