// The SQLite store: migrations recorded and applied once, the store
// contract, WAL mode, and two processes importing into one file at once.
#include "data-adapters/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "tests/data-adapters/store/portal_store_contract.hpp"
#include "tests/data-adapters/store/store_contract.hpp"
#include "tests/support/migration_files.hpp"
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
    EXPECT_EQ(s->schema_version(), baocao::test::latest_migration());
  }
  auto s = open_sqlite_store(db);
  EXPECT_EQ(s->schema_version(), baocao::test::latest_migration());
  // Checked with Python's own sqlite3, not through our code.
  EXPECT_EQ(sqlite3_cli(db, "SELECT version, name FROM schema_version"), baocao::test::recorded_migrations());
  EXPECT_EQ(sqlite3_cli(db, "PRAGMA journal_mode"), "wal\n");
  std::string tables = sqlite3_cli(db, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
  for (const char* t :
       {"indicators", "submission_values", "submissions", "targets", "units", "unit_predecessors", "issuers", "plans"})
    EXPECT_NE(tables.find(t), std::string::npos) << t;
}

// A store made before migration 003 (001 and 002 applied by Python's
// sqlite3 from the shipped files, one value in it) keeps its rows when
// opened; submission_values becomes one B-tree on its key.
TEST(SqliteStore, Migration003KeepsTheValuesOfAnOlderStore) {
  TempDir dir;
  std::string db = (dir / "cu.db").string();
  auto migrations = baocao::test::source_dir() / "data-adapters/store/migrations";
  auto r = baocao::test::run(
      "/usr/bin/python3 -c " +
      baocao::test::sh_quote("import sqlite3,sys\n"
                             "c = sqlite3.connect(sys.argv[1])\n"
                             "for v, f in ((1, '001_init.sql'), (2, '002_unit_predecessors.sql')):\n"
                             "    c.executescript(open(sys.argv[2] + '/' + f).read().replace('{{id}}', "
                             "'INTEGER PRIMARY KEY AUTOINCREMENT'))\n"
                             "    c.execute('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                             "PRIMARY KEY, name TEXT NOT "
                             "NULL, applied_at TEXT NOT NULL)')\n"
                             "    c.execute('INSERT INTO schema_version VALUES (?, ?, ?)', (v, f, 'x'))\n"
                             "c.execute(\"INSERT INTO indicators VALUES ('gia_dinh_hoc_tap', 'Gia đình học "
                             "tập', 'a', 'b', 'c')\")\n"
                             "c.execute(\"INSERT INTO submissions (unit_code, unit_name, period, "
                             "source_file, sha256, imported_at) "
                             "VALUES ('13285', 'Phường Phủ Lý', 2025, 'a.xlsx', 'aa', 'x')\")\n"
                             "c.execute(\"INSERT INTO submission_values VALUES (1, 'gia_dinh_hoc_tap', 6026, "
                             "7069, 'ghi chú', 'Biểu "
                             "1!C6')\")\n"
                             "c.commit()\n") +
      " " + baocao::test::sh_quote(db) + " " + baocao::test::sh_quote(migrations.string()));
  ASSERT_EQ(r.status, 0) << r.err;
  auto s = open_sqlite_store(db);
  EXPECT_EQ(s->schema_version(), baocao::test::latest_migration());
  EXPECT_EQ(sqlite3_cli(db, "SELECT * FROM submission_values"),
            "1|gia_dinh_hoc_tap|6026.0|7069.0|ghi chú|Biểu 1!C6\n");
  EXPECT_NE(
      sqlite3_cli(db, "SELECT sql FROM sqlite_master WHERE name = 'submission_values'").find("WITHOUT ROWID"),
      std::string::npos);
  auto figures = s->figures(2025);
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].numerator, 6026);
  EXPECT_EQ(sqlite3_cli(db, "PRAGMA foreign_key_check"), "\n") << "no row: every value has its submission";
  EXPECT_EQ(sqlite3_cli(db, "PRAGMA integrity_check"), "ok\n");
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

TEST(SqliteStore, NameOrigin) {
  TempDir dir;
  test::check_name_origin(*open_sqlite_store((dir / "n.db").string()));
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

TEST(SqliteStore, Catalogue) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_catalogue(*s);
}

TEST(SqliteStore, IssuersPlansAndFiguresBefore) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "baocao.db").string());
  test::check_issuers_plans_and_figures_before(*s);
}

TEST(SqliteStore, FigureSumsPerUnitAndIndicator) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "baocao.db").string());
  test::check_figure_sums(*s);
}

// The portal's tables (migration 008); several connections to one file.
class SqlitePortal : public ::testing::Test {
 protected:
  TempDir dir;
  test::OpenStore open = [this] { return open_sqlite_store((dir / "portal.db").string()); };
};
TEST_F(SqlitePortal, AccountsAndSessions) {
  test::check_accounts_and_sessions(open);
}
TEST_F(SqlitePortal, LoginFailures) {
  test::check_login_failures(open);
}
TEST_F(SqlitePortal, Audit) {
  test::check_audit(open);
}
TEST_F(SqlitePortal, JobsClaimedOnce) {
  test::check_jobs(open);
}
TEST_F(SqlitePortal, Documents) {
  test::check_documents(open);
}
TEST_F(SqlitePortal, DataVersion) {
  test::check_data_version(open);
}
TEST(SqliteStore, BodiesAndTaskReports) {
  TempDir dir;
  auto s = open_sqlite_store((dir / "b.db").string());
  test::check_bodies_and_task_reports(*s);
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
