// JSON values as a template sees them, shared by the readers of JSON inputs
// (`render --data`, `run --vars`): objects become maps, arrays lists,
// numbers numbers, strings text through the NFC gate, null none.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <filesystem>

#include "engine/template/value.hpp"

namespace baocao::json {

// Keys and strings pass the gate (a "\u0000" escape is seen only once
// decoded): Error(input) without a file, for the caller to name.
tmpl::Value json_value(const Poco::Dynamic::Var& v);

// The template variables of a JSON object file (`run --vars`), e.g.
// {"ke_hoach_can_cu": "Kế hoạch số ...", "theo_don_vi": {"13285": {...}}}.
// Error(input, run_vars_invalid) naming the file when it is not a JSON
// object; the gate's errors name it too.
tmpl::Map read_vars_json(const std::filesystem::path& path);

}  // namespace baocao::json
