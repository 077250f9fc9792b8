#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao import FILE... [--db PATH | --pg URI] [--period YYYY] [--mapping FILE]
// [--dry-run] [--errors-out FILE.xlsx]`: each file is checked in full and
// written in one transaction, or not at all.
std::unique_ptr<Command> make_import_command();

}  // namespace baocao::app
