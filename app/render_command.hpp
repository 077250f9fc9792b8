#pragma once

#include <memory>

#include "app/command.hpp"

namespace baocao::app {

// `baocao render TEMPLATE [--data FILE.json | --db PATH | --figures F.csv [--targets T.csv]]
//  [--set name=value]... --out OUT.pdf|.xlsx|.json` fills a template (engine/template)
// and writes the PDF, the XLSX tables or the document tree as JSON.
std::unique_ptr<Command> make_render_command();

}  // namespace baocao::app
