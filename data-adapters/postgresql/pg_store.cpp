// PostgreSQL: the same portable SQL as SQLite; a write transaction locks the
// submissions table against other writers (readers go on) so two imports
// cannot both supersede the same submission.
#include "data-adapters/postgresql/pg_store.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Exception.h>
#include <libpq-fe.h>

#include <memory>

#include "data-adapters/store/poco_store.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::store {

namespace {
void register_once() {
  static const bool done = [] {
    Poco::Data::PostgreSQL::Connector::registerConnector();
    return true;
  }();
  (void)done;
}
// Poco wants "key=value ..." while clerks and libpq use URIs: libpq itself
// parses either form, and its options are written back as key=value.
std::string to_keywords(const std::string& uri, const std::string& label) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(PQconninfoParse(uri.c_str(), &error),
                                                                    &PQconninfoFree);
  if (!opts) {
    std::string why = error ? error : "?";
    PQfreemem(error);
    fail(ErrorFamily::usage, MsgId::store_failed, {label, why});
  }
  std::string out;
  for (PQconninfoOption* o = opts.get(); o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    out += (out.empty() ? "" : " ") + std::string(o->keyword) + "=" + o->val;
  }
  return out;
}

}  // namespace

// Hand-written rather than std::regex: GCC 12 at -O1 with sanitizers warns
// (-Wmaybe-uninitialized) inside <regex> itself, and -Werror makes that fatal.
std::string redact_uri(const std::string& uri) {
  std::string out = uri;
  // postgresql://user:secret@host -> postgresql://user:***@host
  if (auto scheme = out.find("://"); scheme != std::string::npos) {
    auto at = out.find('@', scheme + 3);
    auto colon = out.find(':', scheme + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at &&
        out.find('/', scheme + 3) > colon)
      out.replace(colon + 1, at - colon - 1, "***");
  }
  // password = secret -> password = ***
  for (auto key = out.find("password"); key != std::string::npos; key = out.find("password", key + 1)) {
    auto eq = out.find_first_not_of(" \t", key + 8);
    if (eq == std::string::npos || out[eq] != '=') continue;
    auto value = out.find_first_not_of(" \t", eq + 1);
    if (value == std::string::npos) break;
    auto end = out.find_first_of(" \t", value);
    if (end == std::string::npos) end = out.size();
    out.replace(value, end - value, "***");
  }
  return out;
}

std::unique_ptr<Store> open_postgresql_store(const std::string& uri) {
  register_once();
  std::string label = redact_uri(uri);
  try {
    Poco::Data::Session session(Poco::Data::PostgreSQL::Connector::KEY, to_keywords(uri, label));
    using namespace Poco::Data::Keywords;
    session << "SET client_encoding TO 'UTF8'", now;
    session << "SET client_min_messages TO warning", now;
    Dialect d{"postgresql",
              "BIGSERIAL PRIMARY KEY",
              "",
              {"BEGIN", "LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE"},
              true};
    return std::make_unique<PocoStore>(std::move(session), std::move(d), label);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::store_failed, {label, e.displayText()});
  }
}

}  // namespace baocao::store
