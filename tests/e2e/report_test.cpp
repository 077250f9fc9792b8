// The first end-to-end path: sample CSV -> rates vs targets -> document ->
// PDF and XLSX, checked with poppler, qpdf and openpyxl.
#include <gtest/gtest.h>

#include <memory>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSample = source_dir() / "samples" / "ninh-binh";

std::string report_args(const fs::path& figures, const fs::path& out) {
  return sh_quote(baocao_exe()) + " report " + sh_quote(figures.string()) + " --targets " +
         sh_quote((kSample / "chi-tieu.csv").string()) + " --info " +
         sh_quote((kSample / "bao-cao-2025.json").string()) + " --year 2025 --out " + sh_quote(out.string());
}

class SampleReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    Result r = run(report_args(kSample / "so-lieu-xa-2025.csv", dir_->path()));
    ASSERT_EQ(r.status, 0) << r.err;
    pdf_ = (dir_->path() / "bao-cao-2025.pdf").string();
    xlsx_ = (dir_->path() / "bao-cao-2025.xlsx").string();
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::unique_ptr<TempDir> dir_;
  static std::string pdf_, xlsx_;
};
std::unique_ptr<TempDir> SampleReport::dir_;
std::string SampleReport::pdf_, SampleReport::xlsx_;

TEST_F(SampleReport, PdfTextHasTheExactVietnameseStrings) {
  Result r = run("pdftotext -layout " + sh_quote(pdf_) + " -");
  ASSERT_EQ(r.status, 0);
  for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                        "UBND TỈNH NINH BÌNH", "Số: 125/BC-SGDĐT", "Ninh Bình, ngày 12 tháng 12 năm 2025", "BÁO CÁO",
                        "Kết quả xây dựng xã hội học tập năm 2025", "Nơi nhận:", "Nguyễn Văn An",
                        "Phường Phủ Lý", "Tổng cộng"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s;
}

TEST_F(SampleReport, PdfFontsAreEmbedded) {
  Result r = run("pdffonts " + sh_quote(pdf_));
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("LiberationSerif"), std::string::npos) << r.out;
  // Every font line says "yes" in the emb column.
  std::size_t lines = 0, pos = r.out.find("---");
  pos = r.out.find('\n', pos);
  while ((pos = r.out.find('\n', pos + 1)) != std::string::npos) ++lines;
  EXPECT_EQ(lines, 4u) << r.out;
  EXPECT_EQ(r.out.find(" no "), std::string::npos) << r.out;
}

TEST_F(SampleReport, QpdfCheckPasses) {
  Result r = run("qpdf --check " + sh_quote(pdf_));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors found"), std::string::npos) << r.out;
}

TEST_F(SampleReport, PdfMetadataInVietnamese) {
  Result r = run("pdfinfo " + sh_quote(pdf_));
  EXPECT_NE(r.out.find("Báo cáo kết quả xây dựng xã hội học tập năm 2025"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Sở Giáo dục và Đào tạo"), std::string::npos) << r.out;
}

TEST_F(SampleReport, XlsxValuesMatchAnIndependentRecomputation) {
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_summary_xlsx.py").string()) + " " +
                 sh_quote((kSample / "so-lieu-xa-2025.csv").string()) + " " + sh_quote(xlsx_));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ok 57 units 6 indicators"), std::string::npos) << r.out << r.err;
}

TEST_F(SampleReport, LibreOfficeRecalculatesTheFormulasToOurCachedValues) {
  TempDir work;
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/recalc_with_libreoffice.py").string()) + " " +
                 sh_quote(xlsx_) + " " + sh_quote(work.path().string()));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("recalculated"), std::string::npos) << r.out << r.err;
}

TEST_F(SampleReport, SameInputGivesByteIdenticalOutputs) {
  TempDir again;
  Result r = run(report_args(kSample / "so-lieu-xa-2025.csv", again.path()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(again / "bao-cao-2025.pdf"), read_file(pdf_));
  EXPECT_EQ(read_file(again / "bao-cao-2025.xlsx"), read_file(xlsx_));
}

TEST(ReportErrors, NonNumericCellNamesFileRowColumnAndWritesNothing) {
  TempDir dir;
  std::string csv = read_file(kSample / "so-lieu-xa-2025.csv");
  std::size_t line3 = csv.find('\n', csv.find('\n') + 1) + 1;  // third line: second unit
  std::size_t c = csv.find(',', csv.find(',', line3) + 1) + 1;   // its third field
  csv.insert(c, "x");
  write_file(dir / "bad.csv", csv);
  Result r = run(report_args(dir / "bad.csv", dir / "out"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("bad.csv, dòng 3, cột 'gia_dinh_hoc_tap_dat': 'x"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("không phải là số"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out" / "bao-cao-2025.pdf"));
  EXPECT_FALSE(fs::exists(dir / "out" / "bao-cao-2025.xlsx"));
}

TEST(ReportErrors, MissingFileIsAnInputError) {
  TempDir dir;
  Result r = run(report_args(dir / "khong-co.csv", dir / "out") + " --lang en");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("khong-co.csv' not found"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(ReportErrors, NumeratorAboveDenominatorIsRefused) {
  TempDir dir;
  write_file(dir / "f.csv", "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n001,Xã A,50,40\n");
  Result r = run(report_args(dir / "f.csv", dir / "out"));
  EXPECT_EQ(r.status, 4);
  EXPECT_NE(r.err.find("f.csv, dòng 2, cột 'gia_dinh_hoc_tap_dat': số đạt (50) lớn hơn tổng số (40)"), std::string::npos)
      << r.err;
}

TEST(ReportErrors, EarlierReportSurvivesAFailedRun) {
  TempDir dir;
  Result ok = run(report_args(kSample / "so-lieu-xa-2025.csv", dir.path()));
  ASSERT_EQ(ok.status, 0) << ok.err;
  std::string before = read_file(dir / "bao-cao-2025.pdf");
  write_file(dir / "bad.csv", "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n001,Xã A,1,x\n");
  Result bad = run(report_args(dir / "bad.csv", dir.path()));
  EXPECT_NE(bad.status, 0);
  EXPECT_EQ(read_file(dir / "bao-cao-2025.pdf"), before);
}

}  // namespace
}  // namespace baocao::test

namespace baocao::test {
namespace {

// With the units list and the receipts, the report knows who should have
// reported: it counts 57/60, names the missing and late communes, and
// compares with 2024, which the three provinces merged on 1/7/2025 reported.
TEST(ReportWithUnits, NamesMissingAndLateUnitsAndComparesWithThePreviousYear) {
  TempDir dir;
  Result r = run(report_args(kSample / "so-lieu-xa-2025.csv", dir.path()) + " --previous " +
                 sh_quote((kSample / "so-lieu-tinh-2024.csv").string()) + " --units " +
                 sh_quote((kSample / "don-vi.csv").string()) + " --scope 37 --submissions " +
                 sh_quote((kSample / "da-nhan-2025.csv").string()) + " --deadline 2025-12-10");
  ASSERT_EQ(r.status, 0) << r.err;
  Result t = run("pdftotext " + sh_quote((dir / "bao-cao-2025.pdf").string()) + " -");
  std::string text = t.out;
  for (auto* c = &text[0]; c < &text[0] + text.size(); ++c)
    if (*c == '\n') *c = ' ';
  EXPECT_NE(text.find("Tổng hợp báo cáo của 57/60 xã, phường"), std::string::npos) << text;
  EXPECT_NE(text.find("còn 3 đơn vị chưa gửi báo cáo: xã Bình Lục, phường Vị Khê, phường Yên Sơn"), std::string::npos)
      << text;
  EXPECT_NE(text.find("phường Lê Hồ, xã Giao Thuỷ"), std::string::npos) << text;
  // Gia đình học tập, by hand from the files: 2025 is 244 132 / 334 366 = 73.01 %;
  // 2024 is (Hà Nam + Nam Định + old Ninh Bình) 534 806 / 782 000 = 68.39 %: +4.6 points.
  EXPECT_NE(text.find("244.132/334.366 gia đình được công nhận Gia đình học tập, đạt 73,0%, vượt chỉ tiêu 70%; tăng "
                      "4,6 điểm phần trăm so với năm 2024"),
            std::string::npos)
      << text;
  // Bảng 2 shows 2024 as that sum, and the note names the three.
  EXPECT_NE(text.find("534.806"), std::string::npos) << text;
  EXPECT_NE(text.find("là tổng số liệu của tỉnh Hà Nam, tỉnh Nam Định, tỉnh Ninh Bình trước khi hợp nhất"),
            std::string::npos)
      << text;
}

// a figure of the new QĐ 677 indicator (staff of learning units
// who are learning citizens) is rolled up, judged against the sample plan's
// 2025 target and listed in the report's table and appendix; indicators the
// figures do not carry stay out.
TEST(ReportWithUnits, NewQd677IndicatorIsRolledUpAndJudged) {
  TempDir dir;
  write_file(dir / "so-lieu.csv",
             "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,cong_dan_hoc_tap_don_vi_dat,"
             "cong_dan_hoc_tap_don_vi_tong\n"
             "13285,Phường Phủ Lý,5000,7000,45,60\n"
             "13318,Phường Châu Sơn,4000,6000,30,90\n"
             "13330,Phường Duy Tân,3000,5000,7,50\n");
  Result r = run(report_args(dir / "so-lieu.csv", dir.path() / "out"));
  ASSERT_EQ(r.status, 0) << r.err;
  Result t = run("pdftotext " + sh_quote((dir / "out" / "bao-cao-2025.pdf").string()) + " -");
  ASSERT_EQ(t.status, 0);
  std::string text = t.out;
  for (auto* c = &text[0]; c < &text[0] + text.size(); ++c)
    if (*c == '\n') *c = ' ';
  // By hand: 45 + 30 + 7 = 82 over 60 + 90 + 50 = 200, 41 %, under the 60 % of 2025.
  EXPECT_NE(
      text.find("82/200 cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt danh hiệu Công dân "
                "học tập, đạt 41,0%, chưa đạt chỉ tiêu 60%"),
      std::string::npos)
      << text;
  EXPECT_EQ(text.find("Hội viên được tập huấn"), std::string::npos) << text;
  EXPECT_EQ(text.find("kỹ năng số"), std::string::npos) << text;
}

// six indicators with a province's 7-digit totals do not fit one
// table across A4 landscape (they overflowed their cells): the appendix then
// has one table per programme, each with its own total row and XLSX sheet.
TEST(ReportWithUnits, AppendixOfMoreThanFiveIndicatorsHasATablePerProgramme) {
  TempDir dir;
  std::string csv = "ma_don_vi,ten_don_vi";
  for (const char* id : {"gia_dinh_hoc_tap", "dong_ho_hoc_tap", "cong_dong_hoc_tap", "don_vi_hoc_tap",
                         "cong_dan_hoc_tap", "cong_dan_hoc_tap_don_vi"})
    csv += std::string(",") + id + "_dat," + id + "_tong";
  csv += "\n";
  csv += "13285,Phường Phủ Lý,244000,334000,30,50,20,30,25,30,249000,602000,45,60\n";
  csv += "13318,Phường Châu Sơn,132,366,1,2,3,4,5,6,13,353,30,90\n";
  write_file(dir / "so-lieu.csv", csv);
  Result r = run(report_args(dir / "so-lieu.csv", dir.path() / "out"));
  ASSERT_EQ(r.status, 0) << r.err;
  Result t = run("pdftotext -layout " + sh_quote((dir / "out" / "bao-cao-2025.pdf").string()) + " -");
  ASSERT_EQ(t.status, 0);
  std::string text;
  for (char c : t.out)
    if (c != ' ' || text.empty() || text.back() != ' ') text += c;
  EXPECT_NE(text.find("Các chỉ số theo QĐ 387/QĐ-TTg"), std::string::npos) << text;
  EXPECT_NE(text.find("Các chỉ số theo QĐ 677/QĐ-TTg"), std::string::npos) << text;
  // By hand: 244 132 / 334 366 = 73,0 %; 249 013 / 602 353 = 41,3 %; 75 / 150 = 50,0 %.
  EXPECT_NE(text.find("Tổng cộng 244.132 334.366 73,0% 31 52 59,6% 23 34 67,6% 30 36 83,3%"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Tổng cộng 249.013 602.353 41,3% 75 150 50,0%"), std::string::npos) << text;
  const std::string sheets = "import openpyxl, sys; print(openpyxl.load_workbook(sys.argv[1]).sheetnames)";
  Result x = run("/usr/bin/python3 -c " + sh_quote(sheets) + " " +
                 sh_quote((dir / "out" / "bao-cao-2025.xlsx").string()));
  EXPECT_EQ(x.out, "['ket-qua-2025', 'phu-luc-don-vi', 'phu-luc-don-vi-2']\n") << x.err;
}

}  // namespace
}  // namespace baocao::test
