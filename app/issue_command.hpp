// `baocao issue`: the văn thư's issuance of an electronic document.
#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao issue IN.pdf --number 125 [--date 2025-12-11] --seal con-dau.png <signer options> --out OUT.pdf`
// `baocao issue PHU-LUC.pdf --attachment --number 125 --symbol BC-UBND <signer options> --out OUT.pdf`
// `baocao issue BAN-SAO.pdf --copy sao-y [--copy-body TEXT] <signer options> --out OUT.pdf`
std::unique_ptr<Command> make_issue_command();

}  // namespace baocao::app
