#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao text decode|words|date|sort|slug ...`: the text layer for clerks
// and scripts; every output is UTF-8 NFC.
std::unique_ptr<Command> make_text_command();

}  // namespace baocao::app
