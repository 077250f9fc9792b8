// What the portal's uploads ask of engine/cycle's import job: the file is
// named by the clerk's own file name (never the server's temporary copy),
// and bounded more tightly than the command line's imports (one unit's
// form, or a list, is far below them).
#pragma once

#include <filesystem>
#include <string>

#include "engine/cycle/import.hpp"

namespace baocao::server {

cycle::ImportOptions upload_import(const std::filesystem::path& file, const std::string& name);

}  // namespace baocao::server
