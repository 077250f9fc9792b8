#include "data-adapters/csv/units_csv.hpp"

#include <gtest/gtest.h>

#include "engine/model/hierarchy.hpp"
#include "tests/support/process.hpp"

namespace baocao::csv {
namespace {

TEST(UnitsCsv, TheSampleProvinceAndItsMergerHistory) {
  auto rows = read_units_csv((test::source_dir() / "samples/ninh-binh/don-vi.csv").string());
  model::Hierarchy h(rows);
  const Unit* now = h.find("37", {2025, 12, 31});
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->valid_from, (CivilDate{2025, 7, 1}));
  auto preds = h.predecessors(*now);
  ASSERT_EQ(preds.size(), 3u);
  EXPECT_EQ(preds[0]->name, "Tỉnh Hà Nam");
  EXPECT_EQ(preds[1]->name, "Tỉnh Nam Định");
  EXPECT_EQ(preds[2]->valid_to, (CivilDate{2025, 6, 30}));
  EXPECT_EQ(h.children("37", {2025, 12, 31}).size(), 60u);
}

TEST(UnitsCsv, BadDatesAndBlankNamesAreReportedTogether) {
  test::TempDir dir;
  test::write_file(dir / "u.csv",
                   "ma,ten,cap,ma_cap_tren,hieu_luc_tu\n1,,tỉnh,,31/02/2025\n2,B,tỉnh,,2025-07-01\n");
  try {
    read_units_csv((dir / "u.csv").string());
    FAIL();
  } catch (const Error& e) {
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("dòng 2, cột 'hieu_luc_tu': '31/02/2025' không phải ngày hợp lệ"), std::string::npos)
        << m;
    EXPECT_NE(m.find("dòng 2, cột 'ten'"), std::string::npos) << m;
    EXPECT_EQ(e.diagnostics().size(), 2u);
  }
}

TEST(SubmissionsCsv, ReadsDatesAndDeadlineIds) {
  test::TempDir dir;
  test::write_file(
      dir / "s.csv",
      "ma_don_vi,nam,ngay_nhan,tep,han_nop\n21,2025,09/12/2025,a.xlsx,\n22,2025,2025-11-29,b.pdf,kt\n");
  Dataset d;
  read_submissions_csv((dir / "s.csv").string(), d);
  ASSERT_EQ(d.submissions.size(), 2u);
  EXPECT_EQ(d.submissions[0].received, (CivilDate{2025, 12, 9}));
  EXPECT_EQ(d.submissions[1].deadline_id, "kt");
  EXPECT_EQ(d.submissions[1].source, "b.pdf");
}

TEST(SubmissionsCsv, YearThatIsNoYearIsNamed) {
  test::TempDir dir;
  test::write_file(dir / "s.csv", "ma_don_vi,nam,ngay_nhan\n21,209999999999999923,09/12/2025\n22,2025,09/12/2025\n");
  Dataset d;
  try {
    read_submissions_csv((dir / "s.csv").string(), d);
    FAIL() << "accepted";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u) << e.render(Lang::en);
    EXPECT_EQ(e.diagnostics()[0].id, MsgId::data_bad_year);
    EXPECT_EQ(e.diagnostics()[0].where.line, 2);
  }
  EXPECT_TRUE(d.submissions.empty());
}

}  // namespace
}  // namespace baocao::csv
