// `baocao user add|list|disable|enable|reset`: the portal's accounts.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_user_command();

}  // namespace baocao::app
