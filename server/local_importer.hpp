// The portal's import of uploaded files, built on the data adapters and the
// model's checks (what `baocao import` does for one file: the unit's own
// form, a CSV in the report layout or a sheet a shipped mapping reads), and
// of the reference lists an admin uploads. The cycle library's import job
// replaces it once the command line's import lives there.
#pragma once

#include <memory>

#include "server/figures_import.hpp"

namespace baocao::server {

std::unique_ptr<FigureImporter> make_local_importer();

}  // namespace baocao::server
