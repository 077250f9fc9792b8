// `baocao form --level LEVEL --period YYYY --out FILE.xlsx [--db PATH | --pg
// URI] [--units FILE.csv] [--scope CODE] [--password P]`: the form the units
// of a level fill for a period, read back by `baocao import` without a
// mapping file.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

std::unique_ptr<Command> make_form_command();

}  // namespace baocao::app
