// `--db PATH | --pg URI`, shared by `import` and `status`. Without either,
// the store is the SQLite file baocao.db in the current directory.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::app {

inline constexpr const char* kDefaultDb = "baocao.db";

struct StoreOptions {
  std::string db, pg;
  // Handles "db" and "pg"; false for other options.
  bool set(const std::string& name, const std::string& value);
  // Opens (and migrates) the store; Error(usage) when both are given.
  // A command that only reads passes `reads_only`: a store on read-only
  // media (or a file it may not write) still opens for it.
  std::unique_ptr<store::Store> open(bool reads_only = false) const;
  // What to call the store in messages and files: the path, or the
  // connection string redacted by the code that parses it (no password).
  std::string label() const;
  // The SQLite store's directory ("" for PostgreSQL or a store in the
  // current directory): where a plan may sit beside it.
  std::filesystem::path sqlite_dir() const;
};

}  // namespace baocao::app
