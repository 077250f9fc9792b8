// The document tree as JSON: a stable, human-diffable text form (pandoc's
// native AST) for golden tests and `baocao render --out X.json`. Keys in a
// fixed order, two-space indent, numbers in the shortest exact form, so the
// same tree always gives the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "engine/document/document.hpp"

namespace baocao::doc {

std::string to_json(const Document& d);

// `s` as a JSON string literal (quotes, escapes) appended to `out`; shared
// with the other hand-written JSON of the engine (layout/page_json).
void append_json_string(std::string& out, std::string_view s);

}  // namespace baocao::doc
