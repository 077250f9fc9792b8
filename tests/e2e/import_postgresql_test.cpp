// The same import/status round trip as with SQLite, with `--pg` on a real
// PostgreSQL server started for this test (tests/support/postgres_server.hpp).
// If the server cannot run here the test fails; it never skips.
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"
#include "tests/support/migration_files.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

TEST(ImportPostgres, ImportSupersedeStatusRoundTrip) {
  PostgresServer server;
  std::string uri = server.create_database("baocao");
  std::string pg = "--pg " + sh_quote(uri);
  TempDir dir;
  Result r = in_dir(
      dir, baocao_cmd("import " + pg + " " + sample("so-lieu-xa-2025.xlsx") + " " + sample("chi-tieu.csv")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("đã nhập 60 đơn vị (60 mới, 0 thay thế bản nộp trước)"), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(dir / "baocao.db")) << "--pg uses no SQLite file";

  Result again = in_dir(dir, baocao_cmd("import " + pg + " " + sample("so-lieu-xa-2025.xlsx")));
  EXPECT_NE(again.out.find("không có gì thay đổi"), std::string::npos) << again.out << again.err;

  ASSERT_EQ(edit_xlsx(sample_path("so-lieu-xa-2025.xlsx"), dir / "sua.xlsx", {"C6=6100"}), 0);
  Result dry = in_dir(dir, baocao_cmd("import --dry-run " + pg + " sua.xlsx"));
  EXPECT_NE(dry.out.find("sẽ nhập 60 đơn vị (0 mới, 60 thay thế bản nộp trước)"), std::string::npos)
      << dry.out;
  Result sup = in_dir(dir, baocao_cmd("import " + pg + " sua.xlsx"));
  ASSERT_EQ(sup.status, 0) << sup.err;

  ASSERT_EQ(edit_xlsx(sample_path("so-lieu-xa-2025.xlsx"), dir / "so-lieu-xa-A.xlsx", {"D7=s:12,5a"}), 0);
  Result bad = in_dir(dir, baocao_cmd("import " + pg + " so-lieu-xa-A.xlsx"));
  EXPECT_EQ(bad.status, 4);
  EXPECT_NE(bad.err.find("so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô D7: '12,5a' không phải là số"),
            std::string::npos)
      << bad.err;

  // Checked with psql, not through our code.
  auto psql = [&](const std::string& q) {
    return run("psql -At " + sh_quote(uri) + " -c " + sh_quote(q)).out;
  };
  EXPECT_EQ(psql("SELECT COUNT(*) FROM submissions"), "120\n");
  EXPECT_EQ(
      psql("SELECT v.numerator FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
           "WHERE s.unit_code = '13285' AND v.indicator = 'gia_dinh_hoc_tap' AND s.superseded_by IS NULL"),
      "6100\n");
  EXPECT_EQ(psql("SELECT version, name FROM schema_version"), recorded_migrations());

  Result st = in_dir(dir, baocao_cmd("status --period 2025 --deadline 2099-12-31 " + pg));
  ASSERT_EQ(st.status, 0) << st.err;
  EXPECT_NE(st.out.find("Kỳ 2025: 60/129 đơn vị đã nộp, 69 chưa nộp, 0 nộp muộn"), std::string::npos)
      << st.out;
  EXPECT_NE(st.out.find("13285 Phường Phủ Lý: sua.xlsx"), std::string::npos) << st.out;

  // the merged province's history through the store.
  Result units = in_dir(dir, baocao_cmd("import " + pg + " --units " + sample("don-vi.csv") + " " +
                                        sample("so-lieu-tinh-2024.csv") + " --period 2024"));
  ASSERT_EQ(units.status, 0) << units.err;
  EXPECT_EQ(psql("SELECT predecessor_code FROM unit_predecessors WHERE code = '37' AND valid_from = "
                 "'2025-07-01' ORDER BY position"),
            "35\n36\n37\n");
  EXPECT_EQ(psql("SELECT name, COALESCE(valid_to, '') FROM units WHERE code = '35'"),
            "Tỉnh Hà Nam|2025-06-30\n");
  Result ran = in_dir(
      dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-15 " + pg + " --plan " +
                      sample("ke-hoach-2025.json") + " --vars " + sample("bien-2025.json") + " --submissions " +
                      sample("da-nhan-2025.csv") + " --out out"));
  ASSERT_EQ(ran.status, 0) << ran.err;
  std::string report = run("pdftotext -layout " +
                           sh_quote((dir / "out/2025-12-15-tinh-bao-cao/37-bao-cao.pdf").string()) + " -")
                           .out;
  // Hà Nam + Nam Định + Ninh Bình 2024 (so-lieu-tinh-2024.csv), summed by hand.
  EXPECT_NE(report.find("534.806"), std::string::npos) << report;
  // The note wraps: lines joined, runs of blanks made one space.
  std::string flat;
  for (char c : report)
    if ((c != ' ' && c != '\n') || (!flat.empty() && flat.back() != ' ')) flat += c == '\n' ? ' ' : c;
  EXPECT_NE(flat.find("là tổng số liệu của tỉnh Hà Nam, tỉnh Nam Định, tỉnh Ninh Bình trước khi hợp nhất"),
            std::string::npos)
      << flat;
}

}  // namespace
}  // namespace baocao::test
