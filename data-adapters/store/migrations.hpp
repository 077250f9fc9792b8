// The schema migrations, compiled in from migrations/NNN_name.sql (see
// CMakeLists.txt), so the binary needs no file at run time. Applied in order
// and recorded in the schema_version table by PocoStore.
#pragma once

#include <string_view>
#include <vector>

namespace baocao::store {

struct Migration {
  int version;            // NNN of the file name
  std::string_view name;  // file name, "001_init.sql"
  std::string_view sql;   // statements separated by ';' at the end of a line
};

// In version order.
const std::vector<Migration>& migrations();

}  // namespace baocao::store
