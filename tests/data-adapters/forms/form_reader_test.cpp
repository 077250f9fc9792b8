// Forms over real workbooks: legacy-font cells decoded through the text
// layer, loose heading matching, and problems located at their cells.
#include "data-adapters/forms/form_reader.hpp"

#include <gtest/gtest.h>

#include "engine/text/fold.hpp"
#include "tests/support/process.hpp"

namespace baocao::forms {
namespace {

std::string fixture(const std::string& name) {
  return (test::source_dir() / "tests/data-adapters/xlsx/fixtures" / name).string();
}

TEST(Forms, VnTimeCellDecodesToVietnamese) {
  xlsx::Workbook b = xlsx::read_workbook(fixture("libreoffice-features.xlsx"));
  auto t = xlsx_table(b, b.sheets[0]);
  EXPECT_EQ(t->cell(7, 1).text, "Hà Nội") << "typed in .VnTime (TCVN3), stored as \"Hµ Néi\"";
  EXPECT_EQ(t->cell(7, 2).text, "Phường Phủ Lý") << "Times New Roman text is left alone";
  EXPECT_EQ(t->cell(4, 1).text, "Mã đơn vị") << "merged A3:A4";
}

TEST(Forms, FoldForMatching) {
  EXPECT_EQ(text::fold_for_match("  MÃ   ĐƠN\tVỊ "), "ma don vi");
  EXPECT_EQ(text::fold_for_match("Số được công nhận"), text::fold_for_match("so duoc cong nhan"));
}

TEST(Forms, MultiRowHeadingsAndCellLocations) {
  xlsx::Workbook b = xlsx::read_workbook(fixture("libreoffice-features.xlsx"));
  auto t = xlsx_table(b, b.sheets[0]);
  Mapping m;
  m.header_rows = {3, 4};
  m.unit_code.heading = {"ma don vi"};
  IndicatorColumns ic;
  ic.id = "gia_dinh_hoc_tap";
  ic.numerator.heading = {"GIA ĐÌNH HỌC TẬP", "số được công nhận"};
  ic.denominator.heading = {"Tổng số"};  // unique suffix of "Gia đình học tập / Tổng số"
  m.indicators = {ic};
  m.first_data_row = 5;
  FormResult r = read_form(*t, m, 2025);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].unit_code, "13285");
  EXPECT_EQ(r.records[0].numerator, 812);
  EXPECT_EQ(r.records[0].denominator, 1204.5);
  EXPECT_EQ(r.records[0].source.cell, "B5");
  EXPECT_EQ(r.records[0].denominator_source.cell, "C5");
  // Row 7 (code "Hà Nội", a name where the figure should be) is wrong twice.
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[1].id, MsgId::text_not_a_number);
  EXPECT_EQ(r.problems[1].where.cell, "B7");
  EXPECT_EQ(r.problems[2].id, MsgId::text_number_required);
  EXPECT_EQ(r.problems[2].where.cell, "C7");
  EXPECT_EQ(format_diagnostic(Lang::vi, r.problems[0]),
            fixture("libreoffice-features.xlsx") + ", sheet 'Biểu 1', ô B6: '12,5a' không phải là số");
  IndicatorColumns missing = ic;
  missing.numerator.heading = {"Dòng họ học tập"};
  m.indicators = {missing};
  EXPECT_FALSE(mapping_fits(*t, m));
}

}  // namespace
}  // namespace baocao::forms
