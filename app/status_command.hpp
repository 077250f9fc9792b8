#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao status --period YYYY [--deadline DATE] [--db PATH | --pg URI]`:
// who submitted, who is missing, who was late.
std::unique_ptr<Command> make_status_command();

}  // namespace baocao::app
