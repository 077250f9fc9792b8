// `baocao import` of a form too large to hold in memory (more than the
// 65,536 cells read_workbook keeps), so its rows are streamed twice: the
// problems are still all reported at once with their cells in reading
// order, nothing is written, and the corrected file is written in full.
// Sqlite's own tables are read back with Python's sqlite3 module.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

constexpr int kUnits = 8000;  // 8,000 x 10 cells: past 65,536
const char* kIndicators[] = {"gia_dinh_hoc_tap", "dong_ho_hoc_tap", "cong_dong_hoc_tap", "don_vi_hoc_tap"};

// The units CSV (GSO layout) and the figures; `bad` plants three problems.
void write_files(const std::filesystem::path& xlsx, const std::filesystem::path& units, bool bad) {
  std::string csv = "ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa\n";
  lxw_workbook* wb = workbook_new(xlsx.string().c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Biểu 1");
  worksheet_write_string(ws, 0, 0, "ma_don_vi", nullptr);
  worksheet_write_string(ws, 0, 1, "ten_don_vi", nullptr);
  for (int k = 0; k < 4; ++k) {
    worksheet_write_string(ws, 0, 2 + 2 * k, (std::string(kIndicators[k]) + "_dat").c_str(), nullptr);
    worksheet_write_string(ws, 0, 3 + 2 * k, (std::string(kIndicators[k]) + "_tong").c_str(), nullptr);
  }
  for (int r = 1; r <= kUnits; ++r) {
    std::string code = std::to_string(900000 + r), name = "Xã Thử Số " + std::to_string(r);
    csv += "99,Tỉnh Thử Nghiệm,Tỉnh," + code + "," + name + ",Xã\n";
    worksheet_write_string(ws, r, 0, code.c_str(), nullptr);
    worksheet_write_string(ws, r, 1, name.c_str(), nullptr);
    for (int k = 0; k < 4; ++k) {
      worksheet_write_number(ws, r, 2 + 2 * k, r % 40, nullptr);
      worksheet_write_number(ws, r, 3 + 2 * k, 40 + k, nullptr);
    }
  }
  if (bad) {
    worksheet_write_string(ws, 5000, 2, "12,5a", nullptr);   // C5001
    worksheet_write_number(ws, 7000, 5, -3, nullptr);        // F7001
    worksheet_write_string(ws, 7999, 0, "900002", nullptr);  // A8000: a second 900002
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  write_file(units, csv);
}

TEST(ImportLarge, StreamedFormReportsEveryProblemThenWritesTheFixedFile) {
  TempDir dir;
  write_files(dir / "lon.xlsx", dir / "don-vi.csv", true);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --db b.db don-vi.csv")).status, 0);

  Result r = in_dir(dir, baocao_cmd("import --db b.db --period 2025 --errors-out loi.xlsx lon.xlsx"));
  EXPECT_EQ(r.status, 4) << r.err;
  const char* expected[] = {
      "lon.xlsx, sheet 'Biểu 1', ô C5001: '12,5a' không phải là số",
      "lon.xlsx, sheet 'Biểu 1', ô F7001: số âm: -3",
      "lon.xlsx, sheet 'Biểu 1', ô C8000: đơn vị '900002' xuất hiện hai lần (lần đầu ở dòng 3)",
  };
  std::size_t at = 0;
  for (const char* e : expected) {
    std::size_t found = r.err.find(e, at);
    EXPECT_NE(found, std::string::npos) << "in reading order: " << e << "\n" << r.err;
    if (found != std::string::npos) at = found;
  }
  EXPECT_EQ(sql((dir / "b.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n") << "nothing written";
  EXPECT_TRUE(std::filesystem::exists(dir / "loi.xlsx"));

  write_files(dir / "lon.xlsx", dir / "don-vi.csv", false);
  Result ok = in_dir(dir, baocao_cmd("import --db b.db --period 2025 lon.xlsx"));
  ASSERT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("lon.xlsx: đã nhập 8000 đơn vị (8000 mới, 0 thay thế bản nộp trước)"),
            std::string::npos)
      << ok.out;
  EXPECT_EQ(sql((dir / "b.db").string(), "SELECT COUNT(*), SUM(numerator) FROM submission_values"),
            "32000|" + std::to_string(4 * ((kUnits / 40) * (39 * 40 / 2))) + ".0\n");
  EXPECT_EQ(sql((dir / "b.db").string(),
                "SELECT s.unit_name, v.numerator, v.source_cell FROM submission_values v JOIN submissions s "
                "ON s.id = v.submission_id WHERE s.unit_code = '907999' AND v.indicator = 'don_vi_hoc_tap'"),
            "Xã Thử Số 7999|39.0|Biểu 1!I8000\n");
  Result again = in_dir(dir, baocao_cmd("import --db b.db --period 2025 lon.xlsx"));
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(sql((dir / "b.db").string(), "SELECT COUNT(*) FROM submissions"), "8000\n") << "same file: no-op";
}

// read_workbook only locates the cells past a large form's head; a damaged
// value there (a number cell holding "12x", which no spreadsheet writes) is
// refused by the stream that decodes it, mid-import: the file's message,
// exit 3, and the transaction rolled back.
TEST(ImportLarge, DamagedValuePastTheHeadIsRefusedAndNothingWritten) {
  TempDir dir;
  write_files(dir / "lon.xlsx", dir / "don-vi.csv", false);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --db b.db don-vi.csv")).status, 0);
  Result edit = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/raw_cell_xlsx.py").string()) +
                    " " + sh_quote((dir / "lon.xlsx").string()) + " " +
                    sh_quote((dir / "hong.xlsx").string()) + " E6000=12x");
  ASSERT_EQ(edit.status, 0) << edit.err;
  Result r = in_dir(dir, baocao_cmd("import --db b.db --period 2025 hong.xlsx"));
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_NE(
      r.err.find("hong.xlsx: tệp XLSX bị hỏng hoặc bị cắt cụt: xl/worksheets/sheet1.xml: number '12x' at "
                 "E6000"),
      std::string::npos)
      << r.err;
  EXPECT_EQ(sql((dir / "b.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n") << "rolled back";
  EXPECT_EQ(sql((dir / "b.db").string(), "SELECT COUNT(*) FROM submission_values"), "0\n");
}

}  // namespace
}  // namespace baocao::test
