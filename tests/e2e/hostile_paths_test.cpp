// Names that become paths: unit codes and deadline ids are refused where
// they enter, and `run` never writes outside its --out directory, even from
// a store that holds such a code already or through a link planted inside
// --out. An --out that cannot be a directory is exit 7 with a translated
// message. Every test checks the directories around the output root.
#include <gtest/gtest.h>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const char* kHistoryHeader = "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den,tien_than\n";

TEST(HostilePaths, ImportUnitsRefusesCodesThatArePaths) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  write_file(dir / "don-vi.csv", std::string(kHistoryHeader) +
                                     "12,Tỉnh Lai Châu,tỉnh,,01/07/2025,,\n"
                                     "../../../x,Xã A,xã,12,01/07/2025,,\n"
                                     "/tmp/baocao-abs,Xã B,xã,12,01/07/2025,,\n"
                                     "a/b,Xã C,xã,12,01/07/2025,,\n"
                                     ".an,Xã D,xã,12,01/07/2025,,\n"
                                     "03390,Xã Bình Lư,xã,../12,01/07/2025,,\n");
  OutsideWatch watch(dir.path(), "");
  for (const std::string how : {"import --units don-vi.csv", "import don-vi.csv"}) {
    Result r = in_dir(dir, baocao_cmd(how + " --db kho.db"));
    EXPECT_EQ(r.status, 4) << how << "\n" << r.err;
    for (const char* line :
         {"don-vi.csv, dòng 3, cột 'ma': mã '../../../x' không hợp lệ", "dòng 4, cột 'ma': mã '/tmp/baocao-abs'",
          "dòng 5, cột 'ma': mã 'a/b'", "dòng 6, cột 'ma': mã '.an'", "dòng 7, cột 'ma_cap_tren': mã '../12'"})
      EXPECT_NE(r.err.find(line), std::string::npos) << line << "\n" << r.err;
    EXPECT_NE(r.err.find("không ghi gì vào kho số liệu"), std::string::npos) << r.err;
  }
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM units WHERE code LIKE '%/%' OR code LIKE '.%'"),
            "0\n");
  EXPECT_FALSE(fs::exists("/tmp/baocao-abs-bao-cao.pdf"));
  EXPECT_NOTHING_OUTSIDE(watch);
  // The GSO layout and `calendar --units` follow the same rule.
  write_file(dir / "gso.csv", "ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa\n12,Tỉnh Lai Châu,Tỉnh,../x,Xã A,Xã\n");
  Result gso = in_dir(dir, baocao_cmd("import --units gso.csv --db kho.db"));
  EXPECT_EQ(gso.status, 4);
  EXPECT_NE(gso.err.find("gso.csv, dòng 2, cột 'ma_xa': mã '../x' không hợp lệ"), std::string::npos) << gso.err;
  write_file(dir / "plan.json", plan_json());
  Result cal = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units don-vi.csv --lang en"));
  EXPECT_EQ(cal.status, 4);
  EXPECT_NE(cal.err.find("don-vi.csv, row 3, column 'ma': invalid code '../../../x'"), std::string::npos) << cal.err;
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostilePaths, PlanDeadlineIdAndTemplateThatArePathsAreRefused) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  for (const std::string& plan :
       {plan_json("../../../x"), plan_json("/tmp/baocao-plan-abs"),
        std::string(R"({"cap": ["tỉnh", "xã"], "han_nop": [{"ma": "xa", "tu_cap": "xã", "den_cap": "tỉnh", "ngay": "10/12",
            "mau": "../../../../etc/passwd"}]})")}) {
    write_file(dir / "plan.json", plan);
    OutsideWatch watch(dir.path(), "out");
    Result r = in_dir(dir, baocao_cmd(run_args()));
    EXPECT_EQ(r.status, 4) << plan << "\n" << r.err;
    EXPECT_NE(r.err.find("plan.json: mã '"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("không hợp lệ"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out")) << "nothing written";
    EXPECT_FALSE(fs::exists("/tmp/baocao-plan-abs"));
    EXPECT_NOTHING_OUTSIDE(watch);
  }
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostilePaths, DuplicateDeadlineIdsAreRefused) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  write_file(dir / "plan.json",
             plan_json("xa-bao-cao", R"(, {"ma": "xa-bao-cao", "tu_cap": "xã", "den_cap": "tỉnh", "ngay": "20/12",
                                          "mau": "bao-cao-xa"})"));
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("plan.json: mã hạn nộp 'xa-bao-cao' lặp lại (hạn nộp thứ 1 và thứ 3)"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
  EXPECT_NOTHING_OUTSIDE(above);
}

// A store filled before codes were checked (or by another program): the path
// builder refuses the write, and nothing lands outside --out.
TEST(HostilePaths, RunNeverWritesOutsideOutFromAStoresCode) {
  for (const std::string code : {"../../../../esc", "/tmp/baocao-esc"}) {
    TempDir dir;
    const fs::path work = dir / "a" / "b";
    fs::create_directories(work);
    write_file(work / "so-lieu.csv", lai_chau_figures_csv());
    write_file(work / "plan.json", plan_json());
    write_file(work / "vars.json", lai_chau_vars_json());
    const std::string cd = "cd " + sh_quote(work.string()) + " && ";
    Result imported = run(cd + baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
    ASSERT_EQ(imported.status, 0) << imported.err;
    const std::string db = (work / "kho.db").string();
    ASSERT_EQ(sql(db, "UPDATE units SET code='" + code + "' WHERE code='03390'"), "\n");
    ASSERT_EQ(sql(db, "UPDATE submissions SET unit_code='" + code + "' WHERE unit_code='03390'"), "\n");
    // Received on time, so the unit's own report is produced, named by its code.
    write_file(work / "da-nhan.csv", "ma_don_vi,nam,ngay_nhan\n" + code + ",2025,05/12/2025\n");
    OutsideWatch watch(dir.path(), "a/b/out");
    Result r = run(cd + baocao_cmd(run_args() + " --submissions da-nhan.csv"));
    EXPECT_EQ(r.status, 7) << code << "\n" << r.err;
    EXPECT_NE(r.err.find("đường dẫn này ra ngoài thư mục kết quả 'out'"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists("/tmp/baocao-esc-bao-cao.pdf"));
    EXPECT_FALSE(fs::exists("/tmp/baocao-esc-phu-luc.xlsx"));
    EXPECT_NOTHING_OUTSIDE(watch);
  }
}

TEST(HostilePaths, RunNeverFollowsALinkPlantedInsideOut) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  fs::create_directories(dir / "out");
  fs::create_directories(dir / "elsewhere");
  fs::create_directory_symlink(dir / "elsewhere", dir / "out" / "2025-12-10-xa-bao-cao");
  OutsideWatch watch(dir.path(), "out");
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 7) << r.err;
  EXPECT_NE(r.err.find("ra ngoài thư mục kết quả"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_empty(dir / "elsewhere"));
  EXPECT_NOTHING_OUTSIDE(watch);
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostilePaths, OutThatIsNoDirectoryIsExit7Translated) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  write_file(dir / "a-file", "x");
  fs::create_symlink(dir / "nowhere", dir / "dangling");
  struct Case {
    std::string out, vi, en;
  };
  const std::vector<Case> cases = {
      {"a-file", "không ghi được vào 'a-file': đó không phải là một thư mục", "cannot write into 'a-file': it is not a directory"},
      {"/dev/null", "không ghi được vào '/dev/null': đó không phải là một thư mục", "it is not a directory"},
      {"dangling", "đó là một liên kết trỏ tới chỗ không tồn tại", "it is a link to something that does not exist"},
      {"a-file/sub", "không ghi được vào 'a-file': đó không phải là một thư mục", "it is not a directory"},
  };
  OutsideWatch watch(dir.path(), "");
  for (const Case& c : cases) {
    for (const char* lang : {"vi", "en"}) {
      Result r = in_dir(dir, baocao_cmd(run_args(sh_quote(c.out)) + " --lang " + lang));
      EXPECT_EQ(r.status, 7) << c.out << "\n" << r.err;
      EXPECT_NE(r.err.find(std::string(lang) == "vi" ? c.vi : c.en), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("filesystem error"), std::string::npos) << r.err;
    }
    Result e = in_dir(dir, baocao_cmd("export --month 2025-12 --db kho.db --out " + sh_quote(c.out)));
    EXPECT_EQ(e.status, 7) << e.err;
  }
  EXPECT_FALSE(fs::exists(dir / "nowhere"));
  EXPECT_NOTHING_OUTSIDE(watch);
  EXPECT_NOTHING_OUTSIDE(above);
}

// Root may write anywhere, so a read-only directory is tried as `nobody`.
std::string as_unprivileged(const Workspace& dir, const std::string& command) {
  if (geteuid() != 0) return "cd " + sh_quote(dir.path().string()) + " && " + command;
  run("chmod -R a+rX " + sh_quote(dir.root().string()));
  return "cd " + sh_quote(dir.path().string()) + " && setpriv --reuid=65534 --regid=65534 --clear-groups -- " +
         command;
}

TEST(HostilePaths, ReadOnlyOutIsExit7Translated) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  fs::create_directories(dir / "ro");
  OutsideWatch watch(dir.path(), "");
  fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  // The store is read-only to `nobody` too: `run` only reads it.
  for (const char* out : {"ro", "ro/sub"}) {
    Result r = run(as_unprivileged(dir, baocao_cmd(run_args(out))));
    EXPECT_EQ(r.status, 7) << out << "\n" << r.err;
    EXPECT_NE(r.err.find("không có quyền ghi hoặc ổ đĩa chỉ cho đọc"), std::string::npos) << r.err;
  }
  fs::permissions(dir / "ro", fs::perms::owner_all);
  EXPECT_TRUE(fs::is_empty(dir / "ro"));
  EXPECT_NOTHING_OUTSIDE(watch);
  EXPECT_NOTHING_OUTSIDE(above);
}

TEST(HostilePaths, EmptyOutDbAndLangAreRefused) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  lai_chau_store(dir);
  OutsideWatch watch(dir.path(), "");
  Result out = in_dir(dir, baocao_cmd("run --cycle 2025 --db kho.db --plan plan.json --vars vars.json --out ''"));
  EXPECT_EQ(out.status, 2);
  EXPECT_NE(out.err.find("tùy chọn --out cần một giá trị không rỗng"), std::string::npos) << out.err;
  Result db = in_dir(dir, baocao_cmd("status --period 2025 --db '' --lang en"));
  EXPECT_EQ(db.status, 2);
  EXPECT_NE(db.err.find("option --db needs a value that is not empty"), std::string::npos) << db.err;
  for (const char* cmd : {"status --period 2025 --lang", "--lang", "status --lang --period 2025"}) {
    Result lang = in_dir(dir, baocao_cmd(cmd));
    EXPECT_EQ(lang.status, 2) << cmd;
    EXPECT_EQ(lang.err.find("requires"), std::string::npos) << "no half-English message: " << lang.err;
  }
  Result lang = in_dir(dir, baocao_cmd("status --period 2025 --lang"));
  EXPECT_EQ(lang.err, "baocao: tùy chọn --lang cần một giá trị\n");
  EXPECT_FALSE(fs::exists(dir / "baocao.db"));
  EXPECT_FALSE(fs::exists(dir / "manifest.json"));
  EXPECT_NOTHING_OUTSIDE(watch);
  EXPECT_NOTHING_OUTSIDE(above);
}

}  // namespace
}  // namespace baocao::test
