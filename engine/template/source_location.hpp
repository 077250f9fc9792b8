// Turns a position in a template into a Location that quotes the line and
// puts a caret under the column (columns count characters, not bytes).
#pragma once

#include "engine/core/diagnostic.hpp"
#include "engine/template/ast.hpp"

namespace baocao::tmpl {

Location locate(const SourceFile& src, Pos pos);

[[noreturn]] void fail_at(const SourceFile& src, Pos pos, MsgId id, std::vector<std::string> args = {});

}  // namespace baocao::tmpl
