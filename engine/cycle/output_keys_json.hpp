// An output's key as the manifest writes it (JSON), and read back.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>

#include "engine/cycle/output_keys.hpp"

namespace baocao::cycle {

Poco::JSON::Object::Ptr key_json(const OutputKey& key);
// Empty on anything unexpected: the output is then produced.
std::optional<OutputKey> key_from_json(const Poco::JSON::Object::Ptr& json);

}  // namespace baocao::cycle
