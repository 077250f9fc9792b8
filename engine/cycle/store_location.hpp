// Where the store is: a SQLite file (baocao.db in the current directory
// when nothing is named) or a PostgreSQL connection string.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::cycle {

inline constexpr const char* kDefaultDb = "baocao.db";

struct StoreLocation {
  std::string db, pg;
  // Opens (and migrates) the store; Error(usage) when both are given.
  // A job that only reads passes `reads_only`: a store on read-only media
  // (or a file it may not write) still opens for it.
  std::unique_ptr<store::Store> open(bool reads_only = false) const;
  // What to call the store in messages and files: the path, or the
  // connection string redacted by the code that parses it (no password).
  std::string label() const;
  // The SQLite store's directory ("" for PostgreSQL or a store in the
  // current directory): where a plan may sit beside it.
  std::filesystem::path sqlite_dir() const;
  bool given() const { return !db.empty() || !pg.empty(); }
};

}  // namespace baocao::cycle
