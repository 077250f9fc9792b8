// `baocao serve`: the web portal (server/portal.hpp) until SIGTERM or SIGINT.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_serve_command();

}  // namespace baocao::app
