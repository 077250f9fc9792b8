// The embedded default store: one SQLite file (Poco::Data::SQLite).
#pragma once

#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::store {

// Opens or creates the store at `path`, in WAL mode with a busy timeout so
// concurrent imports wait for each other instead of failing, and migrates it.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);

}  // namespace baocao::store
