// PostgreSQL: the same portable SQL as SQLite; a write transaction locks the
// submissions table against other writers (readers go on) so two imports
// cannot both supersede the same submission.
#include "data-adapters/postgresql/pg_store.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Exception.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

#include "data-adapters/postgresql/conninfo.hpp"
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
// Poco splits its connection string at spaces and hands each key=value to
// libpq, so values are escaped for libpq's unquoted form, and the password
// (which may hold spaces) reaches libpq through PGPASSWORD during the connect
// only: it never sits in Poco's connection string either.
std::string poco_keywords(const ConnInfo& info) {
  std::string out;
  bool named = false;
  for (const auto& [key, value] : info.params) {
    // An empty value is libpq's default anyway, and "key= " would make libpq
    // read the next key=value as its value.
    if (key == "password" || value.empty()) continue;
    if (value.find_first_of(" \t\n\r\f\v") != std::string::npos) fail(ErrorFamily::usage, MsgId::pg_conn_invalid);
    std::string v;
    for (char ch : value) {
      if (ch == '\\' || ch == '\'') v += '\\';
      v += ch;
    }
    out += key + "=" + v + " ";
    named = named || key == "application_name";
  }
  // Never empty (Poco needs one '='); libpq reads no value as "the next word".
  if (!named) out += "application_name=baocao";
  return out;
}

class PasswordForConnect {
 public:
  explicit PasswordForConnect(const ConnInfo& info) {
    auto it = std::find_if(info.params.begin(), info.params.end(),
                           [](const auto& p) { return p.first == "password"; });
    if (it == info.params.end()) return;
    active_ = true;
    if (const char* old = std::getenv("PGPASSWORD")) old_ = old;
    ::setenv("PGPASSWORD", it->second.c_str(), 1);
  }
  ~PasswordForConnect() {
    if (!active_) return;
    if (old_)
      ::setenv("PGPASSWORD", old_->c_str(), 1);
    else
      ::unsetenv("PGPASSWORD");
  }
  PasswordForConnect(const PasswordForConnect&) = delete;
  PasswordForConnect& operator=(const PasswordForConnect&) = delete;

 private:
  bool active_ = false;
  std::optional<std::string> old_;
};

}  // namespace

std::string redact_uri(const std::string& uri) {
  return redact_conninfo(uri);
}

std::unique_ptr<Store> open_postgresql_store(const std::string& uri) {
  register_once();
  const ConnInfo info = parse_conninfo(uri);  // its errors quote nothing of `uri`
  const std::string label = info.redacted();
  try {
    std::optional<Poco::Data::Session> connected;
    {
      PasswordForConnect password(info);
      connected.emplace(Poco::Data::PostgreSQL::Connector::KEY, poco_keywords(info));
    }
    Poco::Data::Session session = std::move(*connected);
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
