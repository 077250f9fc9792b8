// The issuers register, plans kept in the store, unit names checked against
// their codes, and calendar and status reading the store as `run` does: the
// command-line contract, end to end on the real binary.
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

TEST(Issuers, RegisterImportedAndReplacedWhole) {
  TempDir dir;
  Result r = in_dir(dir, baocao_cmd("import --bodies " + sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") + " --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("đã nhập sổ cơ quan ban hành (142 dòng)"), std::string::npos) << r.out;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT signer FROM issuers WHERE unit_code = '37' AND body = 'ubnd'"),
            "Nguyễn Văn An\n");
  // The same register as XLSX (first sheet), written by openpyxl, with
  // Phủ Lý's signer changed: it replaces the CSV's.
  auto xlsx = [&](const std::string& extra_row) {
    Result x = run("/usr/bin/python3 -c " +
                   sh_quote("import csv,openpyxl,sys\nwb=openpyxl.Workbook()\nws=wb.active\n"
                            "for r in csv.reader(open(sys.argv[1],encoding='utf-8')):\n"
                            "  ws.append(['Lê Văn Mới' if r[0]=='13285' and i==10 else c for i,c in enumerate(r)])\n"
                            "if sys.argv[3]: ws.append(sys.argv[3].split(','))\n"
                            "wb.save(sys.argv[2])") +
                   " " + sh_quote(sample_path("co-quan-ban-hanh.csv").string()) + " " +
                   sh_quote((dir / "so.xlsx").string()) + " " + sh_quote(extra_row));
    ASSERT_EQ(x.status, 0) << x.err;
  };
  xlsx("");
  r = in_dir(dir, baocao_cmd("import --issuers so.xlsx --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT signer FROM issuers WHERE unit_code = '13285'"), "Lê Văn Mới\n");
  xlsx("13285,,ubnd,,,,,,,,Người Thứ Hai,");
  r = in_dir(dir, baocao_cmd("import --issuers so.xlsx --db kho.db"));
  EXPECT_EQ(r.status, 4) << "13285 twice";
  EXPECT_NE(r.err.find("13285, cơ quan 'ubnd' đã có ở dòng 5"), std::string::npos) << r.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT signer FROM issuers WHERE unit_code = '13285'"), "Lê Văn Mới\n");
}

TEST(Issuers, EveryProblemOfARegisterAtOnceAndNothingStored) {
  TempDir dir;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --bodies " + sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") + " --db kho.db")).status, 0);
  write_file(dir / "sai.csv",
             "ma_don_vi,cap,co_quan,ten_co_quan,quyen_han,nguoi_ky\n"
             ",,ubnd,Ủy ban nhân dân,,\n"                      // neither unit nor level
             ",thôn,ubnd,x,,\n"                                // not a level
             "13285,,Sở GD,x,,\n"                             // body key not a slug
             "13318,,ubnd,,Thay mặt Ủy ban,\n"               // authority without its prefix
             "99999,,ubnd,,,Ai Đó\n");                        // no such unit
  Result r = in_dir(dir, baocao_cmd("import --issuers sai.csv --db kho.db --lang en"));
  EXPECT_EQ(r.status, 4) << r.err;
  for (const char* m : {"sai.csv, row 2", "names neither a unit", "level 'thôn' is not an administrative level",
                        "body key 'Sở GD'", "signing authority 'Thay mặt Ủy ban' must start with TM."})
    EXPECT_NE(r.err.find(m), std::string::npos) << m << "\n" << r.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM issuers"), "142\n") << "the old register stays";
  write_file(dir / "ma.csv", "ma_don_vi,co_quan,nguoi_ky\n99999,ubnd,Ai Đó\n");
  r = in_dir(dir, baocao_cmd("import --issuers ma.csv --db kho.db"));
  EXPECT_EQ(r.status, 4);
  EXPECT_NE(r.err.find("mã đơn vị '99999' không có trong danh sách đơn vị của kho"), std::string::npos) << r.err;
}

// "00008,Phường Ba Đình": the code of Phường Ngọc Hà with another ward's
// name. A warning naming both; with --strict the file is refused.
TEST(Issuers, ANameThatIsNotItsCodesIsWarnedOrWithStrictRefused) {
  TempDir dir;
  write_file(dir / "so-lieu.csv",
             "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
             "00004,PHƯỜNG  BA ĐÌNH,10,20\n"   // the same name, other case and spacing
             "00025,Giảng Võ,10,20\n"          // without its kind
             "00008,Phường Ba Đình,11,20\n");  // the code of Ngọc Hà
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("cảnh báo: so-lieu.csv, dòng 4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tên đơn vị 'Phường Ba Đình' không khớp với mã 00008 ('Phường Ngọc Hà')"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("dòng 2"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("dòng 3"), std::string::npos) << r.err;

  TempDir strict;
  write_file(strict / "so-lieu.csv", read_file(dir / "so-lieu.csv"));
  r = in_dir(strict, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db --strict --lang en"));
  EXPECT_EQ(r.status, 4);
  EXPECT_NE(r.err.find("unit name 'Phường Ba Đình' does not match code 00008 ('Phường Ngọc Hà')"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(sql((strict / "kho.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
}

// calendar and status read the store as run does: nothing else given.
TEST(Issuers, CalendarAndStatusFromTheStoreAlone) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --plan " + sample("ke-hoach-2025.json") + " --db kho.db")).status, 0);
  Result c = in_dir(dir, baocao_cmd("calendar --year 2025 --db kho.db --today 2026-01-10"));
  ASSERT_EQ(c.status, 0) << c.err;
  EXPECT_NE(c.out.find("10/12/2025  xã → tỉnh"), std::string::npos) << c.out;
  EXPECT_NE(c.out.find("(3321 đơn vị:"), std::string::npos) << "the store's 2025 list: " << c.out;
  Result s = in_dir(dir, baocao_cmd("status --db kho.db"));
  ASSERT_EQ(s.status, 0) << s.err;
  // The province's 129 communes and its 10 reporting bodies are expected.
  EXPECT_NE(s.out.find("Kỳ 2025: 57/139 đơn vị đã nộp"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("  HKH Hội Khuyến học tỉnh (cơ quan)\n"), std::string::npos) << s.out;
  EXPECT_NE(c.out.find("30/12/2025  cơ quan → tỉnh"), std::string::npos) << c.out;
  EXPECT_NE(c.out.find("(10 cơ quan: 0 đúng hạn, 0 muộn, 10 chưa nộp)"), std::string::npos) << c.out;
  EXPECT_NE(s.out.find("+07:00"), std::string::npos) << "Vietnam times: " << s.out;
  EXPECT_EQ(s.out.find("Z\n"), std::string::npos) << s.out;
  // A plan next to the store works the same way.
  TempDir next;
  ASSERT_EQ(import_sample(next).status, 0);
  fs::copy_file(sample_path("ke-hoach-2025.json"), next / "ke-hoach-2025.json");
  c = in_dir(next, baocao_cmd("calendar --year 2025 --db kho.db"));
  EXPECT_EQ(c.status, 0) << c.err;
}

}  // namespace
}  // namespace baocao::test
