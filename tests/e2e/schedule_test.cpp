// `baocao schedule` end to end with an injected clock (--now): the sample
// province imported into a real SQLite store, real `run` and `export`
// outputs, the journal read back with Python's json, mtimes and bytes
// compared across invocations, the lock held with flock(2) and util-linux
// flock(1), and the systemd units checked by systemd-analyze verify.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>
#include <map>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

Result schedule(const TempDir& dir, const std::string& now, const std::string& extra = "") {
  return in_dir(dir,
                baocao_cmd("schedule --db kho.db --plan " + sample("ke-hoach-2025.json") + " --vars " +
                           sample("bien-2025.json") + " --units " + sample("don-vi.csv") + " --submissions " +
                           sample("da-nhan-2025.csv") + " --out out --jobs 2 --now " + now + " " + extra));
}

// The journal's runs as "job|result|late|date" lines, read by Python's json.
std::string journal(const TempDir& dir) {
  Result r = run("/usr/bin/python3 -c " +
                 sh_quote("import json,sys\nj=json.load(open(sys.argv[1]))\nprint('since', j['since'])\n"
                          "for e in j['runs']: print(e['job'], e['result'], e['late'], e['date'], sep='|')") +
                 " " + sh_quote((dir / "out/schedule-journal.json").string()));
  return r.status == 0 ? r.out : "python: " + r.err;
}

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

TEST(Schedule, InsideADeadlinesWindowProducesItsDocumentsOnce) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  // 08/12 06:00 in Vietnam: inside the 10/12 window (lead 3 days: 07/12-10/12),
  // before the 15/12 one (12/12-15/12).
  Result r = schedule(dir, "2025-12-08T06:00:00+07:00");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("[2025-12-08] báo cáo hạn 10/12/2025 (năm 2025): xong. Đã lập"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("[2025-12-08] xuất số liệu tháng 2025-11: xong."), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("15/12/2025"), std::string::npos) << "15/12 is not due yet: " << r.err;

  // The deadline's documents, as its manifest lists them (json + sha256sum).
  Result m = run("cd " + sh_quote((dir / "out").string()) + " && /usr/bin/python3 -c " +
                 sh_quote("import json\nm=json.load(open('manifest-2025-12-10.json'))\n"
                          "print(len(m['outputs']))\n"
                          "for o in m['outputs']: print(o['sha256'] + '  ' + o['file'])") +
                 " > list && tail -n +2 list | sha256sum -c --quiet && head -1 list");
  ASSERT_EQ(m.status, 0) << m.out << m.err;
  EXPECT_GT(std::stoi(m.out), 100)
      << "57 communes' reports and appendices, the consolidated report, reminder";
  fs::remove(dir / "out/list");
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-10-xa-bao-cao/37/tong-hop.pdf"));
  EXPECT_FALSE(fs::exists(dir / "out/2025-12-15-tinh-bao-cao")) << "not in its window yet";
  EXPECT_TRUE(fs::exists(dir / "out/xuat-thang/2025-11/so-lieu-2025-11.xlsx"));
  EXPECT_TRUE(fs::exists(dir / "out/xuat-thang/2025-11/so-lieu-2025-11.csv"));
  EXPECT_EQ(journal(dir),
            "since 2025-12-08\nexport:2025-11|ok|False|2025-12-08\nrun:2025-12-10|ok|False|2025-12-08\n");

  // Again the same day: nothing new, not one byte or mtime changed (journal included).
  auto before = snapshot(dir / "out");
  Result again = schedule(dir, "2025-12-08T18:30:00+07:00");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("[2025-12-08] Không có việc nào đến hạn."), std::string::npos) << again.err;
  EXPECT_EQ(snapshot(dir / "out"), before);

  // The next day, still inside the window: produced again (figures may have
  // arrived), every unchanged document left untouched.
  Result next = schedule(dir, "2025-12-09T06:00:00+07:00", "--lang en");
  ASSERT_EQ(next.status, 0) << next.err;
  EXPECT_NE(next.err.find("[2025-12-09] reports due 10/12/2025 (cycle 2025): done."), std::string::npos)
      << next.err;
  auto after = snapshot(dir / "out");
  for (const auto& [file, seen] : before)
    if (file != "schedule-journal.json") {
      EXPECT_EQ(after.at(file), seen) << file;
    }
  // The schedule's run is the incremental one: every output carries its key
  // in the manifest (its shared members, the templates among them, in the
  // manifest's key_parts), and nothing was new or changed.
  EXPECT_NE(next.err.find(": 0 new or changed,"), std::string::npos) << next.err;
  Result keys = run("cd " + sh_quote((dir / "out").string()) + " && /usr/bin/python3 -c " +
                    sh_quote("import json\nm=json.load(open('manifest-2025-12-10.json'))\n"
                             "print(all(len(o['key']['sha256'])==64 and m['key_parts'][o['key']['part']]['templates']\n"
                             "          for o in m['outputs']))"));
  EXPECT_EQ(keys.out, "True\n") << keys.err;
}

TEST(Schedule, CatchesUpWhatWasMissedWhileOff) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  // Last run on 20/11 (before every window), then the machine is off until 20/02.
  Result first = schedule(dir, "2025-11-20");
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_TRUE(fs::exists(dir / "out/xuat-thang/2025-10/so-lieu-2025-10.xlsx"));
  EXPECT_FALSE(fs::exists(dir / "out/2025-12-10-xa-bao-cao"));

  Result late = schedule(dir, "2026-02-20T07:15:00+07:00");
  ASSERT_EQ(late.status, 0) << late.err;
  for (const char* month : {"2025-11", "2025-12", "2026-01"})
    for (const char* ext : {".xlsx", ".csv"})
      EXPECT_TRUE(fs::exists(dir / "out/xuat-thang" / month / ("so-lieu-" + std::string(month) + ext)))
          << month << ext;
  EXPECT_FALSE(fs::exists(dir / "out/xuat-thang/2026-02")) << "February is not over";
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-10-xa-bao-cao/37/tong-hop.pdf"));
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-15-tinh-bao-cao/37-bao-cao.pdf"));
  EXPECT_TRUE(fs::exists(dir / "out/manifest-2025-12-15.json"));
  EXPECT_NE(late.err.find(
                "báo cáo hạn 10/12/2025 (năm 2025) (chạy muộn: thời gian lập báo cáo 07/12/2025–10/12/2025"),
            std::string::npos)
      << late.err;
  // The bodies' deadline of 30/12 too, whose window runs to its
  // consolidated report's date, 07/01.
  EXPECT_NE(late.err.find(
                "báo cáo hạn 30/12/2025 (năm 2025) (chạy muộn: thời gian lập báo cáo 27/12/2025–07/01/2026"),
            std::string::npos)
      << late.err;
  EXPECT_EQ(count(late.err, "chạy muộn"), 3) << late.err;
  EXPECT_NE(late.err.find("6 việc: 6 xong, 0 lỗi"), std::string::npos) << late.err;
  EXPECT_EQ(journal(dir),
            "since 2025-11-20\n"
            "export:2025-10|ok|False|2025-11-20\n"
            "export:2025-11|ok|False|2026-02-20\n"
            "export:2025-12|ok|False|2026-02-20\n"
            "export:2026-01|ok|False|2026-02-20\n"
            "run:2025-12-10|ok|True|2026-02-20\n"
            "run:2025-12-15|ok|True|2026-02-20\n"
            "run:2025-12-30|ok|True|2026-02-20\n");

  // A missed deadline runs once: the day after, nothing is due.
  Result after = schedule(dir, "2026-02-21");
  ASSERT_EQ(after.status, 0) << after.err;
  EXPECT_NE(after.err.find("Không có việc nào đến hạn"), std::string::npos) << after.err;
  EXPECT_EQ(count(journal(dir), "run:2025-12-10"), 1);
}

TEST(Schedule, SecondRunExitsWhileTheLockIsHeld) {
  TempDir dir;
  fs::create_directories(dir / "out");
  const fs::path lock = dir / "out/.baocao-schedule.lock";
  int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  Result r = schedule(dir, "2025-12-08");
  ::close(fd);
  EXPECT_EQ(r.status, 75) << r.err;
  EXPECT_NE(r.err.find("đang giữ khoá"), std::string::npos) << r.err;
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir.path())) files.push_back(e.path().filename());
  EXPECT_EQ(files, std::vector<std::string>({"out", ".baocao-schedule.lock"})) << "nothing written, no store";

  // --wait waits for the holder (util-linux flock keeps it for a moment) and then runs.
  Result waited = in_dir(dir, "{ (flock -x 9; sleep 1) 9>out/.baocao-schedule.lock & sleep 0.3; " +
                                  baocao_cmd("schedule --db kho.db --plan " + sample("ke-hoach-2025.json") +
                                             " --out out --now 2025-11-20 --wait") +
                                  "; s=$?; wait; exit $s; }");
  EXPECT_EQ(waited.status, 0) << waited.err;
  EXPECT_NE(journal(dir).find("export:2025-10|ok"), std::string::npos) << waited.err;
}

TEST(Schedule, NothingBeforeEveryWindow) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  // --dry-run lists what is due and writes nothing; the clock is Vietnam's:
  // 23:30 UTC on 06/12 is 06:30 on 07/12, the first day of the 10/12 window.
  Result dry = schedule(dir, "2025-12-06T23:30:00Z", "--dry-run");
  ASSERT_EQ(dry.status, 0) << dry.err;
  EXPECT_EQ(dry.out,
            "[2025-12-07] đến hạn: xuất số liệu tháng 2025-11\n"
            "[2025-12-07] đến hạn: báo cáo hạn 10/12/2025 (năm 2025)\n");
  EXPECT_FALSE(fs::exists(dir / "out"));

  ASSERT_EQ(schedule(dir, "2025-11-02").status, 0);  // last month's export only
  auto before = snapshot(dir / "out");
  // 23:59:59 on 30/11 in Vietnam: November is not over, the 30/11
  // inspection deadline produces no documents, 10/12's window opens on 07/12.
  Result r = schedule(dir, "2025-11-30T16:59:59Z");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("[2025-11-30] Không có việc nào đến hạn."), std::string::npos) << r.err;
  EXPECT_EQ(snapshot(dir / "out"), before);
  for (const auto& e : fs::directory_iterator(dir / "out"))
    EXPECT_EQ(e.path().filename().string().find("2025-12-"), std::string::npos) << e.path();
}

TEST(Schedule, AJobThatFailsDoesNotStopTheOthers) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  // A vars file that is not JSON: the deadline's run fails, the export still runs.
  write_file(dir / "hong.json", "{ not json");
  Result r = in_dir(dir, baocao_cmd("schedule --db kho.db --plan " + sample("ke-hoach-2025.json") +
                                    " --vars hong.json --out out --now 2025-12-08"));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("báo cáo hạn 10/12/2025 (năm 2025): lỗi (mã 3)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("xuất số liệu tháng 2025-11: xong"), std::string::npos) << r.err;
  EXPECT_EQ(journal(dir),
            "since 2025-12-08\nexport:2025-11|ok|False|2025-12-08\nrun:2025-12-10|failed|False|2025-12-08\n");
}

TEST(Schedule, SystemdUnitsVerify) {
  if (run("command -v systemd-analyze").status != 0) GTEST_SKIP() << "systemd-analyze is not installed";
  TempDir dir;
  // ExecStart must name an existing executable: the built one stands in for
  // the installed one; everything else is the shipped file, with the paths
  // the build fills in.
  std::string service = read_file(source_dir() / "deploy/baocao-schedule.service.in");
  for (const auto& [at_install, here] : {std::pair<std::string, std::string>{"@CMAKE_INSTALL_FULL_BINDIR@/baocao",
                                                                             baocao_exe()},
                                         {"@CMAKE_INSTALL_FULL_DOCDIR@", "/usr/share/doc/baocao"}}) {
    auto at = service.find(at_install);
    ASSERT_NE(at, std::string::npos) << at_install;
    service.replace(at, at_install.size(), here);
  }
  write_file(dir / "baocao-schedule.service", service);
  fs::copy_file(source_dir() / "deploy/baocao-schedule.timer", dir / "baocao-schedule.timer");
  Result r = in_dir(dir, "systemd-analyze verify baocao-schedule.timer baocao-schedule.service 2>&1");
  if (r.status != 0 && r.out.find("Failed to") != std::string::npos &&
      r.out.find("baocao") == std::string::npos)
    GTEST_SKIP() << "systemd-analyze cannot run here: " << r.out;
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out, "") << "warnings about the units";
  Result cal = run("systemd-analyze calendar '*-*-* 06:00:00 Asia/Ho_Chi_Minh' 2>&1");
  EXPECT_EQ(cal.status, 0) << cal.out;
  std::string timer = read_file(source_dir() / "deploy/baocao-schedule.timer");
  EXPECT_NE(timer.find("OnCalendar=*-*-* 06:00:00 Asia/Ho_Chi_Minh"), std::string::npos);
  EXPECT_NE(timer.find("Persistent=true"), std::string::npos);
}

}  // namespace
}  // namespace baocao::test
