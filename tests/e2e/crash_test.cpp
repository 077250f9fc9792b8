// `baocao run` and `baocao import` killed with a real SIGKILL at
// many points. A run's outputs go to staging files next to their targets and
// are renamed over them; the store writes each file in one SQLite (WAL)
// transaction. So after any kill every final name holds a complete file (the
// earlier run's bytes or the new run's), the manifest is complete and never
// ahead of its files, leftovers are dot-files a later run removes, and the
// store holds each imported file wholly or not at all. Kill points are spread
// over the duration of a complete run measured first, so the test adapts to
// a slow (sanitizer) build while staying within its time.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <regex>
#include <thread>
#include <vector>

#include "tests/e2e/import_support.hpp"

extern char** environ;

namespace baocao::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Files = std::map<std::string, std::string>;  // path under the out dir -> bytes

// Starts `args` (the baocao binary's arguments) in `dir` with TMPDIR set to
// `tmp`; stdout and stderr go to /dev/null.
pid_t spawn(const fs::path& dir, const fs::path& tmp, const std::vector<std::string>& args) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e)
    if (std::string_view(*e).substr(0, 7) != "TMPDIR=") env_strings.emplace_back(*e);
  env_strings.push_back("TMPDIR=" + tmp.string());
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings{baocao_exe()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  // The relative paths (--db kho.db, --out out) are the test dir's.
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

// Waits for `pid`; its exit status, or -signal when a signal ended it.
int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1000;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// Kills `pid` with SIGKILL after `delay` (unless it ended first); true when
// the kill landed on a running process.
bool kill_after(pid_t pid, std::chrono::microseconds delay) {
  auto until = Clock::now() + delay;
  while (Clock::now() < until) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(
        std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(2)));
  }
  ::kill(pid, SIGKILL);
  return wait_for(pid) == -SIGKILL;
}

Files files_under(const fs::path& root) {
  Files out;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out[fs::relative(e.path(), root).string()] = read_file(e.path());
  return out;
}

// What a killed run may leave: `.NAME.tmp-PID-N` (run's staging file and
// write_file_atomic's temporary alike; `.NAME.staging` from older versions),
// all dot-files.
bool is_leftover(const std::string& rel) {
  static const std::regex leftover(R"((^|.*/)\.[^/]+\.(staging|tmp-[0-9]+-[0-9]+)$)");
  return std::regex_match(rel, leftover);
}

std::vector<std::string> run_args(const std::string& vars) {
  auto s = [](const char* name) { return sample_path(name).string(); };
  return {"run",
          "--cycle",
          "2025",
          "--db",
          "kho.db",
          "--plan",
          s("ke-hoach-2025.json"),
          "--vars",
          vars,
          "--units",
          s("don-vi.csv"),
          "--submissions",
          s("da-nhan-2025.csv"),
          "--out",
          "out",
          "--jobs",
          "2"};
}

// Every PDF passes qpdf --check (one shell for all of them).
void expect_pdfs_sound(const fs::path& root) {
  Result r = run("cd " + sh_quote(root.string()) +
                 " && find . -name '*.pdf' | { n=0; while read -r f; do qpdf --check \"$f\" >/dev/null 2>&1 "
                 "|| { echo \"BAD $f\"; exit 1; }; n=$((n+1)); done; echo \"$n pdfs\"; }");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("BAD"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" 0 pdfs"), std::string::npos) << "no PDF found under " << root;
}

// out/manifest.json lists its outputs with their SHA-256: every one is there
// with those bytes. `dir` is where the run ran.
void expect_manifest_matches(const fs::path& dir) {
  Result r = run("cd " + sh_quote(dir.string()) + " && /usr/bin/python3 -c " +
                 sh_quote("import hashlib,json,os\n"
                          "m=json.load(open('out/manifest.json'))\n"
                          "n=0\n"
                          "for o in m['outputs']:\n"
                          "  f=o['file'] if os.path.exists(o['file']) else os.path.join('out',o['file'])\n"
                          "  assert hashlib.sha256(open(f,'rb').read()).hexdigest()==o['sha256'], f\n"
                          "  n+=1\n"
                          "print(n)\n"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(std::stoi(r.out), 20) << "outputs listed";
}

TEST(Crash, RunKilledAtManyPointsLeavesOnlyCompleteFiles) {
  TempDir dir;
  fs::create_directories(dir / "tmp");
  Result imported = in_dir(dir, sample_import_command());
  ASSERT_EQ(imported.status, 0) << imported.err;
  {
    std::istringstream units(read_file(sample_path("don-vi.csv")));
    std::string trimmed;
    int n = 0;
    for (std::string line; n < 17 && std::getline(units, line); ++n)
      trimmed += line + "\n";  // header, 4 provinces, 12 communes
    write_file(dir / "dv.csv", trimmed);
  }
  // The earlier run differs from the new one (another plan cited), so the
  // killed runs really replace files, and each final name has two allowed contents.
  std::string vars = read_file(sample_path("bien-2025.json"));
  const std::string cited = "186/KH-UBND";
  auto at = vars.find(cited);
  ASSERT_NE(at, std::string::npos);
  write_file(dir / "bien-cu.json", vars.substr(0, at) + "99/KH-UBND" + vars.substr(at + cited.size()));
  const std::string new_vars = sample_path("bien-2025.json").string();

  // The clean new run: its bytes are the only new bytes allowed, its duration sets the kill points.
  auto started = Clock::now();
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(new_vars))), 0);
  auto duration = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
  const Files clean = files_under(dir / "out");
  ASSERT_GT(clean.size(), 20u);
  ASSERT_TRUE(clean.count("manifest.json"));
  expect_pdfs_sound(dir / "out");
  expect_manifest_matches(dir.path());
  fs::rename(dir / "out", dir / "clean");

  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args((dir / "bien-cu.json").string()))), 0);
  const Files old = files_under(dir / "out");
  ASSERT_EQ(old.size(), clean.size());
  expect_pdfs_sound(dir / "out");
  expect_manifest_matches(dir.path());
  std::size_t differing = 0;
  for (const auto& [name, bytes] : old) differing += clean.at(name) != bytes;
  ASSERT_GT(differing, 10u) << "the earlier run must differ for the kills to replace files";
  fs::rename(dir / "out", dir / "old");

  // Kill points: a few in the first milliseconds (start-up, store reading),
  // the rest spread over the whole run; about 20 s of killed runs in all
  // on a quick build, fewer kill points on a slow (sanitizer) one.
  std::vector<std::chrono::microseconds> delays;
  for (int ms : {3, 10, 30, 100}) delays.emplace_back(ms * 1000);
  const long long spread = std::clamp(40'000'000LL / std::max<long long>(duration.count(), 1), 8LL, 18LL);
  for (long long i = 0; i < spread; ++i) delays.emplace_back(duration.count() * (2 * i + 1) / (2 * spread));

  // Leftovers of earlier kills, put back each time; the kills land in a
  // write window only now and then, so two are planted as a killed writer
  // leaves them (staging file, and write_file_atomic's temporary of a dead PID).
  fs::create_directories(dir / "kept/2025-12-10-xa-bao-cao/37");
  write_file(dir / "kept/2025-12-10-xa-bao-cao/37/.tong-hop.pdf.tmp-99999998-3", "%PDF-1.4 half");
  write_file(dir / "kept/2025-12-10-xa-bao-cao/37/.tong-hop.pdf.tmp-99999998-3.tmp-99999999-1", "%PDF-1.4 ha");
  int landed = 0;
  for (auto delay : delays) {
    SCOPED_TRACE("killed after " + std::to_string(delay.count() / 1000) + " ms of a " +
                 std::to_string(duration.count() / 1000) + " ms run");
    fs::remove_all(dir / "out");
    fs::copy(dir / "old", dir / "out", fs::copy_options::recursive);
    for (const auto& [rel, bytes] : files_under(dir / "kept")) {
      fs::create_directories((dir / "out" / rel).parent_path());
      write_file(dir / "out" / rel, bytes);
    }
    pid_t pid = spawn(dir.path(), dir / "tmp", run_args(new_vars));
    ASSERT_GT(pid, 0);
    landed += kill_after(pid, delay);

    const Files now = files_under(dir / "out");
    bool manifest_new = now.count("manifest.json") && now.at("manifest.json") == clean.at("manifest.json");
    for (const auto& [rel, bytes] : now) {
      if (is_leftover(rel)) {
        write_file(dir / "kept" / rel, bytes);
        continue;
      }
      ASSERT_TRUE(clean.count(rel)) << "unexpected file " << rel;
      EXPECT_TRUE(bytes == clean.at(rel) || bytes == old.at(rel))
          << rel << " is neither the old nor the new file";
      if (manifest_new) {
        EXPECT_EQ(bytes, clean.at(rel)) << rel << ": the new manifest was written before it";
      }
    }
    for (const auto& [rel, bytes] : old) EXPECT_TRUE(now.count(rel)) << rel << " disappeared";
  }
  EXPECT_GE(landed, static_cast<int>(delays.size()) / 2) << "most kills must hit a running process";

  // The next run completes over whatever the kills left, removes the
  // leftovers, and gives the clean run's bytes.
  fs::remove_all(dir / "out");
  fs::copy(dir / "old", dir / "out", fs::copy_options::recursive);
  std::size_t kept = 0;
  for (const auto& [rel, bytes] : files_under(dir / "kept")) {
    fs::create_directories((dir / "out" / rel).parent_path());
    write_file(dir / "out" / rel, bytes);
    ++kept;
  }
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(new_vars))), 0);
  EXPECT_EQ(files_under(dir / "out"), clean) << kept << " leftovers put back; all must be gone";
  // baocao's own temporaries have no name (O_TMPFILE). libxlsxwriter names
  // its scratch files "tmp.XXXXXXXXXX" and unlinks each right after opening
  // it; a kill between those two calls leaves one, which is outside our code.
  std::string left;
  for (const auto& e : fs::directory_iterator(dir / "tmp"))
    if (e.path().filename().string().rfind("tmp.", 0) != 0) left += " " + e.path().filename().string();
  EXPECT_EQ(left, "") << "nothing of baocao's left in TMPDIR by the killed runs";
  RecordProperty("run_ms", static_cast<int>(duration.count() / 1000));
  RecordProperty("kills", static_cast<int>(delays.size()));
  RecordProperty("kills_landed", landed);
  RecordProperty("leftovers_removed_by_next_run", static_cast<int>(kept));
}

// An incremental run (one commune's figures changed: its documents and the
// province's are produced, the rest skipped) killed at several points, then
// a run to the end: the outputs and the manifest are byte for byte those of
// a full run from nothing. A kill between an output's rename and the
// manifest leaves a file the manifest does not describe; the next run must
// see it and never trust the old key for it.
TEST(Crash, IncrementalRunKilledThenRunGivesAFullRunsBytes) {
  TempDir dir;
  fs::create_directories(dir / "tmp");
  Result imported = in_dir(dir, sample_import_command());
  ASSERT_EQ(imported.status, 0) << imported.err;
  const std::string vars = sample_path("bien-2025.json").string();
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(vars))), 0);
  fs::rename(dir / "out", dir / "before");

  const std::string figures = read_file(sample_path("so-lieu-xa-2025.csv"));
  write_file(dir / "chau-son.csv", figures.substr(0, figures.find('\n') + 1) +
                                       "13318,Phường Châu Sơn,2100,2855,21,30,5,11,19,23,5139,12359,178,281\n");
  Result changed = in_dir(dir, baocao_cmd("import chau-son.csv --period 2025 --db kho.db"));
  ASSERT_EQ(changed.status, 0) << changed.err;

  // The full run from nothing, after the change.
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(vars))), 0);
  const Files clean = files_under(dir / "out");
  fs::rename(dir / "out", dir / "clean");

  // The incremental run, uninterrupted: its duration sets the kill points.
  fs::copy(dir / "before", dir / "out", fs::copy_options::recursive);
  auto started = Clock::now();
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(vars))), 0);
  auto duration = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
  ASSERT_EQ(files_under(dir / "out"), clean);
  const Files before = files_under(dir / "before");
  std::size_t differing = 0;
  for (const auto& [name, bytes] : before) differing += clean.count(name) && clean.at(name) != bytes;
  ASSERT_GE(differing, 4u) << "the commune's report and appendix, the province's, the manifest";
  ASSERT_LT(differing, before.size() / 4) << "most outputs are skipped";

  std::vector<std::chrono::microseconds> delays;
  for (int ms : {3, 10, 30}) delays.emplace_back(ms * 1000);
  for (long long i = 0; i < 9; ++i) delays.emplace_back(duration.count() * (2 * i + 1) / 18);
  int landed = 0;
  for (auto delay : delays) {
    SCOPED_TRACE("killed after " + std::to_string(delay.count() / 1000) + " ms of a " +
                 std::to_string(duration.count() / 1000) + " ms run");
    fs::remove_all(dir / "out");
    fs::copy(dir / "before", dir / "out", fs::copy_options::recursive);
    pid_t pid = spawn(dir.path(), dir / "tmp", run_args(vars));
    ASSERT_GT(pid, 0);
    landed += kill_after(pid, delay);
    for (const auto& [rel, bytes] : files_under(dir / "out"))
      if (!is_leftover(rel) && rel != ".baocao-schedule.lock") {
        EXPECT_TRUE(bytes == clean.at(rel) || bytes == before.at(rel)) << rel << " is neither the old nor the new file";
      }
    ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", run_args(vars))), 0);
    EXPECT_EQ(files_under(dir / "out"), clean);
  }
  EXPECT_GE(landed, static_cast<int>(delays.size()) / 2) << "most kills must hit a running process";
  RecordProperty("incremental_run_ms", static_cast<int>(duration.count() / 1000));
  RecordProperty("kills_landed", landed);
}

// One import of the sample's figures killed at many points: the store is
// sound, the file's submissions are all there or none, and importing again
// completes with the same figures as an uninterrupted import.
TEST(Crash, ImportKilledMidTransactionKeepsTheStoreConsistent) {
  TempDir dir;
  fs::create_directories(dir / "tmp");
  // The store exists (schema, units, targets): the kills fall on the figures' transaction.
  Result base = in_dir(dir, baocao_cmd("import " + sample("chi-tieu.csv") + " --period 2025 --db base.db"));
  ASSERT_EQ(base.status, 0) << base.err;
  for (const char* suffix : {"-wal", "-shm"})
    ASSERT_FALSE(fs::exists(dir / ("base.db" + std::string(suffix))));
  const std::vector<std::string> args{
      "import", sample_path("so-lieu-xa-2025.csv").string(), "--period", "2025", "--db", "kho.db"};
  const std::string count_query =
      "select count(distinct s.id), count(v.submission_id), coalesce(sum(v.numerator),0) from submissions s "
      "left join submission_values v on v.submission_id = s.id where s.source_file like "
      "'%so-lieu-xa-2025.csv'";
  // integrity_check's verdict, then the counts: one query, one python.
  const std::string check_query =
      "select (select integrity_check from pragma_integrity_check), * from (" + count_query + ")";

  fs::copy_file(dir / "base.db", dir / "kho.db");
  auto started = Clock::now();
  ASSERT_EQ(wait_for(spawn(dir.path(), dir / "tmp", args)), 0);
  auto duration = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
  const std::string whole = sql((dir / "kho.db").string(), count_query);
  ASSERT_EQ(whole.substr(0, 3), "57|") << whole;
  const std::string none = "0|0|0\n";

  int landed = 0, absent = 0, present = 0;
  for (int i = 0; i < 10; ++i) {
    auto delay = std::chrono::microseconds(i < 2 ? (i + 1) * 3000 : duration.count() * (i - 1) / 8);
    SCOPED_TRACE("killed after " + std::to_string(delay.count()) + " us of a " +
                 std::to_string(duration.count()) + " us import");
    for (const char* f : {"kho.db", "kho.db-wal", "kho.db-shm"}) fs::remove(dir / f);
    fs::copy_file(dir / "base.db", dir / "kho.db");
    pid_t pid = spawn(dir.path(), dir / "tmp", args);
    ASSERT_GT(pid, 0);
    landed += kill_after(pid, delay);
    // Opening the store recovers it from its WAL, as the next baocao would.
    std::string counts = sql((dir / "kho.db").string(), check_query);
    EXPECT_TRUE(counts == "ok|" + none || counts == "ok|" + whole) << counts;
    (counts == "ok|" + none ? absent : present) += 1;
    Result again =
        in_dir(dir, baocao_cmd(sh_quote(args[0]) + " " + sh_quote(args[1]) + " --period 2025 --db kho.db"));
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(sql((dir / "kho.db").string(), check_query), "ok|" + whole);
  }
  EXPECT_GE(landed, 5);
  RecordProperty("kills_landed", landed);
  RecordProperty("file_absent_after_kill", absent);
  RecordProperty("file_present_after_kill", present);
}

}  // namespace
}  // namespace baocao::test
