// Stores from outside: connection strings never shown with their password
// (messages, the manifest, schedule-journal.json); a damaged, read-only or
// full SQLite store answered at once with a clear message; --errors-out never
// overwrites an input of its import.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>

#include "tests/e2e/hostile_support.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

TEST(HostileStore, PasswordsNeverShownInMessages) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  // Nothing listens on port 1: every one fails, after its string is parsed.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"postgresql://u:p@ss/w!rd@127.0.0.1:1/db", "p@ss/w!rd"},
      {"postgresql://u:[sec]ret@127.0.0.1:1/db", "[sec]ret"},
      {"postgresql://u:a%20b%27c@127.0.0.1:1/db", "b'c"},
      {"u:hidden-pw@127.0.0.1/db", "hidden-pw"},
      {"host=127.0.0.1 port=1 password=se cret", "cret"},
      {"host=127.0.0.1 port=1 password='se cret'", "se cret"},
      {"host=127.0.0.1 port=1 password='open", "open"},
  };
  for (const auto& [uri, secret] : cases) {
    for (const std::string cmd : {"status --period 2025", "import so-lieu.csv", "export --month 2025-12 --out x"}) {
      Result r = in_dir(dir, baocao_cmd(cmd + " --pg " + sh_quote(uri)));
      EXPECT_NE(r.status, 0) << uri;
      EXPECT_EQ((r.out + r.err).find(secret), std::string::npos) << uri << " shown: " << r.err;
    }
    Result both = in_dir(dir, baocao_cmd("status --period 2025 --db kho.db --pg " + sh_quote(uri)));
    EXPECT_EQ(both.status, 2);
    EXPECT_EQ(both.err.find(secret), std::string::npos) << both.err;
  }
  Result bad = in_dir(dir, baocao_cmd("status --period 2025 --pg 'u:hidden-pw@127.0.0.1/db' --lang en"));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("the value of --pg is not a PostgreSQL connection string"), std::string::npos) << bad.err;
  Result refused = in_dir(dir, baocao_cmd("status --period 2025 --pg 'postgresql://u:p@ss/w!rd@127.0.0.1:1/db'"));
  EXPECT_EQ(refused.status, 7);
  EXPECT_NE(refused.err.find("lỗi kho số liệu 'postgresql://u:***@127.0.0.1:1/db'"), std::string::npos)
      << refused.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileStore, ScheduleJournalKeepsNoPassword) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "vars.json", lai_chau_vars_json());
  Result r = in_dir(dir, baocao_cmd("schedule --plan plan.json --vars vars.json --out out --now 2025-12-09 "
                                    "--pg 'postgresql://thu_ky:b%C3%AD-m%E1%BA%ADt@127.0.0.1:1/so'"));
  EXPECT_EQ(r.status, 1) << r.err;
  std::string journal = read_file(dir / "out/schedule-journal.json");
  ASSERT_FALSE(journal.empty());
  EXPECT_NE(journal.find("postgresql://thu_ky:***@127.0.0.1:1/so"), std::string::npos) << journal;
  for (const std::string& text : {journal, r.err}) {
    EXPECT_EQ(text.find("bí-mật"), std::string::npos) << text;
    EXPECT_EQ(text.find("m%E1"), std::string::npos) << text;
  }
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileStore, ManifestSourceIsRedactedOnARealServer) {
  PostgresServer server;
  std::string uri = server.create_database("lai_chau");
  // The test server trusts loopback: the password is parsed, decoded, sent,
  // and must be nowhere in what is written.
  std::string with_password = "postgresql://postgres:p%40ss%2Fw%21rd%20%27x@127.0.0.1:" +
                              std::to_string(server.port()) + "/lai_chau";
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "vars.json", lai_chau_vars_json());
  Result imported = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --pg " + sh_quote(with_password)));
  ASSERT_EQ(imported.status, 0) << imported.err;
  Result r = in_dir(dir, baocao_cmd("run --cycle 2025 --plan plan.json --vars vars.json --jobs 1 --out out --pg " +
                                    sh_quote(with_password)));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string manifest = read_file(dir / "out/manifest.json");
  EXPECT_NE(manifest.find("\"source\": \"postgresql://postgres:***@127.0.0.1:" + std::to_string(server.port()) +
                          "/lai_chau\""),
            std::string::npos)
      << manifest;
  for (const char* secret : {"p@ss", "p%40ss", "w!rd", "w%21rd"})
    EXPECT_EQ(manifest.find(secret), std::string::npos) << secret;
  EXPECT_NOTHING_OUTSIDE(watch);
}

std::chrono::milliseconds timed(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
}

TEST(HostileStore, GarbageAndTruncatedStoresAreNamedAtOnce) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "rac.db", std::string(5000, '\x5a') + "not a database");
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "vars.json", lai_chau_vars_json());
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  for (const std::string cmd : {"status --period 2025 --db rac.db", "import so-lieu.csv --db rac.db",
                                "export --month 2025-12 --out x --db rac.db",
                                "run --cycle 2025 --plan plan.json --vars vars.json --out out --db rac.db"}) {
    Result r;
    auto took = timed([&] { r = in_dir(dir, baocao_cmd(cmd)); });
    EXPECT_EQ(r.status, 3) << cmd << "\n" << r.err;
    EXPECT_NE(r.err.find("kho số liệu 'rac.db' không phải tệp SQLite hoặc đã hỏng"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("WAL"), std::string::npos) << r.err;
    // No busy wait: the old code retried for 60 s before answering.
    EXPECT_LT(took.count(), 30000) << cmd;
  }
  EXPECT_FALSE(fs::exists(dir / "out"));
  // A store cut short (a copy interrupted, a full disk while copying).
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  ASSERT_EQ(in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db")).status, 0);
  auto size = fs::file_size(dir / "kho.db");
  fs::resize_file(dir / "kho.db", size / 3);
  Result cut = in_dir(dir, baocao_cmd("status --period 2025 --db kho.db --lang en"));
  EXPECT_EQ(cut.status, 3) << cut.err;
  EXPECT_NE(cut.err.find("the store 'kho.db' is not an SQLite database or is damaged"), std::string::npos) << cut.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

// Root may write anywhere, so a read-only store is tried as `nobody`.
std::string as_nobody(const Workspace& dir, const std::string& command) {
  std::string cd = "cd " + sh_quote(dir.path().string()) + " && ";
  if (geteuid() != 0) return cd + command;
  run("chmod -R a+rX " + sh_quote(dir.root().string()));
  return cd + "setpriv --reuid=65534 --regid=65534 --clear-groups -- " + command;
}

TEST(HostileStore, ReadOnlyStoreStillReadsAndRefusesWritesAtOnce) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  lai_chau_store(dir);
  if (geteuid() != 0) fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
  Result status = run(as_nobody(dir, baocao_cmd("status --period 2025 --db kho.db")));
  EXPECT_EQ(status.status, 0) << status.err;
  EXPECT_NE(status.out.find("3/"), std::string::npos) << status.out;
  Result imp;
  auto took = timed([&] { imp = run(as_nobody(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"))); });
  EXPECT_EQ(imp.status, 7) << imp.err;
  EXPECT_NE(imp.err.find("kho số liệu 'kho.db' chỉ cho đọc: lệnh này cần ghi vào kho"), std::string::npos) << imp.err;
  EXPECT_LT(took.count(), 30000);
  if (geteuid() != 0) fs::permissions(dir.path(), fs::perms::owner_all);
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileStore, FullDiskIsSaidAtOnce) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  // Every write to /dev/full fails with ENOSPC, as on a full disk.
  fs::create_symlink("/dev/full", dir / "day.db");
  Result r;
  auto took = timed([&] { r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db day.db")); });
  EXPECT_EQ(r.status, 7) << r.err;
  EXPECT_NE(r.err.find("ổ đĩa chứa kho số liệu 'day.db' đã đầy"), std::string::npos) << r.err;
  EXPECT_LT(took.count(), 30000);
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileStore, ErrorsOutNeverOverwritesAnInput) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  const std::string bad = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n03390,Xã Bình Lư,5,2\n";
  write_file(dir / "bad.csv", bad);
  fs::create_directories(dir / "sub");
  fs::create_symlink(dir / "bad.csv", dir / "link.xlsx");
  for (const std::string out : {"bad.csv", "./bad.csv", "sub/../bad.csv", "link.xlsx"}) {
    Result r = in_dir(dir, baocao_cmd("import bad.csv --period 2025 --db kho.db --errors-out " + sh_quote(out)));
    EXPECT_EQ(r.status, 2) << out << "\n" << r.err;
    EXPECT_NE(r.err.find("--errors-out '" + out + "' là tệp 'bad.csv' đang được nhập"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(dir / "bad.csv"), bad) << "the input is untouched";
  }
  // --units and --mapping files are inputs too.
  Result u = in_dir(dir, baocao_cmd("import --units bad.csv --db kho.db --errors-out bad.csv"));
  EXPECT_EQ(u.status, 2);
  EXPECT_EQ(read_file(dir / "bad.csv"), bad);
  Result ok = in_dir(dir, baocao_cmd("import bad.csv --period 2025 --db kho.db --errors-out loi.xlsx"));
  EXPECT_EQ(ok.status, 4);
  EXPECT_TRUE(fs::exists(dir / "loi.xlsx"));
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
