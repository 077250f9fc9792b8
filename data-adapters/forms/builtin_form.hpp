// Forms made by `baocao form` carry a hidden sheet naming the form and its
// version; for them `baocao import` needs no mapping file: the mapping is
// built from that sheet and the layout contract (engine/model/
// collection_form.hpp).
#pragma once

#include <optional>

#include "data-adapters/forms/mapping.hpp"
#include "data-adapters/xlsx/xlsx_reader.hpp"

namespace baocao::forms {

// The built-in mapping of `book` when it is a `baocao form` form; nullopt
// for any other workbook. Throws Error(data) naming the file when the hidden
// sheet names a form or version this build does not know.
std::optional<Mapping> builtin_form_mapping(const xlsx::Workbook& book);

}  // namespace baocao::forms
