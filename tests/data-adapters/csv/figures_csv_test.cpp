#include "data-adapters/csv/figures_csv.hpp"

#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::csv {
namespace {

TEST(FiguresCsv, ReadsPairsWithDecimalConventionsAndSkipsUnreportedIndicators) {
  test::TempDir dir;
  test::write_file(dir / "f.csv",
                   "ma_don_vi;ten_don_vi;gia_dinh_hoc_tap_dat;gia_dinh_hoc_tap_tong;dong_ho_hoc_tap_dat;dong_"
                   "ho_hoc_tap_tong\n"
                   "001;Xã A;1.234;2.000;;\n"
                   "002;Xã B;\" 12 \";20;3;4\n");
  Dataset d;
  read_figures_csv((dir / "f.csv").string(), d);
  ASSERT_EQ(d.records.size(), 3u);
  EXPECT_EQ(d.records[0].unit_name, "Xã A");
  EXPECT_DOUBLE_EQ(d.records[0].numerator, 1234);
  EXPECT_DOUBLE_EQ(d.records[0].denominator, 2000);
  EXPECT_EQ(d.records[1].indicator, "gia_dinh_hoc_tap");
  EXPECT_EQ(d.records[2].indicator, "dong_ho_hoc_tap");
  EXPECT_EQ(d.records[2].source.line, 3);
}

TEST(FiguresCsv, EveryBadCellIsReportedAtOnceWithRowAndColumn) {
  test::TempDir dir;
  test::write_file(dir / "f.csv",
                   "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
                   "001,Xã A,\"12,5a\",20\n"
                   "002,Xã B,3,\n");
  Dataset d;
  try {
    read_figures_csv((dir / "f.csv").string(), d);
    FAIL();
  } catch (const Error& e) {
    std::string f = (dir / "f.csv").string();
    EXPECT_EQ(e.render(Lang::vi), f + ", dòng 2, cột 'gia_dinh_hoc_tap_dat': '12,5a' không phải là số\n" + f +
                                      ", dòng 3, cột 'gia_dinh_hoc_tap_tong': ô trống, cần một số");
  }
  EXPECT_TRUE(d.records.empty());  // nothing half-read
}

TEST(FiguresCsv, TargetsKeepBlankAsNoTarget) {
  test::TempDir dir;
  test::write_file(
      dir / "t.csv",
      "nam,chi_so,chi_tieu\n2030,gia_dinh_hoc_tap,80\n2030,dong_ho_hoc_tap,\n2025,x,\"99,5%\"\n");
  Dataset d;
  read_targets_csv((dir / "t.csv").string(), d);
  ASSERT_EQ(d.targets.size(), 3u);
  EXPECT_EQ(d.targets[0].percent, 80.0);
  EXPECT_FALSE(d.targets[1].percent.has_value());
  EXPECT_EQ(d.targets[2].percent, 99.5);
}

// Found by the csv_reader fuzzer: a year of 2.1e17 was cast to int (undefined
// behaviour, UBSan). A number that is no year is named at its cell.
TEST(FiguresCsv, TargetYearThatIsNoYearIsNamed) {
  test::TempDir dir;
  test::write_file(dir / "t.csv",
                   "nam,chi_so,chi_tieu\n2022,gia_dinh_hoc_tap,55\n209999999999999923,gia_dinh_hoc_tap,60\n"
                   "2025.5,dong_ho_hoc_tap,60\n1800,dong_ho_hoc_tap,60\n");
  Dataset d;
  try {
    read_targets_csv((dir / "t.csv").string(), d);
    FAIL() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 3u) << e.render(Lang::en);
    for (const auto& diag : e.diagnostics()) EXPECT_EQ(diag.id, MsgId::data_bad_year);
    std::string en = e.render(Lang::en);
    EXPECT_NE(en.find("row 3, column 'nam': '209999999999999923' is not a year"), std::string::npos) << en;
    EXPECT_NE(en.find("'1800' is not a year"), std::string::npos) << en;
  }
  EXPECT_TRUE(d.targets.empty());
}

TEST(FiguresCsv, MissingColumnsAreNamed) {
  test::TempDir dir;
  test::write_file(dir / "f.csv", "ma,ten\n1,2\n");
  Dataset d;
  try {
    read_figures_csv((dir / "f.csv").string(), d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.render(Lang::vi).find("thiếu cột 'ma_don_vi'"), std::string::npos);
  }
  test::write_file(dir / "g.csv", "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat\n1,2,3\n");
  try {
    read_figures_csv((dir / "g.csv").string(), d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.render(Lang::vi).find("thiếu cột 'gia_dinh_hoc_tap_tong'"), std::string::npos);
  }
}

// 1e309 overflows a double and NaN / inf are no count of anything;
// each is refused as not a number, naming the line and the column.
TEST(FiguresCsv, OverflowNanAndInfinityAreNotNumbers) {
  test::TempDir dir;
  test::write_file(dir / "f.csv",
                   "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
                   "001,Xã A,1e309,20\n"
                   "002,Xã B,NaN,inf\n"
                   "003,Xã C,-Infinity,1E5\n");
  Dataset d;
  try {
    read_figures_csv((dir / "f.csv").string(), d);
    FAIL() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 5u) << e.render(Lang::en);
    for (const auto& diag : e.diagnostics()) {
      EXPECT_EQ(diag.id, MsgId::text_not_a_number);
      EXPECT_EQ(diag.where.file, (dir / "f.csv").string());
    }
    std::string en = e.render(Lang::en);
    EXPECT_NE(en.find("row 2, column 'gia_dinh_hoc_tap_dat': '1e309'"), std::string::npos) << en;
    EXPECT_NE(en.find("'NaN'"), std::string::npos) << en;
    EXPECT_NE(en.find("row 3, column 'gia_dinh_hoc_tap_tong': 'inf'"), std::string::npos) << en;
    EXPECT_NE(en.find("'-Infinity'"), std::string::npos) << en;
    EXPECT_NE(en.find("'1E5'"), std::string::npos) << en;
  }
}

}  // namespace
}  // namespace baocao::csv
