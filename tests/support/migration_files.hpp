// The store's migrations as the source tree holds them
// (data-adapters/store/migrations/NNN_name.sql), for tests that check what
// a store recorded: "1|001_init.sql\n2|...\n" and the highest version.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/process.hpp"

namespace baocao::test {

inline std::vector<std::string> migration_files() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "data-adapters/store/migrations"))
    if (e.path().extension() == ".sql") names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// One "version|file" line per migration, as `SELECT version, name FROM schema_version` prints them.
inline std::string recorded_migrations() {
  std::string out;
  for (const std::string& f : migration_files()) out += std::to_string(std::stoi(f.substr(0, 3))) + "|" + f + "\n";
  return out;
}

inline int latest_migration() {
  return std::stoi(migration_files().back().substr(0, 3));
}

}  // namespace baocao::test
