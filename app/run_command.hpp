// `baocao run --cycle YYYY`: every document of a reporting cycle (issue 9).
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_run_command();

}  // namespace baocao::app
