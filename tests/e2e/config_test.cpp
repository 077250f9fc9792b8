// The configuration file (app/config_file.hpp) as an administrator writes
// it: keys supply the options of every command that has them, a [command]
// section wins over the top, the command line wins over both; mistakes are
// refused with the file and line. Also --version (the data directory and the
// file in use) and the templates directory.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

Result baocao(const TempDir& dir, const std::string& args, const std::string& env = "") {
  return run("cd " + sh_quote(dir.path().string()) + " && " + env + " " + sh_quote(baocao_exe()) + " " +
             args);
}

std::string sample(const std::string& file) {
  return sh_quote((source_dir() / "samples/ninh-binh" / file).string());
}

// Writes DIR/baocao.conf, readable by everyone as /etc/baocao/baocao.conf is.
std::string config(const TempDir& dir, const std::string& text, mode_t mode = 0644) {
  fs::path p = dir / "baocao.conf";
  write_file(p, text);
  ::chmod(p.c_str(), mode);
  return "--config " + sh_quote(p.string());
}

std::string import_sample(const std::string& conf) {
  return "import " + sample("so-lieu-xa-2025.csv") + " " + sample("chi-tieu.csv") + " --period 2025 --bodies " +
         sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") + " " + conf;
}

std::string pdf_text(const fs::path& pdf) {
  return run("pdftotext -layout " + sh_quote(pdf.string()) + " -").out;
}

TEST(Config, ATopKeyGivesEveryCommandThatHasTheOption) {
  TempDir dir;
  std::string conf = config(dir, "# the office's store\ndb = " + (dir / "kho.db").string() + "\n");
  Result imported = baocao(dir, import_sample(conf));
  ASSERT_EQ(imported.status, 0) << imported.err;
  EXPECT_TRUE(fs::exists(dir / "kho.db"));
  EXPECT_FALSE(fs::exists(dir / "baocao.db")) << "the default store was used instead of the file's";
  Result status = baocao(dir, "status --period 2025 " + conf);
  ASSERT_EQ(status.status, 0) << status.err;
  EXPECT_FALSE(fs::exists(dir / "baocao.db"));
  // The command line wins: --db names another (new, empty) store.
  Result other = baocao(dir, "status --period 2025 --db khac.db " + conf);
  ASSERT_EQ(other.status, 0) << other.err;
  EXPECT_TRUE(fs::exists(dir / "khac.db"));
  EXPECT_NE(status.out, other.out) << "the same store was read twice";
}

TEST(Config, ASectionWinsOverTheTopAndGivesRequiredOptions) {
  TempDir dir;
  std::string conf = config(
      dir, "db = " + (dir / "kho.db").string() + "\nout = " + (dir / "ra").string() +
               "\n\n[run]\nout = " + (dir / "ra-run").string() +
               "\nplan = " + (source_dir() / "samples/ninh-binh/ke-hoach-2025.json").string() +
               "\nvars = " + (source_dir() / "samples/ninh-binh/bien-2025.json").string() +
               "\nsubmissions = " + (source_dir() / "samples/ninh-binh/da-nhan-2025.csv").string() + "\n");
  ASSERT_EQ(baocao(dir, import_sample(conf)).status, 0);
  // --out is required by `run`; the file gives it.
  Result r = baocao(dir, "run --cycle 2025 --deadline 2025-12-10 " + conf);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "ra-run/manifest-2025-12-10.json"));
  EXPECT_FALSE(fs::exists(dir / "ra")) << "the top's out was used instead of [run]'s";
  // The top's out for a command without its own section.
  Result e = baocao(dir, "export --month 2020-01 " + conf);
  ASSERT_EQ(e.status, 0) << e.err;
  EXPECT_TRUE(fs::exists(dir / "ra/so-lieu-2020-01.xlsx"));
}

TEST(Config, TheTopsOutIsADirectoryNotTheFileACommandWrites) {
  TempDir dir;
  std::string conf = config(dir, "out = " + (dir / "ra").string() + "\n");
  Result r = baocao(dir, "render " + sh_quote((source_dir() / "templates/bao-cao-tong-hop.tpl").string()) +
                             " --data " + sample("du-lieu-2025.json") + " " + conf);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("thiếu tùy chọn bắt buộc --out"), std::string::npos) << r.err;
}

TEST(Config, AnAlternativeOnTheCommandLineSetsTheFilesAside) {
  TempDir dir;
  // The file names a store; `render --data` reads a JSON file instead, which
  // would be a conflict if both reached the command.
  std::string conf = config(dir, "db = " + (dir / "kho.db").string() + "\n");
  Result r = baocao(dir, "render " + sh_quote((source_dir() / "templates/bao-cao-tong-hop.tpl").string()) +
                             " --data " + sample("du-lieu-2025.json") + " --out bao-cao.pdf " + conf);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(pdf_text(dir / "bao-cao.pdf").find("Ninh Bình"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "kho.db"));
}

TEST(Config, FlagsTakeYesOrNo) {
  TempDir dir;
  const std::string keys = "db = " + (dir / "kho.db").string() + "\n[schedule]\nplan = " +
                           (source_dir() / "samples/ninh-binh/ke-hoach-2025.json").string() +
                           "\nout = " + (dir / "ra").string() + "\n";
  Result dry = baocao(dir, "schedule --now 2025-12-08 " + config(dir, keys + "dry-run = yes\n"));
  ASSERT_EQ(dry.status, 0) << dry.err;
  EXPECT_NE(dry.out.find("2025-11"), std::string::npos) << "the due export is listed: " << dry.out;
  EXPECT_FALSE(fs::exists(dir / "ra")) << "a dry run wrote something";
  Result bad = baocao(dir, "schedule --now 2025-12-08 " + config(dir, keys + "dry-run = perhaps\n"));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("baocao.conf, dòng 5"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("'perhaps'"), std::string::npos) << bad.err;
  Result real = baocao(dir, "schedule --now 2025-12-08 " + config(dir, keys + "dry-run = no\n"));
  EXPECT_TRUE(fs::exists(dir / "ra/schedule-journal.json")) << real.err;
}

TEST(Config, MistakesAreRefusedWithTheFileAndLine) {
  TempDir dir;
  struct Case {
    std::string text, expected;
  };
  const Case cases[] = {
      {"db = a.db\n\nlead_days = 3\n",
       "baocao.conf, dòng 3: khóa 'lead_days' không phải tùy chọn của lệnh nào"},
      {"[schedule]\ncycle = 2025\n",
       "baocao.conf, dòng 2: khóa 'cycle' không phải tùy chọn của lệnh schedule"},
      {"# comment\n[bao-cao]\n", "baocao.conf, dòng 2: không có lệnh 'bao-cao' cho mục [bao-cao]"},
      {"db = a.db\ndb = b.db\n", "baocao.conf, dòng 2: khóa 'db' đã có ở dòng 1"},
      {"db a.db\n", "baocao.conf, dòng 1: dòng không hiểu được"},
      {"[run\n", "baocao.conf, dòng 1: dòng không hiểu được"},
      {"lang = fr\n", "baocao.conf, dòng 1: không có ngôn ngữ 'fr'"},
  };
  for (const Case& c : cases) {
    Result r = baocao(dir, "status --period 2025 " + config(dir, c.text));
    EXPECT_EQ(r.status, 2) << c.text;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << c.text << "\n" << r.err;
    EXPECT_FALSE(fs::exists(dir / "a.db"));
  }
  // A value the command refuses, at its line.
  Result lead = baocao(dir, "schedule --now 2025-12-08 --plan x.json --out ra " +
                                config(dir, "db = a.db\n[schedule]\nlead-days = ba\n"));
  EXPECT_EQ(lead.status, 2);
  EXPECT_NE(lead.err.find("baocao.conf, dòng 3: giá trị 'ba' của tùy chọn --lead-days không hợp lệ"),
            std::string::npos)
      << lead.err;
  // --config names a file that is not there.
  Result missing = baocao(dir, "status --period 2025 --config khong-co.conf");
  EXPECT_EQ(missing.status, 3);
  EXPECT_NE(missing.err.find("khong-co.conf"), std::string::npos) << missing.err;
}

TEST(Config, TheLanguageFromTheFileAndFromTheCommandLine) {
  TempDir dir;
  std::string conf = config(dir, "lang = en\n");
  Result en = baocao(dir, "calendar " + conf);
  EXPECT_EQ(en.status, 2);
  EXPECT_NE(en.err.find("required option --year is missing"), std::string::npos) << en.err;
  Result vi = baocao(dir, "calendar --lang vi " + conf);
  EXPECT_NE(vi.err.find("thiếu tùy chọn bắt buộc --year"), std::string::npos) << vi.err;
  // [calendar] wins over the top.
  Result section = baocao(dir, "calendar " + config(dir, "lang = en\n[calendar]\nlang = vi\n"));
  EXPECT_NE(section.err.find("thiếu tùy chọn bắt buộc --year"), std::string::npos) << section.err;
}

TEST(Config, APasswordIsRefusedInAFileEveryoneCanRead) {
  TempDir dir;
  const std::string text = "pg = postgresql://baocao:bi-mat@localhost:5432/baocao\n";
  Result open = baocao(dir, "--version " + config(dir, text, 0644));
  EXPECT_EQ(open.status, 2);
  EXPECT_NE(open.err.find("baocao.conf, dòng 1: tệp cấu hình này ai cũng đọc được"), std::string::npos)
      << open.err;
  EXPECT_EQ(open.err.find("bi-mat"), std::string::npos) << "the password was printed";
  Result closed = baocao(dir, "--version " + config(dir, text, 0600));
  EXPECT_EQ(closed.status, 0) << closed.err;
  Result form = baocao(dir, "--version " + config(dir, "[form]\npassword = bi-mat\n", 0644));
  EXPECT_EQ(form.status, 2);
  EXPECT_EQ(form.err.find("bi-mat"), std::string::npos);
}

TEST(Config, TheTemplatesDirectoryFromTheFileOrTheCommandLine) {
  TempDir dir;
  fs::copy(source_dir() / "templates", dir / "mau", fs::copy_options::recursive);
  std::string tpl = read_file(dir / "mau/bao-cao-tong-hop.tpl");
  const std::string heading = "# Kết quả thực hiện\n";
  auto at = tpl.find(heading);
  ASSERT_NE(at, std::string::npos);
  tpl.replace(at, heading.size(), heading + "\nMẫu riêng của tỉnh.\n");
  write_file(dir / "mau/bao-cao-tong-hop.tpl", tpl);
  std::string conf = config(dir, "templates = " + (dir / "mau").string() + "\n");
  const std::string report = "report " + sample("so-lieu-xa-2025.csv") + " --targets " +
                             sample("chi-tieu.csv") + " --info " + sample("bao-cao-2025.json") +
                             " --year 2025 ";
  Result own = baocao(dir, report + "--out rieng " + conf);
  ASSERT_EQ(own.status, 0) << own.err;
  EXPECT_NE(pdf_text(dir / "rieng/bao-cao-2025.pdf").find("Mẫu riêng của tỉnh."), std::string::npos);
  Result shipped = baocao(dir, "--templates " + sh_quote((source_dir() / "templates").string()) + " " +
                                   report + "--out chung " + conf);
  ASSERT_EQ(shipped.status, 0) << shipped.err;
  std::string text = pdf_text(dir / "chung/bao-cao-2025.pdf");
  EXPECT_NE(text.find("KẾT QUẢ THỰC HIỆN"), std::string::npos) << text;
  EXPECT_EQ(text.find("Mẫu riêng của tỉnh."), std::string::npos);
}

TEST(Config, VersionNamesTheDataDirectoryAndTheFile) {
  TempDir dir;
  std::string conf = config(dir, "lang = en\n");
  Result r = baocao(dir, "--version " + conf);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Data directory: " + source_dir().string() +
                       " (the source tree this program was built from)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Configuration file: " + (dir / "baocao.conf").string()), std::string::npos) << r.out;
  // BAOCAO_DATA_DIR comes before the build tree, when it holds a font manifest.
  fs::create_directories(dir / "du-lieu/fonts");
  fs::copy_file(source_dir() / "fonts/manifest.json", dir / "du-lieu/fonts/manifest.json");
  Result env = baocao(dir, "--version " + conf, "BAOCAO_DATA_DIR=" + sh_quote((dir / "du-lieu").string()));
  EXPECT_NE(env.out.find("Data directory: " + (dir / "du-lieu").string() +
                         " (from the environment variable BAOCAO_DATA_DIR)"),
            std::string::npos)
      << env.out;
  Result empty = baocao(dir, "--version " + conf, "BAOCAO_DATA_DIR=" + sh_quote(dir.path().string()));
  EXPECT_NE(empty.out.find("(the source tree this program was built from)"), std::string::npos) << empty.out;
}

TEST(Config, TheShippedExampleIsValid) {
  TempDir dir;
  Result r = baocao(dir, "--version --config " + sh_quote((source_dir() / "deploy/baocao.conf").string()));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("deploy/baocao.conf"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace baocao::test
