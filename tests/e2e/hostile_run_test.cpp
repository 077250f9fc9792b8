// Two writers into one output directory: `run` takes the lock `schedule`
// takes (flock on DIR/.baocao-schedule.lock), so the second stops with exit
// 75 and a clear message, or waits with --wait; staging files are named per
// process, and the manifest always matches the files.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <regex>
#include <thread>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// The lock as another process holds it.
class HeldLock {
 public:
  explicit HeldLock(const fs::path& out) {
    fs::create_directories(out);
    fd_ = ::open((out / ".baocao-schedule.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    EXPECT_GE(fd_, 0);
    EXPECT_EQ(::flock(fd_, LOCK_EX | LOCK_NB), 0);
  }
  void release() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  ~HeldLock() { release(); }

 private:
  int fd_ = -1;
};

// Every output the manifest lists has the SHA-256 it gives.
void expect_manifest_matches(const fs::path& out) {
  Result r = run("cd " + sh_quote(out.string()) + " && /usr/bin/python3 -c " +
                 sh_quote("import json,hashlib\nm=json.load(open('manifest.json'))\nbad=[o['file'] for o in "
                          "m['outputs'] if hashlib.sha256(open(o['file'],'rb').read()).hexdigest()!=o['sha256']]\n"
                          "print(len(m['outputs']), bad)"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(" []"), std::string::npos) << r.out;
}

TEST(HostileRun, ASecondRunIntoTheSameOutStopsWith75) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  HeldLock held(dir / "out");
  OutsideWatch watch(dir.path(), "");
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 75) << r.err;
  EXPECT_NE(r.err.find("Một lần chạy khác của baocao (run hoặc schedule) đang ghi vào thư mục out"),
            std::string::npos)
      << r.err;
  Result en = in_dir(dir, baocao_cmd(run_args() + " --lang en"));
  EXPECT_NE(en.err.find("Another baocao run or schedule is writing into out"), std::string::npos) << en.err;
  // schedule honours the same lock.
  Result s = in_dir(dir, baocao_cmd("schedule --plan plan.json --vars vars.json --db kho.db --out out "
                                    "--now 2025-12-09"));
  EXPECT_EQ(s.status, 75) << s.err;
  EXPECT_NOTHING_OUTSIDE(watch);
  EXPECT_FALSE(fs::exists(dir / "out/manifest.json"));
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostileRun, WaitWaitsForTheHolder) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  HeldLock held(dir / "out");
  Result waited;
  std::thread second([&] { waited = in_dir(dir, baocao_cmd(run_args() + " --wait")); });
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_FALSE(fs::exists(dir / "out/manifest.json")) << "nothing written while the lock is held";
  held.release();
  second.join();
  EXPECT_EQ(waited.status, 0) << waited.err;
  expect_manifest_matches(dir / "out");
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostileRun, TwoRunsAtOnceNeverCorruptEachOther) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  // Different wording, so both runs really write.
  std::string vars2 = lai_chau_vars_json();
  const std::string signer = "Lò Văn Hùng";
  vars2.replace(vars2.find(signer), signer.size(), "Vàng Thị Mai");
  write_file(dir / "vars2.json", vars2);
  std::vector<Result> results(4);
  std::vector<std::thread> runs;
  for (int i = 0; i < 4; ++i)
    runs.emplace_back([&, i] {
      results[i] = in_dir(dir, baocao_cmd("run --cycle 2025 --db kho.db --plan plan.json --jobs 2 --out out "
                                          "--wait --vars " +
                                          std::string(i % 2 ? "vars2.json" : "vars.json")));
    });
  for (auto& t : runs) t.join();
  for (const Result& r : results) EXPECT_EQ(r.status, 0) << r.err;
  expect_manifest_matches(dir / "out");
  // Without --wait, overlapping runs stop cleanly (75) or finish (0): never another status.
  for (int i = 0; i < 3; ++i)
    runs[static_cast<std::size_t>(i)] = std::thread([&, i] { results[i] = in_dir(dir, baocao_cmd(run_args())); });
  for (int i = 0; i < 3; ++i) runs[static_cast<std::size_t>(i)].join();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(results[i].status == 0 || results[i].status == 75) << results[i].err;
  expect_manifest_matches(dir / "out");
  // No staging file or temporary left behind.
  static const std::regex leftover(R"((^|.*/)\.[^/]+\.(staging|tmp-[0-9]+-[0-9]+)$)");
  for (const auto& [rel, seen] : snapshot(dir / "out")) EXPECT_FALSE(std::regex_match(rel, leftover)) << rel;
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostileRun, StagingNamesArePerProcess) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  // What a fixed staging name made fatal: a directory (or anything) planted
  // at `.tong-hop.pdf.staging` beside the target.
  fs::create_directories(dir / "out/2025-12-10-xa-bao-cao/12/.tong-hop.pdf.staging");
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 0) << r.err;
  expect_manifest_matches(dir / "out");
  EXPECT_NOTHING_OUTSIDE(above);
}

}  // namespace
}  // namespace baocao::test
