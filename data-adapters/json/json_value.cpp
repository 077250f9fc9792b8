#include "data-adapters/json/json_value.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::json {

tmpl::Value json_value(const Poco::Dynamic::Var& v) {
  if (v.isEmpty()) return tmpl::Value::none();
  if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
    tmpl::Map m;
    for (const auto& [k, x] : *v.extract<Poco::JSON::Object::Ptr>()) m[text::to_nfc(k)] = json_value(x);
    return tmpl::Value::of(std::move(m));
  }
  if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
    tmpl::List l;
    for (const auto& x : *v.extract<Poco::JSON::Array::Ptr>()) l.push_back(json_value(x));
    return tmpl::Value::of(std::move(l));
  }
  if (v.type() == typeid(bool)) return tmpl::Value::of(v.extract<bool>());
  if (v.isNumeric()) return tmpl::Value::of(v.convert<double>());
  return tmpl::Value::of(text::to_nfc(v.toString()));
}

tmpl::Map read_vars_json(const std::filesystem::path& path) {
  tmpl::Map out;
  try {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path.string()}, at_file(path.string()));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    Poco::JSON::Parser parser;
    auto root = parser.parse(text::gate_file_text(bytes.str(), path.string()));
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) throw Poco::Exception("{ ... }");
    for (const auto& [k, v] : *root.extract<Poco::JSON::Object::Ptr>()) out[text::to_nfc(k)] = json_value(v);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::run_vars_invalid, {path.string(), e.displayText()},
         at_file(path.string()));
  } catch (const Error& e) {
    rethrow_in_file(e, path.string());
  }
  return out;
}

}  // namespace baocao::json
