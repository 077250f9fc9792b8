// The streaming export writer read back by openpyxl: every row of a table
// longer than the batches the workbook's thread takes, in order, each number
// shown as what it is (an id or a year as written, a quantity grouped), and
// a failure on the workbook's thread reported by finish() with no file left.
#include "engine/render/xlsx/table_export.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <string>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

namespace fs = std::filesystem;

std::vector<ExportColumn> columns() {
  return {{"Lượt nộp", 10}, {"Kỳ báo cáo", 10}, {"Đơn vị", 20}, {"Số đạt", 10}, {"Tỷ lệ", 10}};
}

TEST(TableExport, RowsAcrossBatchesKeepTheirOrderAndEachNumberItsFormat) {
  test::TempDir dir;
  constexpr int kRows = 2500;  // more than two of the writer's batches
  {
    TableExport ex(dir / "t.xlsx", dir / "t.csv", columns(), {});
    for (int i = 0; i < kRows; ++i) {
      std::string name = "Xã Mỹ Lộc " + std::to_string(i);
      std::array<ExportCell, 5> cells = {ExportCell::id(i + 1000), ExportCell::id(2025), ExportCell::of(name),
                                         ExportCell::num(i * 7.0), ExportCell::num(i + 0.5)};
      ex.row(cells);
    }
    ex.finish();
    EXPECT_EQ(ex.rows(), static_cast<std::size_t>(kRows));
  }
  std::string py =
      "import openpyxl,sys\n"
      "ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
      "rows=list(ws.iter_rows(min_row=2))\n"
      "print(len(rows))\n"
      "bad=[r[0].coordinate for i,r in enumerate(rows) if r[0].value!=i+1000 or r[1].value!=2025 or\n"
      "     r[2].value!='Xã Mỹ Lộc %d'%i or r[3].value!=i*7 or r[4].value!=i+0.5]\n"
      "print('bad', bad[:3])\n"
      "r=rows[1000]\n"
      "print([c.number_format for c in r])\n";
  test::write_file(dir / "read.py", py);
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "t.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "2500\nbad []\n['General', 'General', 'General', '#,##0', '#,##0.0#']\n");
  std::string csv = test::read_file(dir / "t.csv");
  EXPECT_NE(csv.find("\r\n1999,2025,Xã Mỹ Lộc 999,6993,999.5\r\n"), std::string::npos);
}

TEST(TableExport, AWorkbookThatCannotBeWrittenFailsFinishAndLeavesNoFile) {
  test::TempDir dir;
  fs::create_directories(dir / "out");
  TableExport ex(dir / "out" / "t.xlsx", dir / "out" / "t.csv", columns(), {});
  for (int i = 0; i < 1500; ++i) {
    std::array<ExportCell, 5> cells = {ExportCell::id(i), ExportCell::id(2025), ExportCell::of("x"),
                                       ExportCell::num(1), ExportCell::num(2)};
    ex.row(cells);
  }
  // The workbook is written at close, into a directory that is gone by then.
  fs::remove_all(dir / "out");
  try {
    ex.finish();
    ADD_FAILURE() << "finish() wrote a workbook into a removed directory";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("close"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir / "out" / "t.xlsx"));
  EXPECT_FALSE(fs::exists(dir / "out" / "t.csv"));
}

TEST(TableExport, DroppedWithoutFinishLeavesTheTargetsUntouched) {
  test::TempDir dir;
  test::write_file(dir / "t.xlsx", "before");
  {
    TableExport ex(dir / "t.xlsx", dir / "t.csv", columns(), {});
    for (int i = 0; i < 1500; ++i) {
      std::array<ExportCell, 5> cells = {ExportCell::id(i), ExportCell::id(2025), ExportCell::of("x"),
                                         ExportCell::num(1), ExportCell::num(2)};
      ex.row(cells);
    }
  }
  EXPECT_EQ(test::read_file(dir / "t.xlsx"), "before");
  EXPECT_FALSE(fs::exists(dir / "t.csv"));
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1);
}

}  // namespace
}  // namespace baocao::render
