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
}

// A count has no total column; whether an indicator is one is the
// catalogue's to say (engine/model/rates: a rate without its total is refused
// there), so the reader keeps what it found and marks the missing total.
TEST(FiguresCsv, AnIndicatorWithoutTotalColumnIsReadAsACount) {
  test::TempDir dir;
  test::write_file(dir / "g.csv", "ma_don_vi,ten_don_vi,lop_xoa_mu_chu_dat\n1,Xã A,3\n");
  Dataset d;
  read_figures_csv((dir / "g.csv").string(), d);
  ASSERT_EQ(d.records.size(), 1u);
  EXPECT_EQ(d.records[0].numerator, 3);
  EXPECT_EQ(d.records[0].denominator, 0);
  EXPECT_FALSE(d.records[0].has_denominator);
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
