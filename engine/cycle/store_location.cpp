#include "engine/cycle/store_location.hpp"

#include "data-adapters/postgresql/pg_store.hpp"
#include "data-adapters/sqlite/sqlite_store.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::cycle {

std::unique_ptr<store::Store> StoreLocation::open(bool reads_only) const {
  // Never the --pg value itself in a message: it may hold a password.
  if (!db.empty() && !pg.empty())
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"pg", label(), "--db | --pg"});
  if (!pg.empty()) return store::open_postgresql_store(pg);
  return store::open_sqlite_store(db.empty() ? kDefaultDb : db, reads_only ? store::StoreAccess::read_only
                                                                           : store::StoreAccess::read_write);
}

std::string StoreLocation::label() const {
  return !pg.empty() ? store::redact_uri(pg) : (db.empty() ? kDefaultDb : db);
}

std::filesystem::path StoreLocation::sqlite_dir() const {
  if (!pg.empty()) return {};
  return std::filesystem::path(db.empty() ? kDefaultDb : db).parent_path();
}

}  // namespace baocao::cycle
