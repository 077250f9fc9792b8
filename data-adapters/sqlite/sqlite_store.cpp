// SQLite: WAL lets readers (status, reports) run during an import; the busy
// timeout and BEGIN IMMEDIATE make a second writer wait for the lock up
// front instead of failing half-way with SQLITE_BUSY.
#include "data-adapters/sqlite/sqlite_store.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Exception.h>

#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <thread>

#include "data-adapters/sqlite/sqlite_writer.hpp"
#include "data-adapters/store/poco_store.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/percent.hpp"

namespace baocao::store {

namespace {
// How long a writer waits for another import to finish.
constexpr int kBusyTimeoutMs = 60'000;
constexpr std::size_t kOpenTimeoutS = 10;

void register_once() {
  static const bool done = [] {
    // SQLite counts every allocation under one process-wide mutex (its
    // memory statistics, which nothing here reads): with the portal's
    // threads each on its own connection, that mutex was where they met.
    // Only possible before SQLite initializes, hence here, before the first
    // connection.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Poco::Data::SQLite::Connector::registerConnector();
    return true;
  }();
  (void)done;
}

// Another process holding the file: worth waiting for. Anything else (not
// a database, a full or read-only disk) is answered at once.
bool busy(const Poco::Exception& e) {
  if (dynamic_cast<const Poco::Data::SQLite::DBLockedException*>(&e) ||
      dynamic_cast<const Poco::Data::SQLite::TableLockedException*>(&e))
    return true;
  const std::string what = e.displayText();
  return what.find("database is locked") != std::string::npos || what.find("busy") != std::string::npos;
}

// WAL is a property of the file, set once. Setting it needs the file to
// itself and SQLite answers "locked" at once, without the busy timeout,
// while another process has the new file open: two clerks' first imports
// into a fresh store collided there. So it is read first, and set with
// retries until the busy timeout; only "locked" is retried.
void use_wal(Poco::Data::Session& session, const std::string& path) {
  using namespace Poco::Data::Keywords;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    try {
      std::string mode;
      session << "PRAGMA journal_mode", into(mode), now;
      if (mode == "wal") return;
      session << "PRAGMA journal_mode = WAL", into(mode), now;
      if (mode == "wal") return;
    } catch (const Poco::Exception& e) {
      if (!busy(e) || std::chrono::steady_clock::now() > deadline) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (std::chrono::steady_clock::now() > deadline)
      fail(ErrorFamily::output, MsgId::store_busy, {path, std::to_string(kBusyTimeoutMs / 1000)});
  }
}

// The first bytes of every SQLite database file.
constexpr std::string_view kMagic{"SQLite format 3\0", 16};

// An existing file that is no database (garbage, an XLSX given as --db) is
// refused before SQLite touches it: SQLite would only say so at the first
// statement, after taking locks.
void check_header(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  if (std::filesystem::is_directory(path, ec))
    fail(ErrorFamily::output, MsgId::store_cannot_open, {path, std::strerror(EISDIR)});
  if (!std::filesystem::is_regular_file(path, ec)) return;  // a device: SQLite says what it is
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::output, MsgId::store_cannot_open, {path, std::strerror(errno)});
  char head[16] = {};
  in.read(head, sizeof head);
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got == 0) return;  // an empty file is a new database to SQLite
  if (got < kMagic.size() || std::string_view(head, got) != kMagic)
    fail(ErrorFamily::input, MsgId::store_not_sqlite, {path});
}

// Whether this process can write the store (the file and, for WAL's -shm and
// -wal files, its directory). access() also sees a read-only file system.
bool writable(const std::string& path) {
  std::filesystem::path dir = std::filesystem::absolute(path).parent_path();
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  return ::access(dir.c_str(), W_OK) == 0 && (!exists || ::access(path.c_str(), W_OK) == 0);
}

// A read-only session: a URI with mode=ro, or immutable=1 where SQLite could
// not even create its WAL index (a read-only directory or medium).
Poco::Data::Session open_read_only(const std::string& path) {
  const std::string uri = "file:" + percent_encode(std::filesystem::absolute(path).string(), "/");
  using namespace Poco::Data::Keywords;
  for (const char* mode : {"?mode=ro", "?immutable=1"}) {
    try {
      Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, uri + mode, kOpenTimeoutS);
      int n = 0;
      session << "SELECT COUNT(*) FROM sqlite_master", into(n), now;
      return session;
    } catch (const Poco::Exception&) {
      if (std::string_view(mode) == "?immutable=1") throw;
    }
  }
  throw Poco::Exception("unreachable");
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

std::unique_ptr<Store> open_sqlite_store(const std::string& path, StoreAccess access) {
  register_once();
  // Poco waits its whole login timeout on some unopenable paths; a missing
  // directory is answered at once.
  std::filesystem::path parent = std::filesystem::absolute(path).parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(parent, ec))
    fail(ErrorFamily::output, MsgId::store_failed, {path, std::strerror(ENOENT)});
  check_header(path);
  Dialect d{"sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", "WITHOUT ROWID", {"BEGIN IMMEDIATE"}};
  if (!writable(path)) {
    // Reading commands still work on a store on read-only media.
    if (access == StoreAccess::read_write || !std::filesystem::exists(path, ec))
      fail(ErrorFamily::output, MsgId::store_read_only, {path});
    try {
      return std::make_unique<SqliteStore>(open_read_only(path), std::move(d), path, true);
    } catch (const Poco::Exception& e) {
      fail(ErrorFamily::output, MsgId::store_cannot_open, {path, e.displayText()});
    }
  }
  try {
    Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, path, kOpenTimeoutS);
    using namespace Poco::Data::Keywords;
    session << "PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs), now;
    use_wal(session, path);
    session << "PRAGMA foreign_keys = ON", now;
    session << "PRAGMA synchronous = NORMAL", now;
    return std::make_unique<SqliteStore>(std::move(session), std::move(d), path);
  } catch (const Poco::Exception& e) {
    const std::string what = e.displayText();
    auto has = [&](const char* s) { return what.find(s) != std::string::npos; };
    if (has("malformed") || has("not a database")) fail(ErrorFamily::input, MsgId::store_not_sqlite, {path});
    if (has("disk is full") || dynamic_cast<const Poco::Data::SQLite::DatabaseFullException*>(&e))
      fail(ErrorFamily::output, MsgId::store_disk_full, {path});
    if (has("readonly") || dynamic_cast<const Poco::Data::SQLite::ReadOnlyException*>(&e))
      fail(ErrorFamily::output, MsgId::store_read_only, {path});
    fail(ErrorFamily::output, MsgId::store_failed, {path, what});
  }
}

}  // namespace baocao::store
