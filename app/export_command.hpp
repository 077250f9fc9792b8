// `baocao export --month YYYY-MM --out DIR [--db PATH | --pg URI]`: every
// submission imported in the month, with its values, as
// DIR/so-lieu-YYYY-MM.xlsx and DIR/so-lieu-YYYY-MM.csv, for the level above
// to sort and re-use.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_export_command();

}  // namespace baocao::app
