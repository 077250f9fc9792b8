// SQLite: WAL lets readers (status, reports) run during an import; the busy
// timeout and BEGIN IMMEDIATE make a second writer wait for the lock up
// front instead of failing half-way with SQLITE_BUSY.
#include "data-adapters/sqlite/sqlite_store.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Exception.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "data-adapters/sqlite/sqlite_writer.hpp"
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

// WAL is a property of the file, set once. Setting it needs the file to
// itself and SQLite answers "locked" at once, without the busy timeout,
// while another process has the new file open: two clerks' first imports
// into a fresh store collided there. So it is read first, and set with
// retries until the busy timeout.
void use_wal(Poco::Data::Session& session) {
  using namespace Poco::Data::Keywords;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    try {
      std::string mode;
      session << "PRAGMA journal_mode", into(mode), now;
      if (mode == "wal") return;
      session << "PRAGMA journal_mode = WAL", into(mode), now;
      if (mode == "wal") return;
    } catch (const Poco::Exception&) {
      if (std::chrono::steady_clock::now() > deadline) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (std::chrono::steady_clock::now() > deadline)
      throw Poco::Exception("cannot switch the store to WAL mode");
  }
}

// The portable store with the import's rows written through SQLite's own API.
class SqliteStore : public PocoStore {
 public:
  using PocoStore::PocoStore;

 protected:
  std::unique_ptr<SubmissionWriter> make_writer(const FileSubmission& file) override {
    return make_sqlite_writer(Poco::Data::SQLite::Utility::dbHandle(session()), file, label());
  }
};
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
    use_wal(session);
    session << "PRAGMA foreign_keys = ON", now;
    session << "PRAGMA synchronous = NORMAL", now;
    Dialect d{"sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", "WITHOUT ROWID", {"BEGIN IMMEDIATE"}};
    return std::make_unique<SqliteStore>(std::move(session), std::move(d), path);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::store_failed, {path, e.displayText()});
  }
}

}  // namespace baocao::store
