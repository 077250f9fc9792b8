// `baocao export` end to end on the real binary: the files are read back by
// openpyxl, Python's csv module and LibreOffice (tests/e2e/check_export.py),
// against a SQLite store and a real PostgreSQL server.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <fstream>

#include "tests/e2e/import_support.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// Imports stamp the current time, and a month is a Vietnam month (UTC+07:00),
// so the month under test is this one in Vietnam.
std::string this_month() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()) + 7 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m", &tm);
  return buf;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Two units whose names try formula injection, from a file whose name does
// too; then a correction for one unit, so one submission is superseded.
void write_inputs(const TempDir& dir) {
  const char* head =
      "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,dong_ho_hoc_tap_dat,dong_ho_hoc_tap_"
      "tong,cong_dong_hoc_tap_dat,cong_dong_hoc_tap_tong,don_vi_hoc_tap_dat,don_vi_hoc_tap_tong,cong_dan_"
      "hoc_tap_dat,cong_dan_hoc_tap_tong\n";
  std::ofstream(dir / "+so-lieu.csv") << head << "13285,=1+2,6026,7069,27,37,21,24,22,28,3777,7801\n"
                                      << "13318,\"@SUM(A1), x\",2148,2855,21,30,5,11,19,23,5139,12359\n";
  std::ofstream(dir / "sua.csv") << head << "13285,Phường Phủ Lý,6100,7069,27,37,21,24,22,28,3777,7801\n";
}

std::string check_export(const TempDir& dir, const std::string& month, int rows, const std::string& work) {
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_export.py").string()) + " " +
                 sh_quote((dir / "out" / ("so-lieu-" + month + ".xlsx")).string()) + " " +
                 sh_quote((dir / "out" / ("so-lieu-" + month + ".csv")).string()) + " " + sh_quote(work) +
                 " " + std::to_string(rows) + " '=1+2' '@SUM(A1), x' +so-lieu.csv 'Phường Phủ Lý'");
  return r.status == 0 ? r.out : r.out + r.err;
}

TEST(Export, MonthAsXlsxAndCsvReadBackByOpenpyxlAndLibreOffice) {
  TempDir dir;
  write_inputs(dir);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import +so-lieu.csv --period 2025")).status, 0);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import sua.csv --period 2025")).status, 0);
  std::string month = this_month();
  Result r = in_dir(dir, baocao_cmd("export --month " + month + " --out out"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("đã xuất 15 dòng số liệu của 3 lượt nộp"), std::string::npos) << r.out;
  // 3 submissions x 5 indicators; LibreOffice gets its own work dir.
  EXPECT_EQ(check_export(dir, month, 15, dir.path().string()), "ok 15\n");

  std::string csv = read_bytes(dir / "out" / ("so-lieu-" + month + ".csv"));
  EXPECT_NE(csv.find(",'=1+2,2025,'+so-lieu.csv,"), std::string::npos) << "unit name and file neutralised";
  EXPECT_NE(csv.find(",\"'@SUM(A1), x\","), std::string::npos) << csv;
  EXPECT_NE(csv.find("gia_dinh_hoc_tap,6026,7069,,đã được thay thế\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("gia_dinh_hoc_tap,6100,7069,,hiện hành\r\n"), std::string::npos) << csv;

  // Same store, same bytes; no temporary files left behind.
  std::string xlsx_before = read_bytes(dir / "out" / ("so-lieu-" + month + ".xlsx"));
  ASSERT_EQ(in_dir(dir, baocao_cmd("export --month " + month + " --out out")).status, 0);
  EXPECT_EQ(read_bytes(dir / "out" / ("so-lieu-" + month + ".xlsx")), xlsx_before);
  EXPECT_EQ(read_bytes(dir / "out" / ("so-lieu-" + month + ".csv")), csv);
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir / "out")) ++files;
  EXPECT_EQ(files, 2);
}

TEST(Export, EmptyMonthAndBadMonth) {
  TempDir dir;
  write_inputs(dir);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import sua.csv --period 2025")).status, 0);
  Result r = in_dir(dir, baocao_cmd("export --month 2001-02 --out out --lang en"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Month 2001-02: exported 0 rows from 0 submissions"), std::string::npos) << r.out;
  std::string csv = read_bytes(dir / "out" / "so-lieu-2001-02.csv");
  EXPECT_EQ(csv,
            "\xEF\xBB\xBFSubmission,Unit code,Unit name,Period,Source file,Imported at (UTC),Indicator,"
            "Achieved,Total,Note,Status\r\n");
  for (const char* bad : {"2025-13", "2025-1", "2025", "abcd-ef"}) {
    Result b = in_dir(dir, baocao_cmd(std::string("export --month ") + bad + " --out bad"));
    EXPECT_NE(b.status, 0) << bad;
    EXPECT_NE(b.err.find("YYYY-MM"), std::string::npos) << b.err;
    EXPECT_FALSE(fs::exists(dir / "bad" / (std::string("so-lieu-") + bad + ".xlsx")));
  }
}

// A file received at 00:30 on 1/11 in Vietnam is stamped 17:30Z on 31/10: it
// belongs to November's export, and one received at 23:59:59 on 31/10 to
// October's. The stamps are set in the store with Python's sqlite3.
TEST(Export, MonthIsTheVietnamMonthNotTheUtcOne) {
  TempDir dir;
  write_inputs(dir);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import +so-lieu.csv --period 2025 --db s.db")).status, 0);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import sua.csv --period 2025 --db s.db")).status, 0);
  std::string db = (dir / "s.db").string();
  sql(db, "UPDATE submissions SET imported_at = '2026-10-31T17:30:00Z' WHERE source_file = '+so-lieu.csv'");
  sql(db, "UPDATE submissions SET imported_at = '2026-10-31T16:59:59Z' WHERE source_file = 'sua.csv'");
  ASSERT_EQ(sql(db, "SELECT COUNT(*) FROM submissions WHERE imported_at LIKE '2026-10-31T1%'"), "3\n");
  Result nov = in_dir(dir, baocao_cmd("export --month 2026-11 --out out --db s.db --lang en"));
  ASSERT_EQ(nov.status, 0) << nov.err;
  EXPECT_NE(nov.out.find("exported 10 rows from 2 submissions"), std::string::npos) << nov.out;
  Result oct = in_dir(dir, baocao_cmd("export --month 2026-10 --out out --db s.db --lang en"));
  ASSERT_EQ(oct.status, 0) << oct.err;
  EXPECT_NE(oct.out.find("exported 5 rows from 1 submissions"), std::string::npos) << oct.out;
  std::string csv = read_bytes(dir / "out" / "so-lieu-2026-10.csv");
  EXPECT_NE(csv.find("sua.csv,2026-10-31T16:59:59Z"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("17:30:00Z"), std::string::npos) << csv;
}

TEST(Export, PostgresqlStoreGivesTheSameFiles) {
  PostgresServer server;
  std::string pg = "--pg " + sh_quote(server.create_database("baocao"));
  TempDir dir;
  write_inputs(dir);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import " + pg + " +so-lieu.csv --period 2025")).status, 0);
  ASSERT_EQ(in_dir(dir, baocao_cmd("import " + pg + " sua.csv --period 2025")).status, 0);
  std::string month = this_month();
  Result r = in_dir(dir, baocao_cmd("export " + pg + " --month " + month + " --out out"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(check_export(dir, month, 15, "-"), "ok 15\n");
  std::string csv = read_bytes(dir / "out" / ("so-lieu-" + month + ".csv"));
  EXPECT_NE(csv.find(",'=1+2,2025,'+so-lieu.csv,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("gia_dinh_hoc_tap,6026,7069,,đã được thay thế\r\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace baocao::test
