#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao report FIGURES.csv --targets T.csv --info INFO.json --year YYYY --out DIR`
// writes DIR/bao-cao-YYYY.pdf and DIR/bao-cao-YYYY.xlsx.
std::unique_ptr<Command> make_report_command();

}  // namespace baocao::app
