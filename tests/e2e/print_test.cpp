// Tables and appendices as they print, on whole reporting cycles (`baocao
// run`): the sample province and a synthetic one made from the real
// communes of another (bench/gen_country.py). Pagination is checked from the
// layout of every PDF (BAOCAO_LAYOUT_DUMP), the appendix workbooks with
// openpyxl and LibreOffice (tests/e2e/check_appendix_xlsx.py).
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// Runs every deadline of the cycle from the store `kho.db` of `dir`, the
// layout of each PDF left in dir/dumps.
Result run_with_dumps(const TempDir& dir, const std::string& area) {
  auto in_area = [&](const char* file) { return sh_quote(area + "/" + file); };
  return in_dir(dir, "BAOCAO_LAYOUT_DUMP=dumps " +
                         baocao_cmd("run --cycle 2025 --db kho.db --plan " + in_area("ke-hoach-2025.json") +
                                    " --vars " + in_area("bien-2025.json") + " --units " + in_area("don-vi.csv") +
                                    " --submissions " + in_area("da-nhan-2025.csv") + " --out out"));
}

Result check_table_parts(const TempDir& dir) {
  return in_dir(dir, "/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_table_parts.py").string()) +
                         " out dumps");
}

// The sample run once for the suite, with the store scripts/demo makes (the
// province's 2024 figures too, so the reports compare the two years): 57
// communes' reports, the province's consolidated report and reminder
// (10/12), its report to the ministry (15/12).
class SampleRun : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    ASSERT_EQ(import_sample(*dir_).status, 0);
    ASSERT_EQ(in_dir(*dir_, baocao_cmd("import --units " + sample("don-vi.csv") + " " +
                                       sample("so-lieu-tinh-2024.csv") + " --period 2024 --db kho.db"))
                  .status,
              0);
    Result r = run_with_dumps(*dir_, sample_path("").parent_path().string());
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
};
TempDir* SampleRun::dir_ = nullptr;

// 55 of 57 commune reports used to leave Bảng 1's caption and header with
// one row at the bottom of page 1, and Phụ lục I one row and the total alone
// on a page; "(Kèm theo ...)" lines left "Lý)" alone on a line; the report
// to the ministry wrapped 24 unit names in a narrow name column.
TEST_F(SampleRun, NoTablePartKeepsTooFewRowsOnAnyPageOfAnyPdf) {
  Result r = check_table_parts(*dir_);
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("58 PDFs,"), std::string::npos) << r.out;
  // Phụ lục I of both consolidated reports runs over pages.
  int broken = std::stoi(r.out.substr(r.out.find("parts, ") + 7));
  EXPECT_GE(broken, 4) << r.out;
  // Every commune's Phụ lục has a title and a "(Kèm theo ...)" line, most
  // of them wrapped: none leaves a word alone ("Lý)").
  int titles = std::stoi(r.out.substr(r.out.find("pages, ") + 7));
  EXPECT_GE(titles, 110) << r.out;
  // The unit names of Phụ lục I of both consolidated reports, none wrapped
  // in its cell (a narrow name column beside wide number columns did).
  std::size_t at = r.out.find("wrapped), ");
  ASSERT_NE(at, std::string::npos) << r.out;
  EXPECT_GE(std::stoi(r.out.substr(at + 10)), 200) << r.out;
  EXPECT_NE(r.out.find("unit names in tables (0 wrapped)"), std::string::npos) << r.out;
}

std::string check_appendix(const TempDir& dir, const fs::path& xlsx) {
  fs::path work = dir / ("lo-" + xlsx.stem().string());
  fs::create_directories(work);
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_appendix_xlsx.py").string()) + " " +
                 sh_quote(xlsx.string()) + " " + sh_quote(work.string()));
  EXPECT_EQ(r.status, 0) << xlsx << "\n" << r.out << r.err;
  return r.out;
}

// The consolidated report's workbook: the appendix headings, 12 pt text at
// 100 % on A4 between ND30 margins, page numbers per sheet at the top,
// alignments, number formats and dates as the PDF shows them.
TEST_F(SampleRun, ConsolidatedAppendixWorkbookPrintsLikeThePdf) {
  std::string out = check_appendix(*dir_, *dir_ / "out/2025-12-10-xa-bao-cao/37/tong-hop.xlsx");
  EXPECT_NE(out.find("phu-luc-don-vi landscape above=['Phụ lục I', 'KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2025 "
                     "THEO ĐƠN VỊ', '(Kèm theo Báo cáo số"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("phu-luc-don-vi-2 landscape above=['Phụ lục I'"), std::string::npos) << out;
  EXPECT_NE(out.find("tinh-hinh-nop portrait above=['Phụ lục II', 'TÌNH HÌNH GỬI BÁO CÁO NĂM 2025 CỦA CÁC ĐƠN VỊ', "
                     "'(Thời hạn gửi báo cáo: 10/12/2025)']"),
            std::string::npos)
      << out;
  // STT centred; counts; the rate; the target as "70%" (no decimals, as the
  // PDF); the change with its sign ("+4,6"); "Đạt" centred as in the PDF.
  EXPECT_NE(out.find("ket-qua-2025 portrait above=['Bảng 1. Kết quả xây dựng các mô hình học tập năm 2025 so với "
                     "chỉ tiêu'] first=int|#,##0|center str|General|left int|#,##0|right int|#,##0|right "
                     "float|0.0%|right float|0%|right float|+#,##0.0;-#,##0.0;#,##0.0|right str|General|center"),
            std::string::npos)
      << out;
  // On 10/12 no report has come late yet (those of 12/12 are missing on
  // that day): the first row is a missing unit, its date "-" centred.
  EXPECT_NE(out.find("tinh-hinh-nop portrait above=['Phụ lục II'"), std::string::npos);
  EXPECT_NE(out.find("first=int|#,##0|center str|General|left str|General|center str|General|left"),
            std::string::npos)
      << out;
  // Phụ lục I marks the rates below target (4 indicators on its first sheet).
  EXPECT_NE(out.find("marks=4"), std::string::npos) << out;
  // Page numbers restart on each sheet: Phụ lục I's two tables take 3 pages each.
  EXPECT_NE(out.find("pages ['1', '1', '1', '2', '3', '1', '2', '3', '1']"), std::string::npos) << out;
}

// A commune's appendix and the province's report to the ministry.
TEST_F(SampleRun, CommuneAndProvinceAppendixWorkbooksPrintAtTwelvePoints) {
  std::string commune = check_appendix(*dir_, *dir_ / "out/2025-12-10-xa-bao-cao/37/13285-phu-luc.xlsx");
  EXPECT_NE(commune.find("so-sanh-2025 portrait above=['Phụ lục', 'KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024 - "
                         "2025', '(Kèm theo Báo cáo số"),
            std::string::npos)
      << commune;
  std::string province = check_appendix(*dir_, *dir_ / "out/2025-12-15-tinh-bao-cao/37-phu-luc.xlsx");
  EXPECT_NE(province.find("phu-luc-don-vi landscape above=['Phụ lục I'"), std::string::npos) << province;
}

// Another province, 40 real communes of Huế with made-up figures: other
// names, other numbers, other page breaks.
TEST(Print, NoTablePartKeepsTooFewRowsInAnotherProvince) {
  TempDir dir;
  Result gen = run("/usr/bin/python3 " + sh_quote((source_dir() / "bench/gen_country.py").string()) + " " +
                   sh_quote((source_dir() / "data/units/don-vi-hanh-chinh-2025.csv").string()) + " " +
                   sh_quote((dir / "hue").string()) + " --province 46 --communes 40");
  ASSERT_EQ(gen.status, 0) << gen.err;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import hue/so-lieu-xa-2025.csv hue/chi-tieu.csv --issuers hue/co-quan-ban-hanh.csv --period 2025 --db kho.db")).status,
            0);
  Result r = run_with_dumps(dir, "hue");
  ASSERT_EQ(r.status, 0) << r.err;
  Result check = check_table_parts(dir);
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("40 PDFs,"), std::string::npos) << check.out;
  check_appendix(dir, dir / "out/2025-12-10-xa-bao-cao/46/tong-hop.xlsx");
}

}  // namespace
}  // namespace baocao::test
