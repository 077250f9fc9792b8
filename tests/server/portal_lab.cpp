#include "tests/server/portal_lab.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/sqlite/sqlite_store.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/cycle/reference_data.hpp"
#include "server/accounts.hpp"
#include "data-adapters/store/poco_portal_store.hpp"
#include "tests/engine/cycle/cycle_fixture.hpp"

namespace baocao::test {

namespace fs = std::filesystem;

namespace {

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

void sh(const fs::path& dir, const std::string& cmd) {
  Result r = run("cd " + sh_quote(dir.string()) + " && " + cmd);
  ASSERT_EQ(r.status, 0) << cmd << "\n" << r.out << r.err;
}

void build(PortalLab& lab) {
  lab.db = lab.dir / "kho.db";
  lab.out = lab.dir / "van-ban";
  lab.access_log = lab.dir / "truy-cap.log";
  auto store = lab.open_store();
  cycle::ensure_reference_data(*store);
  store->put_units(csv::units_history_from_csv(sample("don-vi.csv").string()));
  // A commune whose name is markup: every page must show it as text.
  Unit odd{"99999", "Xã <script>alert(1)</script>"};
  odd.level = "xa";
  odd.kind = "Xã";
  odd.parent = "37";
  odd.valid_from = CivilDate{2025, 7, 1};
  store->put_units({odd});
  // The communes' figures, but two: the tests submit those through the portal.
  std::istringstream all(read_file(sample("so-lieu-xa-2025.csv")));
  std::string csv, line;
  while (std::getline(all, line))
    if (line.rfind("13285,", 0) != 0 && line.rfind("13318,", 0) != 0) csv += line + "\n";
  write_file(lab.dir / "so-lieu-xa.csv", csv);
  import_figures(*store, lab.dir / "so-lieu-xa.csv", 2025, "2025-12-05T02:00:00Z");
  import_figures(*store, sample("so-lieu-tinh-2024.csv"), 2024);
  import_targets(*store, sample("chi-tieu.csv"));
  import_issuers(*store, sample("co-quan-ban-hanh.csv"));
  import_plan(*store, sample("ke-hoach-2025.json"));

  auto portal = store::portal_store_of(*store);
  const std::pair<const char*, std::pair<const char*, const char*>> accounts[] = {
      {"an", {"clerk", "13285"}},           {"binh", {"clerk", "13318"}},
      {"cuong", {"clerk", "13285"}},        {"khoa.thu", {"clerk", "13285"}},
      {"ha", {"consolidator", "37"}},       {"lanh.dao", {"leader", "37"}},
      {"lanh.dao.xa", {"leader", "13285"}}, {"quan.tri", {"admin", "37"}},
      {"ha.noi", {"consolidator", "01"}},   {"xa.la", {"clerk", "99999"}},
  };
  for (const auto& [name, what] : accounts)
    server::add_account(*store, *portal, name, what.first, what.second, kPassword, "2025-12-01T00:00:00Z");

  // A CA the portal trusts, the leader's key it certified, and another CA's key.
  const std::string leaf = "printf 'basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n' > leaf.cnf";
  sh(lab.dir.path(), leaf);
  for (const char* ca : {"ca", "ca-khac"})
    sh(lab.dir.path(), std::string("openssl req -x509 -newkey rsa:2048 -nodes -keyout ") + ca + ".key -out " + ca +
                    ".pem -days 30 -subj '/CN=CA thử nghiệm " + ca + "' -utf8 -addext basicConstraints=critical,CA:TRUE "
                    "-addext keyUsage=critical,keyCertSign,cRLSign 2>&1");
  for (const auto& [key, ca] : {std::pair<std::string, std::string>{"leader", "ca"}, {"stranger", "ca-khac"}}) {
    sh(lab.dir.path(), "openssl req -newkey rsa:2048 -passout pass:" + kKeyPass + " -keyout " + key + ".key -out " + key +
                    ".csr -subj '/CN=Phạm Thu Hà/O=Sở GD&ĐT Ninh Bình' -utf8 2>&1");
    sh(lab.dir.path(), "openssl x509 -req -in " + key + ".csr -CA " + ca + ".pem -CAkey " + ca + ".key -CAcreateserial -out " +
                    key + ".pem -days 30 -extfile leaf.cnf 2>&1");
  }

  server::PortalOptions o;
  o.port = 0;
  fs::path db = lab.db;
  o.open_store = [db] { return store::open_sqlite_store(db.string()); };
  o.store_dir = lab.dir.path();
  o.out = lab.out;
  o.trust = lab.dir / "ca.pem";
  o.clock = std::make_shared<cycle::FixedClock>(cycle::parse_now("now", "2025-12-09T09:00"));
  o.threads = 6;
  o.max_upload_bytes = 2u << 20;
  o.job_poll_ms = 50;
  lab.log.open(lab.access_log);
  o.access_log = &lab.log;
  lab.portal = std::make_unique<server::Portal>(o);
  lab.portal->start();
  lab.port = lab.portal->port();
}

}  // namespace

std::unique_ptr<store::Store> PortalLab::open_store() const {
  return store::open_sqlite_store(db.string());
}

PortalClient PortalLab::as(const std::string& name) const {
  PortalClient c = client();
  Reply r = c.login(name, kPassword);
  EXPECT_EQ(r.status, 303) << name << ": " << r.body;
  EXPECT_TRUE(c.cookies.count("baocao_phien")) << name;
  return c;
}

fs::path PortalLab::sign(const fs::path& pdf, const std::string& name, const std::string& key) const {
  fs::path out = dir / name;
  Result r = run("cd " + sh_quote(dir.path().string()) + " && BAOCAO_TEST_PASS=" + kKeyPass + " " +
                 sh_quote(baocao_exe()) + " sign " + sh_quote(pdf.string()) + " --out " + sh_quote(out.string()) +
                 " --key " + key + ".key --cert " + key + ".pem --pass-env BAOCAO_TEST_PASS --reason 'Phê duyệt' </dev/null");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  return r.status == 0 ? out : fs::path();
}

namespace {
PortalLab* the_lab = nullptr;

// Stops the shared portal and removes its directory after the last test.
class LabEnvironment : public ::testing::Environment {
 public:
  void TearDown() override {
    if (the_lab) the_lab->portal->stop(5);
    delete the_lab;
    the_lab = nullptr;
  }
};
[[maybe_unused]] ::testing::Environment* const environment = ::testing::AddGlobalTestEnvironment(new LabEnvironment);
}  // namespace

PortalLab& PortalLab::shared() {
  if (!the_lab) {
    the_lab = new PortalLab;
    build(*the_lab);
  }
  return *the_lab;
}

std::string filled_form(PortalClient& c, const std::string& unit, const std::string& numerator,
                        const std::string& denominator) {
  Reply blank = c.get("/unit/" + unit + "/form?year=2025");
  EXPECT_EQ(blank.status, 200);
  TempDir tmp;
  write_file(tmp / "trang.xlsx", blank.body);
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/edit_xlsx.py").string()) + " " +
                 sh_quote((tmp / "trang.xlsx").string()) + " " + sh_quote((tmp / "day.xlsx").string()) + " C6=" +
                 sh_quote(numerator) + " D6=" + sh_quote(denominator) +
                 " E6=27 F6=37 G6=21 H6=24 I6=22 J6=28 K6=3777 L6=7801 M6=514 N6=794");
  EXPECT_EQ(r.status, 0) << r.err;
  return read_file(tmp / "day.xlsx");
}

}  // namespace baocao::test
