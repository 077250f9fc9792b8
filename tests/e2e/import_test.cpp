// `baocao import` and `baocao status` end to end on the real binary, with a
// SQLite store checked by Python's sqlite3 and spreadsheets edited and read
// back by openpyxl. The PostgreSQL round trip is in import_postgresql_test.cpp.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/import_support.hpp"
#include "tests/support/migration_files.hpp"

namespace baocao::test {
namespace {

TEST(Import, SampleFormAndTargetsThenStatus) {
  TempDir dir;
  Result r =
      in_dir(dir, baocao_cmd("import " + sample("so-lieu-xa-2025.xlsx") + " " + sample("chi-tieu.csv")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("so-lieu-xa-2025.xlsx: đã nhập 60 đơn vị (60 mới, 0 thay thế bản nộp trước)"),
            std::string::npos)
      << r.out;
  // The roadmap: 8 indicators of the catalogue, 2022 to 2030.
  EXPECT_NE(r.out.find("chi-tieu.csv: đã nhập 96 chỉ tiêu"), std::string::npos) << r.out;
  ASSERT_TRUE(std::filesystem::exists(dir / "baocao.db"))
      << "default store: baocao.db in the current directory";
  std::string db = (dir / "baocao.db").string();
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submissions WHERE period = 2025"), "60\n");
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submission_values"), "300\n");
  EXPECT_EQ(
      sql(db,
          "SELECT v.numerator, v.denominator, v.source_cell FROM submission_values v JOIN submissions s "
          "ON s.id = v.submission_id WHERE s.unit_code = '13285' AND v.indicator = 'gia_dinh_hoc_tap'"),
      "6026.0|7069.0|Biểu 1!C6\n");
  EXPECT_EQ(sql(db, "SELECT value FROM targets WHERE year = 2025 AND indicator = 'gia_dinh_hoc_tap'"),
            "70.0\n");
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM units WHERE level = 'xa'"), "3321\n");

  Result again = in_dir(dir, baocao_cmd("import " + sample("so-lieu-xa-2025.xlsx")));
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("đã được nhập trước đó (cùng SHA-256), không có gì thay đổi"), std::string::npos);
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submissions"), "60\n") << "re-import is a no-op";

  // Ninh Bình has 129 communes; the sample covers 60 of them.
  Result st = in_dir(dir, baocao_cmd("status --period 2025 --deadline 2099-01-01"));
  ASSERT_EQ(st.status, 0) << st.err;
  EXPECT_NE(st.out.find("Kỳ 2025: 60/129 đơn vị đã nộp, 69 chưa nộp, 0 nộp muộn"), std::string::npos)
      << st.out;
  EXPECT_NE(st.out.find("13285 Phường Phủ Lý: " + sample_path("so-lieu-xa-2025.xlsx").string()),
            std::string::npos)
      << st.out;
  EXPECT_NE(st.out.find("Chưa nộp:"), std::string::npos);
  Result late = in_dir(dir, baocao_cmd("status --period 2025 --deadline 2020-01-01 --lang en"));
  EXPECT_NE(late.out.find("Period 2025: 60/129 units submitted, 69 missing, 60 late"), std::string::npos)
      << late.out;
  EXPECT_NE(late.out.find("Late (after 2020-01-01):"), std::string::npos) << late.out;
  Result none = in_dir(dir, baocao_cmd("status --period 2024"));
  EXPECT_NE(none.out.find("Kỳ 2024: chưa có đơn vị nào nộp số liệu"), std::string::npos) << none.out;
}

TEST(Import, EveryProblemOfAFileAtOnceAndNothingWritten) {
  TempDir dir;
  ASSERT_EQ(
      edit_xlsx(sample_path("so-lieu-xa-2025.xlsx"), dir / "so-lieu-xa-A.xlsx",
                {"D7=s:12,5a", "E8=-3", "C9=99999", "A10=s:99999", "A11=s:13285", "G12=", "H12=", "C2=2024"}),
      0);
  Result r = in_dir(dir, baocao_cmd("import so-lieu-xa-A.xlsx --period 2025 --errors-out loi.xlsx"));
  EXPECT_EQ(r.status, 4) << r.err;
  for (const char* expected : {
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô D7: '12,5a' không phải là số",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô E8: số âm: -3",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô C9: số đạt (99.999) lớn hơn tổng số (6.757) của chỉ số "
           "'gia_dinh_hoc_tap'",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô A10: mã đơn vị '99999' không có trong danh mục đơn vị hành "
           "chính",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô C11: đơn vị '13285' xuất hiện hai lần (lần đầu ở dòng 6)",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô G12: đơn vị '13402' chưa điền chỉ số bắt buộc "
           "'cong_dong_hoc_tap'",
           "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô C2: năm báo cáo ghi trong tệp là 2024, khác kỳ đang nhập "
           "2025",
           "so-lieu-xa-A.xlsx: có 7 lỗi, không ghi gì vào kho số liệu",
       })
    EXPECT_NE(r.err.find(expected), std::string::npos) << expected << "\n--- stderr:\n" << r.err;
  EXPECT_EQ(sql((dir / "baocao.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");

  // The list for the unit, read back by openpyxl.
  Result dump = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/dump_xlsx.py").string()) + " " +
                    sh_quote((dir / "loi.xlsx").string()));
  ASSERT_EQ(dump.status, 0) << dump.err;
  EXPECT_NE(dump.out.find("Tệp | Sheet | Ô / dòng | Lỗi cần sửa | Thông báo đầy đủ"), std::string::npos)
      << dump.out;
  EXPECT_NE(dump.out.find("so-lieu-xa-A.xlsx | Biểu 1 | D7 | '12,5a' không phải là số"), std::string::npos)
      << dump.out;
  EXPECT_NE(dump.out.find("| C2 | năm báo cáo ghi trong tệp là 2024"), std::string::npos) << dump.out;
}

TEST(Import, DryRunShowsWhatWouldChangeAndWritesNothing) {
  TempDir dir;
  Result r = in_dir(dir, baocao_cmd("import --dry-run " + sample("so-lieu-xa-2025.xlsx")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("sẽ nhập 60 đơn vị (60 mới, 0 thay thế bản nộp trước); chạy thử, chưa ghi gì"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(sql((dir / "baocao.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
}

TEST(Import, NewerFileSupersedesAndHistoryStays) {
  TempDir dir;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --db kho.db " + sample("so-lieu-xa-2025.xlsx"))).status, 0);
  ASSERT_EQ(edit_xlsx(sample_path("so-lieu-xa-2025.xlsx"), dir / "sua.xlsx", {"C6=6100"}), 0);
  Result r = in_dir(dir, baocao_cmd("import --db kho.db sua.xlsx --lang en"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("sua.xlsx: imported 60 units (0 new, 60 superseding an earlier submission)"),
            std::string::npos)
      << r.out;
  std::string db = (dir / "kho.db").string();
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submissions"), "120\n") << "the old submissions stay";
  EXPECT_EQ(
      sql(db, "SELECT COUNT(*) FROM submissions WHERE superseded_by IS NULL AND source_file = 'sua.xlsx'"),
      "60\n");
  EXPECT_EQ(
      sql(db,
          "SELECT v.numerator FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
          "WHERE s.unit_code = '13285' AND v.indicator = 'gia_dinh_hoc_tap' AND s.superseded_by IS NULL"),
      "6100.0\n");
  EXPECT_EQ(sql(db,
                "SELECT COUNT(*) FROM submissions o JOIN submissions n ON o.superseded_by = n.id "
                "WHERE n.source_file = 'sua.xlsx' AND o.unit_code = n.unit_code"),
            "60\n");
}

TEST(Import, HeadingsMatchRegardlessOfCaseDiacriticsAndSpacing) {
  TempDir dir;
  ASSERT_EQ(edit_xlsx(sample_path("so-lieu-xa-2025.xlsx"), dir / "hoa.xlsx",
                      {"A4=MÃ  ĐƠN VỊ", "C4=gia dinh hoc tap", "C5=SỐ ĐƯỢC CÔNG NHẬN", "D5=  tong so "}),
            0);
  Result r = in_dir(dir, baocao_cmd("import hoa.xlsx --mapping " +
                                    sh_quote((source_dir() / "mappings/bieu-1-xa.json").string())));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("hoa.xlsx: đã nhập 60 đơn vị"), std::string::npos) << r.out;
}

TEST(Import, CsvFormAndPeriodRequired) {
  TempDir dir;
  Result no_period = in_dir(dir, baocao_cmd("import " + sample("so-lieu-xa-2025.csv")));
  EXPECT_EQ(no_period.status, 4);
  EXPECT_NE(no_period.err.find("cần chỉ rõ kỳ báo cáo: --period YYYY"), std::string::npos) << no_period.err;
  Result r = in_dir(dir, baocao_cmd("import --period 2025 " + sample("so-lieu-xa-2025.csv")));
  ASSERT_EQ(r.status, 0) << r.err;
  // The CSV sample leaves out the three communes that have not reported.
  EXPECT_NE(r.out.find("đã nhập 57 đơn vị (57 mới"), std::string::npos) << r.out;
}

// The import validates a form 256 rows at a time: problems that span
// chunks (a unit twice, an unknown code repeated) are still found, once.
TEST(Import, ProblemsAcrossChunksOfRowsAreFoundOnce) {
  TempDir dir;
  std::ofstream csv(dir / "so-lieu-lon.csv");
  csv << "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n";
  csv << "13285,Phường Phủ Lý,6026,7069\n";
  for (int code = 990003; code <= 990600; ++code) csv << code << ",Xã thử " << code << ",1,2\n";
  csv << "13285,Phường Phủ Lý,6100,7069\n";  // line 601
  csv << "990003,Xã thử lại,1,2\n";          // line 602
  csv.close();
  Result r = in_dir(dir, baocao_cmd("import --period 2025 so-lieu-lon.csv"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("so-lieu-lon.csv: có 600 lỗi, không ghi gì vào kho số liệu"), std::string::npos)
      << r.err.substr(0, 2000);
  EXPECT_NE(
      r.err.find("dòng 601, cột 'gia_dinh_hoc_tap_dat': đơn vị '13285' xuất hiện hai lần (lần đầu ở dòng 2)"),
      std::string::npos)
      << r.err.substr(0, 2000);
  EXPECT_NE(r.err.find(
                "dòng 602, cột 'gia_dinh_hoc_tap_dat': đơn vị '990003' xuất hiện hai lần (lần đầu ở dòng 3)"),
            std::string::npos)
      << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0);
  std::size_t unknown = 0;
  for (std::size_t at = 0; (at = r.err.find("mã đơn vị '990003' không có", at)) != std::string::npos; ++at)
    ++unknown;
  EXPECT_EQ(unknown, 1u) << "an unknown code is named once, at its first cell";
}

// Without --period a file's `nam` column gives its year: the first
// figure's row's. The store files a file under one period, so a later row
// of another year is a mismatch, not a figure quietly filed under the first.
TEST(Import, PeriodColumnGivesOneYearForTheWholeFile) {
  TempDir dir;
  std::ofstream(dir / "hai-nam.csv") << "ma_don_vi,nam,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
                                        "13285,2025,6026,7069\n"
                                        "13318,2024,2148,2855\n";
  Result r = in_dir(dir, baocao_cmd("import hai-nam.csv"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(
      r.err.find("hai-nam.csv, dòng 3, cột 'nam': năm báo cáo ghi trong tệp là 2024, khác kỳ đang nhập 2025"),
      std::string::npos)
      << r.err;
  EXPECT_EQ(sql((dir / "baocao.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");

  std::ofstream(dir / "mot-nam.csv") << "ma_don_vi,nam,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
                                        "13285,2025,6026,7069\n"
                                        "13318,,2148,2855\n";
  Result ok = in_dir(dir, baocao_cmd("import mot-nam.csv"));
  ASSERT_EQ(ok.status, 0) << ok.err;
  EXPECT_EQ(sql((dir / "baocao.db").string(), "SELECT period, COUNT(*) FROM submissions GROUP BY period"),
            "2025|2\n");
}

// A unit may give its indicators on two rows; only an indicator given twice
// is a duplicate, named with the row that first gave it. The unit's two rows
// are one submission, named as its first row names it.
TEST(Import, UnitOnTwoRowsIsOneSubmissionAndARepeatedIndicatorIsNamed) {
  TempDir dir;
  const char* head =
      "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,"
      "dong_ho_hoc_tap_dat,dong_ho_hoc_tap_tong\n";
  std::ofstream(dir / "hai-dong.csv") << head << "13285,Phường Phủ Lý,6026,7069,,\n"
                                      << "13318,Phường Châu Sơn,2148,2855,10,12\n"
                                      << "13285,Phủ Lý,,,27,37\n";
  Result ok = in_dir(dir, baocao_cmd("import --period 2025 hai-dong.csv"));
  ASSERT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("đã nhập 2 đơn vị (2 mới"), std::string::npos) << ok.out;
  std::string db = (dir / "baocao.db").string();
  EXPECT_EQ(
      sql(db,
          "SELECT s.unit_name, v.indicator, v.numerator, v.source_cell FROM submission_values v "
          "JOIN submissions s ON s.id = v.submission_id WHERE s.unit_code = '13285' ORDER BY v.indicator"),
      "Phường Phủ Lý|dong_ho_hoc_tap|27.0|4\nPhường Phủ Lý|gia_dinh_hoc_tap|6026.0|2\n");

  std::ofstream(dir / "lap.csv") << head << "13285,Phường Phủ Lý,6026,7069,,\n"
                                 << "13318,Phường Châu Sơn,2148,2855,10,12\n"
                                 << "13285,Phủ Lý,,,27,37\n"
                                 << "13285,Phủ Lý,,,28,37\n";
  Result r = in_dir(dir, baocao_cmd("import --period 2025 lap.csv"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("lap.csv, dòng 5, cột 'dong_ho_hoc_tap_dat': đơn vị '13285' xuất hiện hai lần (lần "
                       "đầu ở dòng 4)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lap.csv: có 1 lỗi, không ghi gì vào kho số liệu"), std::string::npos) << r.err;
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submissions"), "2\n");
}

TEST(Import, HostileFileRefusedWithItsNameOthersStillImported) {
  TempDir dir;
  ASSERT_EQ(run("/usr/bin/python3 " +
                sh_quote((source_dir() / "tests/data-adapters/xlsx/make_hostile.py").string()) + " " +
                sh_quote((dir / "h").string()))
                .status,
            0);
  Result r =
      in_dir(dir, baocao_cmd("import h/zip-bomb.xlsx h/renamed-pdf.xlsx " + sample("so-lieu-xa-2025.xlsx")));
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_NE(r.err.find("h/zip-bomb.xlsx: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("có thể là bom nén"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("h/renamed-pdf.xlsx: đây là tệp PDF bị đổi đuôi"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("so-lieu-xa-2025.xlsx: đã nhập 60 đơn vị"), std::string::npos) << r.out;
}

// Two clerks import into the same store at the same moment: WAL, the busy
// timeout and BEGIN IMMEDIATE make one wait for the other; both land.
TEST(Import, TwoConcurrentImportsIntoOneSqliteFile) {
  TempDir dir;
  std::string csv = read_file(sample_path("so-lieu-xa-2025.csv"));
  auto lines_from = [&](int first, int last) {
    std::string out, line;
    std::istringstream in(csv);
    for (int i = 0; std::getline(in, line); ++i)
      if (i == 0 || (i >= first && i <= last)) out += line + "\n";
    return out;
  };
  write_file(dir / "nua-dau.csv", lines_from(1, 30));
  write_file(dir / "nua-sau.csv", lines_from(31, 57));
  std::string one =
      baocao_cmd("import --db chung.db --period 2025 nua-dau.csv") + " >a.out 2>a.err; echo $? >a.rc";
  std::string two =
      baocao_cmd("import --db chung.db --period 2025 nua-sau.csv") + " >b.out 2>b.err; echo $? >b.rc";
  Result r = in_dir(dir, "{ (" + one + ") & (" + two + ") & wait; }");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(dir / "a.rc"), "0\n") << read_file(dir / "a.err");
  EXPECT_EQ(read_file(dir / "b.rc"), "0\n") << read_file(dir / "b.err");
  std::string db = (dir / "chung.db").string();
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submissions WHERE superseded_by IS NULL"), "57\n");
  EXPECT_EQ(sql(db, "SELECT COUNT(DISTINCT source_file) FROM submissions"), "2\n");
  EXPECT_EQ(sql(db, "SELECT version || '|' || name FROM schema_version"), recorded_migrations()) << "migrated once";
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM units WHERE level = 'tinh'"), "34\n") << "units loaded once";
  EXPECT_EQ(sql(db, "PRAGMA integrity_check"), "ok\n");
  // Five learning models for each unit, and the staff of learning units for
  // all but the two communes whose figures come from the old Biểu 1.
  EXPECT_EQ(sql(db, "SELECT COUNT(*) FROM submission_values"), std::to_string(57 * 5 + 55) + "\n");
}

// numbers no spreadsheet program writes, in a hand-made form, are
// refused at their cell like any figure that is not a number; nothing written.
TEST(Import, OverflowNanAndInfinityInXlsxCellsAreNotNumbers) {
  TempDir dir;
  Result edit = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/raw_cell_xlsx.py").string()) +
                    " " + sample("so-lieu-xa-2025.xlsx") + " " + sh_quote((dir / "la.xlsx").string()) +
                    " C6=NaN D7=inf C8=1e309");
  ASSERT_EQ(edit.status, 0) << edit.err;
  Result r = in_dir(dir, baocao_cmd("--lang en import la.xlsx"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("la.xlsx, sheet 'Biểu 1', cell C6: 'NaN' is not a number"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("cell D7: 'inf' is not a number"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cell C8: '1e309' is not a number"), std::string::npos) << r.err;
  EXPECT_EQ(sql((dir / "baocao.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
}

// the CSV line limit is a flag; a file over it is refused naming
// the file and line (exit 3), and a larger limit lets it through.
TEST(Import, CsvLineLimitIsAFlag) {
  TempDir dir;
  write_file(dir / "so-lieu.csv", read_file(sample_path("so-lieu-xa-2025.csv")));
  Result r = in_dir(dir, baocao_cmd("--lang en import --max-csv-line-bytes 40 so-lieu.csv"));
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_NE(r.err.find("so-lieu.csv, row 1: line longer than 40 bytes"), std::string::npos) << r.err;
  Result bad = in_dir(dir, baocao_cmd("import --max-csv-line-bytes 0 so-lieu.csv"));
  EXPECT_EQ(bad.status, 2) << bad.err;
  Result ok = in_dir(dir, baocao_cmd("import --max-csv-line-bytes 100000 --period 2025 so-lieu.csv"));
  EXPECT_EQ(ok.status, 0) << ok.err;
}

// The sample's three communes' own files (samples/ninh-binh/don-vi-gui):
// Biểu 1 typed in .VnTime (TCVN3) and in VNI-Times, and a CSV from a
// Vietnamese Excel (semicolons, "6.026"): each decodes to the commune's
// Unicode name and to the same figures as the province's compilation, which
// it supersedes; importing them again changes nothing.
TEST(Import, SampleUnitsOwnFilesInLegacyFontsAndViNumbers) {
  auto count_of = [](const std::string& hay, const std::string& needle) {
    int n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
  };
  TempDir dir;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --period 2025 " + sample("so-lieu-xa-2025.csv"))).status, 0);
  const std::string sent = "don-vi-gui/";
  const std::string files = sample(sent + "so-lieu-13435-tcvn3.xlsx") + " " +
                            sample(sent + "so-lieu-13456-vni.xlsx") + " " +
                            sample(sent + "so-lieu-13483.csv");
  Result r = in_dir(dir, baocao_cmd("import --period 2025 " + files));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(count_of(r.out, "đã nhập 1 đơn vị (0 mới, 1 thay thế bản nộp trước)"), 3) << r.out;
  std::string db = (dir / "baocao.db").string();
  EXPECT_EQ(sql(db,
                "SELECT unit_code, unit_name FROM submissions WHERE superseded_by IS NULL AND unit_code IN "
                "('13435', '13456', '13483') ORDER BY unit_code"),
            "13435|Phường Lý Thường Kiệt\n13456|Xã Liêm Hà\n13483|Xã Thanh Bình\n");
  // The same figures as the compilation's rows for these units.
  auto figures = [&](const std::string& file_like) {
    return sql(db,
               "SELECT s.unit_code, v.indicator, v.numerator, v.denominator FROM submission_values v JOIN "
               "submissions s ON s.id = v.submission_id WHERE s.unit_code IN ('13435', '13456', '13483') "
               "AND s.source_file LIKE '" +
                   file_like + "' ORDER BY 1, 2");
  };
  const std::string own = figures("%don-vi-gui%"), compiled = figures("%so-lieu-xa-2025.csv");
  EXPECT_EQ(own, compiled);
  EXPECT_NE(own.find("13483|gia_dinh_hoc_tap|3182"), std::string::npos) << own;
  Result again = in_dir(dir, baocao_cmd("import --period 2025 " + files));
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(count_of(again.out, "(cùng SHA-256), không có gì thay đổi"), 3) << again.out;
}

// A period column holding a number that is no year (2.1e17 would be undefined
// behaviour cast to int) is named at its cell, and nothing is imported.
TEST(Import, PeriodCellThatIsNoYearIsNamed) {
  TempDir dir;
  std::ofstream(dir / "nam.csv") << "ma_don_vi,ten_don_vi,nam,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n"
                                    "13285,Phường Phủ Lý,209999999999999923,6026,7069\n";
  Result r = in_dir(dir, baocao_cmd("import nam.csv --period 2025 --db k.db --lang en"));
  EXPECT_EQ(r.status, 4) << r.out << r.err;
  EXPECT_NE(r.err.find("'209999999999999923' is not a year"), std::string::npos) << r.err;
  EXPECT_EQ(sql((dir / "k.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
}

}  // namespace
}  // namespace baocao::test
