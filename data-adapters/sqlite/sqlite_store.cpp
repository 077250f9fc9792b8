// SQLite: WAL lets readers (status, reports) run during an import; the busy
// timeout and BEGIN IMMEDIATE make a second writer wait for the lock up
// front instead of failing half-way with SQLITE_BUSY.
#include "data-adapters/sqlite/sqlite_store.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "data-adapters/store/poco_store.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::store {

namespace {
// How long a writer waits for another import to finish.
constexpr int kBusyTimeoutMs = 60'000;
constexpr std::size_t kOpenTimeoutS = 10;

void register_once() {
  static const bool done = [] {
    Poco::Data::SQLite::Connector::registerConnector();
    return true;
  }();
  (void)done;
}
}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
  register_once();
  // Poco waits its whole login timeout on some unopenable paths; a missing
  // directory is answered at once.
  std::filesystem::path parent = std::filesystem::absolute(path).parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(parent, ec))
    fail(ErrorFamily::output, MsgId::store_failed, {path, std::strerror(ENOENT)});
  try {
    Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, path, kOpenTimeoutS);
    using namespace Poco::Data::Keywords;
    session << "PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs), now;
    session << "PRAGMA journal_mode = WAL", now;
    session << "PRAGMA foreign_keys = ON", now;
    session << "PRAGMA synchronous = NORMAL", now;
    Dialect d{"sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", {"BEGIN IMMEDIATE"}};
    d.vector_binding = true;
    return std::make_unique<PocoStore>(std::move(session), std::move(d), path);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::store_failed, {path, e.displayText()});
  }
}

}  // namespace baocao::store
