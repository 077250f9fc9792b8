// `--db PATH | --pg URI` (engine/cycle/store_location.hpp). Without either,
// the store is the SQLite file baocao.db in the current directory.
#pragma once

#include <string>

#include "app/flags.hpp"
#include "engine/cycle/store_location.hpp"

namespace baocao::app {

struct StoreOptions : cycle::StoreLocation {
  // Handles "db" and "pg"; false for other options.
  bool set(const std::string& name, const std::string& value) {
    if (name != "db" && name != "pg") return false;
    (name == "db" ? db : pg) = value;
    return true;
  }
  void flags(Flags& f) { f.text("db", "PATH", MsgId::opt_db, db).text("pg", "URI", MsgId::opt_pg, pg); }
};

}  // namespace baocao::app
