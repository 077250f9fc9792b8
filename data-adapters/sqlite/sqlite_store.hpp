// The embedded default store: one SQLite file (Poco::Data::SQLite).
#pragma once

#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::store {

// What the command will do with the store.
enum class StoreAccess { read_write, read_only };

// Opens or creates the store at `path`, in WAL mode with a busy timeout so
// concurrent imports wait for each other instead of failing, and migrates it.
// A file that is no SQLite database is Error(input, store_not_sqlite) at
// once; a store this process cannot write is Error(output,
// store_read_only) unless `access` is read_only, which then opens it for
// reading (its schema must be current).
std::unique_ptr<Store> open_sqlite_store(const std::string& path, StoreAccess access = StoreAccess::read_write);

}  // namespace baocao::store
