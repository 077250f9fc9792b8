// The SQLite store: migrations recorded and applied once, the store
// contract, WAL mode, and two processes importing into one file at once.
#include "data-adapters/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "tests/data-adapters/store/store_contract.hpp"
#include "tests/support/process.hpp"

namespace baocao::store {
namespace {

using baocao::test::TempDir;

std::string sqlite3_cli(const std::string& db, const std::string& sql) {
  auto r = baocao::test::run("/usr/bin/python3 -c " +
                             baocao::test::sh_quote("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                    "rows=list(c.execute(sys.argv[2])); c.commit(); "
                                                    "print('\\n'.join('|'.join(map(str,r)) for r in rows))") +
                             " " + baocao::test::sh_quote(db) + " " + baocao::test::sh_quote(sql));
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST(SqliteStore, MigrationsAppliedOnceAndRecorded) {
  TempDir dir;
  std::string db = (dir / "baocao.db").string();
  {
    auto s = open_sqlite_store(db);
    EXPECT_EQ(s->schema_version(), 2);
  }
  auto s = open_sqlite_store(db);
  EXPECT_EQ(s->schema_version(), 2);
  // Checked with Python's own sqlite3, not through our code.
  EXPECT_EQ(sqlite3_cli(db, "SELECT version, name FROM schema_version"),
            "1|001_init.sql\n2|002_unit_predecessors.sql\n");
  EXPECT_EQ(sqlite3_cli(db, "PRAGMA journal_mode"), "wal\n");
  std::string tables = sqlite3_cli(db, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
  for (const char* t :
       {"indicators", "submission_values", "submissions", "targets", "units", "unit_predecessors"})
    EXPECT_NE(tables.find(t), std::string::npos) << t;
}

TEST(SqliteStore, RefusesASchemaNewerThanItKnows) {
  TempDir dir;
  std::string db = (dir / "baocao.db").string();
  open_sqlite_store(db);
  sqlite3_cli(db, "INSERT INTO schema_version VALUES (99, '099_future.sql', 'x')");
  try {
    open_sqlite_store(db);
    ADD_FAILURE() << "opened a store from the future";
  } catch (const Error& e) {
    EXPECT_NE(e.render(Lang::en).find("schema is version 99"), std::string::npos) << e.render(Lang::en);
  }
}

TEST(SqliteStore, UnitsOverTime) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_units_over_time(*s);
}

TEST(SqliteStore, Predecessors) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_predecessors(*s);
}

TEST(SqliteStore, ImportHistory) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_import_history(*s);
}

TEST(SqliteStore, UnitCodesBetween) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_unit_codes_between(*s);
}

TEST(SqliteStore, StreamedImport) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_streamed_import(*s);
}

TEST(SqliteStore, Targets) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_targets(*s);
}

TEST(SqliteStore, UnwritablePathIsAClearError) {
  try {
    open_sqlite_store("/proc/khong-the/baocao.db");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::output);
    EXPECT_NE(e.render(Lang::vi).find("/proc/khong-the/baocao.db"), std::string::npos) << e.render(Lang::vi);
  }
}

}  // namespace
}  // namespace baocao::store
