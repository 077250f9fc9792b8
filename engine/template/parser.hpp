// Template text → AST. The grammar is documented in templates/GRAMMAR.md.
// Every line is one node: a {% statement %}, a heading (#), a list item (-),
// a table row (|), a directive (@), a blank line or a paragraph line.
#pragma once

#include <memory>

#include "engine/template/ast.hpp"
#include "engine/template/limits.hpp"

namespace baocao::tmpl {

// Splits `text` (UTF-8, NFC) into lines for a SourceFile named `name`.
std::shared_ptr<const SourceFile> make_source(std::string name, std::string_view text);

// Parses a whole template. Collects the problems of every line and throws
// them together as Error(template_).
Template parse_template(std::shared_ptr<const SourceFile> source, const Limits& limits);

}  // namespace baocao::tmpl
