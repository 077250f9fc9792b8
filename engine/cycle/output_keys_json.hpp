// An output's key as the manifest writes it (JSON), and read back.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <string_view>

#include "engine/cycle/output_keys.hpp"

namespace baocao::cycle {

// Appends `text` as a JSON string (UTF-8 kept, quotes, backslashes and
// control characters escaped).
void json_string(std::string& out, std::string_view text);
// Appends `key` as one line of JSON, keys in byte order.
void key_json(std::string& out, const OutputKey& key);
// Empty on anything unexpected: the output is then produced.
std::optional<OutputKey> key_from_json(const Poco::JSON::Object::Ptr& json);

}  // namespace baocao::cycle
