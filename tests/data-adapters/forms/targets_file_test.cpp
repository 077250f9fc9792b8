// The one reader of targets files that `import` and `render --targets` share:
// every kind of target from CSV and XLSX, milestones, and every refusal named
// at its file, row and column, in Vietnamese and in English.
#include "data-adapters/forms/targets_file.hpp"

#include <gtest/gtest.h>

#include "engine/model/target_value.hpp"
#include "tests/support/process.hpp"

namespace baocao::forms {
namespace {

const model::IndicatorCatalogue& catalogue() { return model::IndicatorCatalogue::national(); }

std::string refusal(const std::string& path, Lang lang) {
  try {
    read_targets_file(path, catalogue());
  } catch (const Error& e) {
    return e.render(lang);
  }
  ADD_FAILURE() << path << " accepted";
  return {};
}

TEST(TargetsFile, EveryKindFromCsvWithMilestones) {
  test::TempDir dir;
  test::write_file(dir / "t.csv",
                   "nam,chi_so,chi_tieu\n"
                   "2025,gia_dinh_hoc_tap,70\n"
                   "2030,gia_dinh_hoc_tap,75–80\n"
                   "2027,gia_dinh_hoc_tap,\n"
                   "2025,dong_ho_hoc_tap,\"99,5% trở lên\"\n"
                   "2025,cong_dong_hoc_tap,không quá 5%\n"
                   "2025,ky_nang_so,duy trì mức độ 2\n"
                   "2030,lop_xoa_mu_chu,120\n");
  std::vector<Target> t = read_targets_file((dir / "t.csv").string(), catalogue());
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].value, TargetValue::number(70));
  EXPECT_EQ(t[0].percent(), 70.0);
  EXPECT_EQ(t[1].value.kind, TargetKind::range);
  EXPECT_EQ(model::format_target(t[1].value), "75–80%");
  EXPECT_FALSE(t[1].percent().has_value());
  EXPECT_TRUE(t[2].value.is_open()) << "a year the plan leaves open is open, never 0";
  EXPECT_EQ(model::format_target(t[3].value), "từ 99,5% trở lên");
  EXPECT_EQ(model::format_target(t[4].value), "không quá 5%");
  EXPECT_EQ(t[5].value.text, "duy trì mức độ 2");
  EXPECT_EQ(model::format_target(t[6].value, "lớp"), "120 lớp");  // a count may pass 100
  EXPECT_EQ(t[3].source.line, 5);
  EXPECT_EQ(t[3].source.field, "chi_tieu");
  // Only the milestones a plan gives: nothing made up for 2026..2029.
  for (const Target& x : t) EXPECT_TRUE(x.year == 2025 || x.year == 2030 || x.year == 2027);
}

TEST(TargetsFile, EveryKindFromXlsx) {
  test::TempDir dir;
  const auto xlsx = dir / "chi-tieu.xlsx";
  auto r = test::run("/usr/bin/python3 -c \"import openpyxl,sys\n"
                     "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Chi tiêu'\n"
                     "ws.append(['Năm', 'Chỉ số', 'Chỉ tiêu'])\n"
                     "ws.append([2025, 'gia_dinh_hoc_tap', 70])\n"
                     "ws.append([2026, 'gia_dinh_hoc_tap', 0.72]); ws['C3'].number_format = '0%'\n"
                     "ws.append([2030, 'gia_dinh_hoc_tap', '75-80%'])\n"
                     "ws.append([2025, 'dong_ho_hoc_tap', '>= 99,5'])\n"
                     "ws.append([2025, 'ky_nang_so', 'đăng ký Thành phố học tập'])\n"
                     "wb.save(sys.argv[1])\" '" +
                     xlsx.string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<Target> t = read_targets_file(xlsx.string(), catalogue());
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].value, TargetValue::number(70));
  EXPECT_EQ(t[1].value, TargetValue::number(72)) << "a cell shown as 72% is 72";
  EXPECT_EQ(model::format_target(t[2].value), "75–80%");
  EXPECT_EQ(model::format_target(t[3].value), "từ 99,5% trở lên");
  EXPECT_EQ(model::format_target(t[4].value), "đăng ký Thành phố học tập");
  EXPECT_EQ(t[2].source.cell, "C4");
}

TEST(TargetsFile, EveryProblemAtItsRowAndColumn) {
  test::TempDir dir;
  const auto csv = dir / "chi-tieu.csv";
  test::write_file(csv,
                   "nam,chi_so,chi_tieu\n"
                   "2025,gia_dinh_hoc_tap,150\n"
                   "2025,gia_dinh,70\n"
                   "2026,dong_ho_hoc_tap,80-75\n"
                   "2027,dong_ho_hoc_tap,7O\n"
                   "2025,gia_dinh_hoc_tap,60\n"
                   "2025,ky_nang_so,70\n"
                   "2025,ky_nang_so,72\n"
                   "20x5,ky_nang_so,72\n");
  const std::string f = csv.string();
  std::string vi = refusal(f, Lang::vi), en = refusal(f, Lang::en);
  EXPECT_NE(vi.find(f + ", dòng 2, cột 'chi_tieu': chỉ tiêu 150% của chỉ số 'gia_dinh_hoc_tap' là tỷ lệ, phải nằm "
                        "trong khoảng 0–100%"),
            std::string::npos)
      << vi;
  EXPECT_NE(en.find(f + ", row 2, column 'chi_tieu': target 150% of indicator 'gia_dinh_hoc_tap' is a rate"),
            std::string::npos)
      << en;
  // An unknown indicator lists the known ones.
  EXPECT_NE(en.find(f + ", row 3, column 'chi_so': no indicator 'gia_dinh' in the catalogue; known indicators: "
                        "gia_dinh_hoc_tap, dong_ho_hoc_tap,"),
            std::string::npos)
      << en;
  EXPECT_NE(vi.find("không có chỉ số 'gia_dinh' trong danh mục; các chỉ số có: gia_dinh_hoc_tap"), std::string::npos);
  EXPECT_NE(en.find(f + ", row 4, column 'chi_tieu': target range 80–75%: the low end is above the high end"),
            std::string::npos)
      << en;
  EXPECT_NE(en.find(f + ", row 5, column 'chi_tieu': '7O' is not a target"), std::string::npos) << en;
  EXPECT_NE(en.find(f + ", row 8, column 'chi_so': the 2025 target of indicator 'ky_nang_so' is already given on row 7"),
            std::string::npos)
      << en;
  EXPECT_NE(en.find(f + ", row 9, column 'nam': '20x5' is not a year"), std::string::npos) << en;
}

// "99,5" unquoted in a CSV: the decimal comma splits the target into two
// cells; "từ 99" alone must not be stored as the plan's words.
TEST(TargetsFile, AnUnquotedDecimalCommaIsRefusedAtItsCell) {
  test::TempDir dir;
  test::write_file(dir / "t.csv", "nam,chi_so,chi_tieu\n2025,dong_ho_hoc_tap,từ 99,5% trở lên\n");
  const std::string f = (dir / "t.csv").string();
  EXPECT_NE(refusal(f, Lang::vi).find(f + ", dòng 2: ô '5% trở lên' nằm ngoài các cột có tiêu đề; một số có "
                                          "dấu phẩy thập phân (99,5) trong tệp CSV phải đặt trong ngoặc kép"),
            std::string::npos)
      << refusal(f, Lang::vi);
  EXPECT_NE(refusal(f, Lang::en).find("cell '5% trở lên' is outside the headed columns"), std::string::npos);
}

TEST(TargetsFile, MissingColumnIsNamed) {
  test::TempDir dir;
  test::write_file(dir / "t.csv", "nam,chi_so\n2025,gia_dinh_hoc_tap\n");
  EXPECT_NE(refusal((dir / "t.csv").string(), Lang::en).find("chi_tieu"), std::string::npos);
}

}  // namespace
}  // namespace baocao::forms
