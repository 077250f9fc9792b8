// An output's key as the manifest writes it (JSON), and read back.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <vector>

#include <optional>
#include <string>
#include <string_view>

#include "engine/cycle/output_keys.hpp"

namespace baocao::cycle {

// Appends `text` as a JSON string (UTF-8 kept, quotes, backslashes and
// control characters escaped).
void json_string(std::string& out, std::string_view text);
// The parts of keys that many outputs share, each kept once: the manifest's
// "key_parts", a list of objects whose members a key names by their place
// ("part": N) instead of repeating them.
class KeyParts {
 public:
  // The place of an object with these members (JSON text without braces).
  std::size_t id(std::string members);
  // Appends the list.
  void json(std::string& out) const;

 private:
  std::map<std::string, std::size_t> ids_;
  std::vector<const std::string*> texts_;
};

// Appends `key` as one line of JSON, its shared parts put in `parts`.
void key_json(std::string& out, const OutputKey& key, KeyParts& parts);
// A key as key_json wrote it, with the manifest's key_parts (or a key that
// holds every member itself). Empty on anything unexpected: the output is
// then produced.
std::optional<OutputKey> key_from_json(const Poco::JSON::Object::Ptr& json, const Poco::JSON::Array::Ptr& parts);

}  // namespace baocao::cycle
