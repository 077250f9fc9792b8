// PostgreSQL: the same portable SQL as SQLite; a write transaction locks the
// submissions table against other writers (readers go on) so two imports
// cannot both supersede the same submission.
#include "data-adapters/postgresql/pg_store.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Exception.h>
#include <libpq-fe.h>

#include <memory>
#include <regex>

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

std::string redact_uri(const std::string& uri) {
  static const std::regex url_password(R"((://[^:/@]*:)[^@]*@)");
  static const std::regex kv_password(R"((password\s*=\s*)\S+)");
  return std::regex_replace(std::regex_replace(uri, url_password, "$1***@"), kv_password, "$1***");
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
              {"BEGIN", "LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE"},
              true};
    return std::make_unique<PocoStore>(std::move(session), std::move(d), label);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::store_failed, {label, e.displayText()});
  }
}

}  // namespace baocao::store
