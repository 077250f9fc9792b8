// An import of a form full of bad rows: the message lists the first
// --max-errors problems and says how many more; --errors-out gets every one,
// streamed (the workbook is not built in memory).
#include <gtest/gtest.h>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

TEST(HostileImport, ListedProblemsAreCappedAndTheWorkbookHasThemAll) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  std::string csv = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n";
  const int rows = 60000;
  for (int i = 0; i < rows; ++i) csv += "03390,Xã Bình Lư,x" + std::to_string(i) + ",2\n";
  write_file(dir / "xau.csv", csv);
  Result r = in_dir(dir, baocao_cmd("import xau.csv --period 2025 --db kho.db --errors-out loi.xlsx"));
  EXPECT_EQ(r.status, 4);
  // One "not a number" per row (a row without its figure repeats nothing).
  const int problems = rows;
  EXPECT_NE(r.err.find("... và " + std::to_string(problems - 1000) +
                       " lỗi khác không liệt kê ở đây (giới hạn --max-errors 1000)"),
            std::string::npos)
      << r.err.substr(r.err.size() > 600 ? r.err.size() - 600 : 0);
  EXPECT_NE(r.err.find("xau.csv: có " + std::to_string(problems) + " lỗi, không ghi gì vào kho số liệu"),
            std::string::npos);
  std::size_t listed = 0;
  for (std::size_t at = 0; (at = r.err.find("xau.csv, dòng ", at)) != std::string::npos; ++at) ++listed;
  EXPECT_EQ(listed, 1000u);
  Result book = run("/usr/bin/python3 -c " +
                    sh_quote("import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                             "print(sum(1 for _ in wb.active.iter_rows(min_row=2)))") +
                    " " + sh_quote((dir / "loi.xlsx").string()));
  EXPECT_EQ(book.status, 0) << book.err;
  EXPECT_EQ(book.out, std::to_string(problems) + "\n");

  Result few = in_dir(dir, baocao_cmd("import xau.csv --period 2025 --db kho.db --max-errors 3 --lang en"));
  EXPECT_EQ(few.status, 4);
  EXPECT_NE(few.err.find("... and " + std::to_string(problems - 3) + " more problems not listed here"),
            std::string::npos)
      << few.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
