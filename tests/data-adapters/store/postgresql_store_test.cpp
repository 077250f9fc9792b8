// The PostgreSQL store against a real server started for this suite (see
// tests/support/postgres_server.hpp): the same contract as SQLite.
#include <gtest/gtest.h>

#include <memory>

#include "data-adapters/postgresql/pg_store.hpp"
#include "engine/core/diagnostic.hpp"
#include "tests/data-adapters/store/portal_store_contract.hpp"
#include "tests/data-adapters/store/store_contract.hpp"
#include "tests/support/migration_files.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::store {
namespace {

class PostgresStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = std::make_unique<baocao::test::PostgresServer>(); }
  static void TearDownTestSuite() { server_.reset(); }
  std::unique_ptr<Store> fresh(const std::string& name) {
    return open_postgresql_store(server_->create_database(name));
  }
  static std::unique_ptr<baocao::test::PostgresServer> server_;
};
std::unique_ptr<baocao::test::PostgresServer> PostgresStore::server_;

TEST_F(PostgresStore, MigrationsAppliedOnce) {
  std::string uri = server_->create_database("migrations");
  EXPECT_EQ(open_postgresql_store(uri)->schema_version(), baocao::test::latest_migration());
  EXPECT_EQ(open_postgresql_store(uri)->schema_version(), baocao::test::latest_migration());
  auto r = baocao::test::run("psql -At " + baocao::test::sh_quote(uri) +
                             " -c 'SELECT version, name FROM schema_version'");
  EXPECT_EQ(r.out, baocao::test::recorded_migrations()) << r.err;
}

TEST_F(PostgresStore, UnitsOverTime) {
  test::check_units_over_time(*fresh("units"));
}
TEST_F(PostgresStore, NameOrigin) {
  test::check_name_origin(*fresh("name_origin"));
}
TEST_F(PostgresStore, Predecessors) {
  test::check_predecessors(*fresh("predecessors"));
}
TEST_F(PostgresStore, ImportHistory) {
  test::check_import_history(*fresh("history"));
}
TEST_F(PostgresStore, UnitCodesBetween) {
  test::check_unit_codes_between(*fresh("codes"));
}
TEST_F(PostgresStore, StreamedImport) {
  test::check_streamed_import(*fresh("streamed"));
}
TEST_F(PostgresStore, Targets) {
  test::check_targets(*fresh("targets"));
}
TEST_F(PostgresStore, Catalogue) {
  test::check_catalogue(*fresh("catalogue"));
}

TEST_F(PostgresStore, IssuersPlansAndFiguresBefore) {
  test::check_issuers_plans_and_figures_before(*fresh("issuers"));
}

TEST_F(PostgresStore, FigureSumsPerUnitAndIndicator) {
  test::check_figure_sums(*fresh("figure_sums"));
}

// The portal's tables (migration 008), several connections to one database.
TEST_F(PostgresStore, PortalAccountsAndSessions) {
  std::string uri = server_->create_database("portal_accounts");
  test::check_accounts_and_sessions([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, PortalLoginFailures) {
  std::string uri = server_->create_database("portal_failures");
  test::check_login_failures([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, PortalAudit) {
  std::string uri = server_->create_database("portal_audit");
  test::check_audit([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, PortalJobsClaimedOnceWithSkipLocked) {
  std::string uri = server_->create_database("portal_jobs");
  test::check_jobs([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, PortalDocuments) {
  std::string uri = server_->create_database("portal_documents");
  test::check_documents([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, PortalDataVersion) {
  std::string uri = server_->create_database("portal_version");
  test::check_data_version([&] { return open_postgresql_store(uri); });
}
TEST_F(PostgresStore, BodiesAndTaskReports) {
  test::check_bodies_and_task_reports(*fresh("bodies"));
}

TEST_F(PostgresStore, UnreachableServerIsAClearErrorWithoutPassword) {
  try {
    open_postgresql_store("postgresql://baocao:bi-mat@127.0.0.1:1/khong_co");
    ADD_FAILURE();
  } catch (const Error& e) {
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("postgresql://baocao:***@127.0.0.1:1/khong_co"), std::string::npos) << m;
    EXPECT_EQ(m.find("bi-mat"), std::string::npos) << m;
  }
}

TEST(RedactUri, HidesPasswordsInBothSpellings) {
  EXPECT_EQ(redact_uri("postgresql://baocao:bi-mat@db:5432/so"), "postgresql://baocao:***@db:5432/so");
  EXPECT_EQ(redact_uri("postgresql://baocao@db/so"), "postgresql://baocao@db/so");
  EXPECT_EQ(redact_uri("postgresql://db:5432/so"), "postgresql://db:5432/so");
  EXPECT_EQ(redact_uri("host=db password=bi-mat dbname=so"), "host=db password=*** dbname=so");
  EXPECT_EQ(redact_uri("host=db password = bi-mat"), "host=db password=***");
  EXPECT_EQ(redact_uri("host=db user=password"), "host=db user=password");
}

}  // namespace
}  // namespace baocao::store
