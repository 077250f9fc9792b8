// Two portal instances on one PostgreSQL store (a real server started for
// the test, see tests/support/postgres_server.hpp) and one output directory,
// as a province runs them behind a load balancer: a session made on one is
// good on the other, a run asked of one is claimed by exactly one instance
// and seen, with its documents, from both; checked with psql too.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/postgresql/pg_store.hpp"
#include "data-adapters/store/poco_portal_store.hpp"
#include "engine/cycle/reference_data.hpp"
#include "server/accounts.hpp"
#include "server/portal.hpp"
#include "tests/engine/cycle/cycle_fixture.hpp"
#include "tests/server/portal_client.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kPass = "mat-khau-hai-may-2025";

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

std::unique_ptr<server::Portal> instance(const std::string& uri, const fs::path& out, const std::string& name) {
  server::PortalOptions o;
  o.port = 0;
  o.open_store = [uri] { return store::open_postgresql_store(uri); };
  o.out = out;
  o.clock = std::make_shared<cycle::FixedClock>(cycle::parse_now("now", "2025-12-11T09:00"));
  o.threads = 4;
  o.instance = name;
  o.job_poll_ms = 30;
  auto p = std::make_unique<server::Portal>(o);
  p->start();
  return p;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(PortalOnPostgresql, TwoInstancesShareSessionsAndRunEachJobOnce) {
  PostgresServer pg;
  const std::string uri = pg.create_database("hai_may");
  TempDir dir;
  {
    auto s = store::open_postgresql_store(uri);
    cycle::ensure_reference_data(*s);
    s->put_units(csv::units_history_from_csv(sample("don-vi.csv").string()));
    import_figures(*s, sample("so-lieu-xa-2025.csv"), 2025, "2025-12-05T02:00:00Z");
    import_targets(*s, sample("chi-tieu.csv"));
    import_issuers(*s, sample("co-quan-ban-hanh.csv"));
    import_plan(*s, sample("ke-hoach-2025.json"));
    auto portal = store::portal_store_of(*s);
    server::add_account(*s, *portal, "ha", "consolidator", "37", kPass, "2025-12-01T00:00:00Z");
  }
  auto a = instance(uri, dir / "chung", "may-a");
  auto b = instance(uri, dir / "chung", "may-b");

  PortalClient on_a(a->port());
  ASSERT_EQ(on_a.login("ha", kPass).status, 303);
  // The same cookie on the other instance: the session is in the store.
  PortalClient on_b(b->port());
  on_b.cookies = on_a.cookies;
  ASSERT_EQ(on_b.get("/unit/37/deadlines?year=2025").status, 200);

  // Runs of both deadlines asked on both instances at once.
  std::vector<std::string> jobs;
  for (auto* c : {&on_a, &on_b})
    for (const char* deadline : {"2025-12-10", "2025-12-15"}) {
      Reply r = c->post(std::string("/unit/37/deadline/") + deadline + "/run",
                        {{"csrf", c->csrf(std::string("/unit/37/deadline/") + deadline)}});
      ASSERT_EQ(r.status, 303) << r.body;
      jobs.push_back(r.location());
    }
  for (const std::string& job : jobs) {
    bool done = false;
    for (int i = 0; i < 900 && !done; ++i) {
      done = has(on_b.get(job).body, "Đã xong");
      if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(done) << job << on_b.get(job).body;
    // Seen from both instances, whichever ran it.
    Reply seen = on_a.get(job);
    EXPECT_TRUE(has(seen.body, "Đã xong")) << job;
    EXPECT_TRUE(has(seen.body, "may-a") || has(seen.body, "may-b")) << seen.body;
  }
  // Each job claimed once, by one instance, and finished.
  Result rows = run("psql -At " + sh_quote(uri) +
                    " -c \"SELECT state, claimed_by <> '', started_at <> '', finished_at <> '' FROM portal_jobs\"");
  EXPECT_EQ(rows.out, "done|t|t|t\ndone|t|t|t\ndone|t|t|t\ndone|t|t|t\n") << rows.err;
  Result count = run("psql -At " + sh_quote(uri) + " -c \"SELECT COUNT(*) FROM portal_jobs\"");
  EXPECT_EQ(count.out, "4\n");
  // Both instances list the documents, and either serves them from the shared directory.
  for (auto* c : {&on_a, &on_b}) {
    Reply page = c->get("/unit/37/deadline/2025-12-10");
    EXPECT_TRUE(has(page.body, "tong-hop.pdf")) << page.body;
    Reply pdf = c->get("/unit/37/document?file=37%2F2025-12-10-xa-bao-cao%2F37%2Ftong-hop.pdf");
    EXPECT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  }
  b->stop(5);
  a->stop(5);
}

}  // namespace
}  // namespace baocao::test
