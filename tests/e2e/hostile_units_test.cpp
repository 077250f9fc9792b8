// A units list is checked as a whole before anything is stored: repeated
// rows, a cycle of parents, overlapping validity with itself or with the
// store's shipped list, too many levels. `import --units` and `calendar
// --units` say the same of the same file.
#include <gtest/gtest.h>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kHeader = "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den,tien_than\n";

// The problem lines of a refusal, without the "baocao: " prefix and the summary.
std::vector<std::string> problem_lines(const std::string& err) {
  std::vector<std::string> out;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("baocao: ", 0) == 0) line = line.substr(8);
    if (line.find("không ghi gì vào kho") != std::string::npos) continue;
    out.push_back(line);
  }
  return out;
}

TEST(HostileUnits, ImportAndCalendarRefuseTheSameListAlike) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "don-vi.csv", kHeader +
                                     "12,Tỉnh Lai Châu,tỉnh,,01/07/2025,,\n"
                                     "03388,Phường Đoàn Kết,xã,12,01/07/2025,,\n"
                                     "03388,Phường Đoàn Kết,xã,12,01/07/2025,,\n"   // repeated row
                                     "03390,Xã Bình Lư,xã,03394,01/07/2025,,\n"      // a cycle of parents
                                     "03394,Xã Sin Suối Hồ,xã,03390,01/07/2025,,\n"
                                     "03405,Xã Tả Lèng,xã,12,01/07/2025,,\n"
                                     "03405,Xã Tả Lèng mới,xã,12,01/09/2025,,\n");  // overlaps the row above
  Result imp = in_dir(dir, baocao_cmd("import --units don-vi.csv --db kho.db"));
  EXPECT_EQ(imp.status, 4) << imp.err;
  for (const char* line :
       {"don-vi.csv, dòng 4: dòng này lặp lại dòng 3 (mã '03388', cùng ngày bắt đầu hiệu lực)",
        "don-vi.csv, dòng 5: đơn vị '03390' lại là cấp trên của chính nó",
        "don-vi.csv, dòng 6: đơn vị '03394' lại là cấp trên của chính nó",
        "don-vi.csv, dòng 8: mã đơn vị '03405' có hai thời gian hiệu lực chồng nhau (xem dòng 7)",
        "don-vi.csv: có 4 lỗi, không ghi gì vào kho số liệu"})
    EXPECT_NE(imp.err.find(line), std::string::npos) << line << "\n" << imp.err;
  // Nothing stored: the shipped list stands as it was.
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT parent_code FROM units WHERE code='03390'"), "12\n");
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM units WHERE code='03405'"), "1\n");
  Result cal = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units don-vi.csv"));
  EXPECT_EQ(cal.status, 4) << cal.err;
  EXPECT_EQ(problem_lines(cal.err), problem_lines(imp.err)) << cal.err << "\n---\n" << imp.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileUnits, OverlapWithTheShippedListIsRefusedAndRunsKeepWorking) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  lai_chau_store(dir);
  // Lai Châu said to start on 1/1/2025: the shipped list has it from 1/7/2025.
  write_file(dir / "don-vi.csv", kHeader + "12,Tỉnh Lai Châu,tỉnh,,01/01/2025,,\n");
  Result imp = in_dir(dir, baocao_cmd("import --units don-vi.csv --db kho.db"));
  EXPECT_EQ(imp.status, 4) << imp.err;
  EXPECT_NE(imp.err.find("don-vi.csv, dòng 2: đơn vị '12' có hiệu lực chồng lên bản đã có trong kho (hiệu lực từ "
                         "2025-07-01 đến …)"),
            std::string::npos)
      << imp.err;
  // A list that ends the old version first is accepted.
  write_file(dir / "don-vi-2.csv", kHeader + "12,Tỉnh Lai Châu,tỉnh,,01/01/2025,30/06/2025,\n");
  Result ok = in_dir(dir, baocao_cmd("import --units don-vi-2.csv --db kho.db"));
  EXPECT_EQ(ok.status, 0) << ok.err;
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 0) << "the store still makes its reports: " << r.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileUnits, ADeepChainIsRefusedQuickly) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "plan.json", plan_json());
  std::string list = kHeader + "u0,Tỉnh Gốc,tỉnh,,,,\n";
  for (int i = 1; i < 20000; ++i)
    list += "u" + std::to_string(i) + ",Xã " + std::to_string(i) + ",xã,u" + std::to_string(i - 1) + ",,,\n";
  write_file(dir / "sau.csv", list);
  // A quadratic walk took 81 s here; the ctest timeout would catch a return of it.
  Result cal = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units sau.csv --today 2025-12-20"));
  EXPECT_EQ(cal.status, 4) << cal.err;
  EXPECT_NE(cal.err.find("sau.csv, dòng 18: đơn vị 'u16' ở cấp thứ 17 tính từ trên xuống, quá giới hạn 16 cấp "
                         "(--max-unit-depth)"),
            std::string::npos)
      << cal.err;
  Result imp = in_dir(dir, baocao_cmd("import --units sau.csv --db kho.db"));
  EXPECT_EQ(imp.status, 4);
  EXPECT_NE(imp.err.find("đơn vị 'u16' ở cấp thứ 17"), std::string::npos) << imp.err;
  Result deeper = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units sau.csv --max-unit-depth 64"));
  EXPECT_NE(deeper.err.find("đơn vị 'u64' ở cấp thứ 65"), std::string::npos) << deeper.err;
  Result too_far = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units sau.csv --max-unit-depth 65"));
  EXPECT_EQ(too_far.status, 2);
  // A wide list (20,000 communes under one province) is a normal calendar.
  std::string wide = kHeader + "u0,Tỉnh Gốc,tỉnh,,,,\n";
  for (int i = 1; i < 20000; ++i) wide += "w" + std::to_string(i) + ",Xã " + std::to_string(i) + ",xã,u0,,,\n";
  write_file(dir / "rong.csv", wide);
  Result ok = in_dir(dir, baocao_cmd("calendar --year 2025 --plan plan.json --units rong.csv --today 2025-12-20"));
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("19999"), std::string::npos) << ok.out.substr(0, 500);
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
