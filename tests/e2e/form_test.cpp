// `baocao form` end to end on the real binary: the form is read back by
// openpyxl (tests/e2e/check_form.py: protection, unlocked cells, validations
// and their formulas, hidden sheets, print titles, input messages), filled by
// openpyxl as a clerk's copy, and imported WITHOUT --mapping into a SQLite
// store, whose rows are then read with Python's sqlite3.
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// What communes count (the catalogue's MeasuredAt::lowest), in catalogue
// order: every level's form carries them.
const char* kIndicators =
    "gia_dinh_hoc_tap dong_ho_hoc_tap cong_dong_hoc_tap don_vi_hoc_tap cong_dan_hoc_tap "
    "cong_dan_hoc_tap_don_vi";
// The top level's form: the whole catalogue, the province's own counts
// (Hội Khuyến học members trained, digital skills) in their places.
const char* kProvinceIndicators =
    "gia_dinh_hoc_tap dong_ho_hoc_tap cong_dong_hoc_tap don_vi_hoc_tap hoi_vien_tap_huan cong_dan_hoc_tap "
    "cong_dan_hoc_tap_don_vi ky_nang_so";

std::string check_form(const fs::path& form, int units, const std::string& level = "xa",
                       const std::string& indicators = kIndicators, const std::string& fill = "") {
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_form.py").string()) + " " +
                 sh_quote(form.string()) + " 2025 " + level + " " + std::to_string(units) + " " + indicators +
                 (fill.empty() ? "" : " --fill " + sh_quote(fill)));
  return r.status == 0 ? r.out : r.out + r.err;
}

// Lai Châu (code 12) has 38 communes in the bundled 2025 list.
TEST(Form, GeneratedFilledImportedWithoutMapping) {
  TempDir dir;
  Result r =
      in_dir(dir, baocao_cmd("form --level xã --period 2025 --scope 12 --db store.db --out bieu-mau.xlsx"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("38 đơn vị cấp xã, 6 chỉ số, năm 2025"), std::string::npos) << r.out;
  ASSERT_EQ(check_form(dir / "bieu-mau.xlsx", 38, "xa", kIndicators, (dir / "da-dien.xlsx").string()),
            "ok\n");

  r = in_dir(dir, baocao_cmd("import da-dien.xlsx --db store.db"));
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(sql((dir / "store.db").string(), "SELECT count(*), min(period), max(period) FROM submissions"),
            "38|2025|2025\n");
  // The first unit (lowest code) got i=0: numerator k, denominator k+100;
  // the last (i=37) 370+k over 470+k.
  std::string first =
      sql((dir / "store.db").string(),
          "SELECT s.unit_code, v.indicator, v.numerator, v.denominator, v.note, v.source_cell "
          "FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
          "WHERE s.unit_code = (SELECT min(unit_code) FROM submissions) ORDER BY v.indicator");
  EXPECT_NE(first.find("|gia_dinh_hoc_tap|0.0|100.0|đã kiểm tra|"), std::string::npos) << first;
  EXPECT_NE(first.find("|cong_dan_hoc_tap|4.0|104.0|đã kiểm tra|"), std::string::npos) << first;
  std::string last =
      sql((dir / "store.db").string(),
          "SELECT v.indicator, v.numerator, v.denominator FROM submission_values v JOIN submissions s "
          "ON s.id = v.submission_id WHERE s.unit_code = (SELECT max(unit_code) FROM submissions) "
          "AND v.indicator = 'dong_ho_hoc_tap'");
  EXPECT_EQ(last, "dong_ho_hoc_tap|371.0|471.0\n");
  EXPECT_NE(first.find("|cong_dan_hoc_tap_don_vi|5.0|105.0|"), std::string::npos) << first;
  EXPECT_EQ(sql((dir / "store.db").string(), "SELECT count(*) FROM submission_values"), "228\n");
}

// The communes' form of province 12 made from the store, checked, and filled
// by openpyxl as `da-dien.xlsx`.
void filled_commune_form(const TempDir& dir) {
  ASSERT_EQ(
      in_dir(dir, baocao_cmd("form --level xa --period 2025 --scope 12 --db store.db --out f.xlsx")).status,
      0);
  ASSERT_EQ(check_form(dir / "f.xlsx", 38, "xa", kIndicators, (dir / "da-dien.xlsx").string()), "ok\n");
}

// The indicator added to the communes' form is not required: a commune that
// leaves its two columns blank (rows 6 to 43, columns M and N) imports its
// other five, as files without it (the Biểu 1 of mappings/) always did.
TEST(Form, NewIndicatorLeftBlankStillImports) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(filled_commune_form(dir));
  std::string edit = "/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/edit_xlsx.py").string()) +
                     " " + sh_quote((dir / "da-dien.xlsx").string()) + " " +
                     sh_quote((dir / "bo-trong.xlsx").string());
  for (int row = 6; row < 6 + 38; ++row)
    for (const char* col : {"M", "N"})
      edit += " " + sh_quote(std::string("Biểu mẫu!") + col + std::to_string(row) + "=");
  ASSERT_EQ(run(edit).status, 0);
  Result r = in_dir(dir, baocao_cmd("import bo-trong.xlsx --db store.db"));
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  const std::string db = (dir / "store.db").string();
  EXPECT_EQ(sql(db, "SELECT count(*) FROM submissions"), "38\n");
  EXPECT_EQ(sql(db, "SELECT count(*) FROM submission_values"), "190\n");
  EXPECT_EQ(sql(db, "SELECT count(*) FROM submission_values WHERE indicator = 'cong_dan_hoc_tap_don_vi'"),
            "0\n");
}

TEST(Form, NumeratorAboveDenominatorOrWrongPeriodIsRefusedWithItsCell) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(filled_commune_form(dir));
  // openpyxl ignores validation: a clerk's tool that does not check.
  ASSERT_EQ(edit_xlsx(dir / "da-dien.xlsx", dir / "sai.xlsx", {"Biểu mẫu!E7=500", "Biểu mẫu!F7=90"}), 0);
  Result r = in_dir(dir, baocao_cmd("import sai.xlsx --db store.db"));
  EXPECT_EQ(r.status, 4) << r.out << r.err;
  EXPECT_NE(r.err.find("sai.xlsx, sheet 'Biểu mẫu', ô E7"), std::string::npos) << r.err;

  r = in_dir(dir, baocao_cmd("import da-dien.xlsx --period 2026 --db store.db"));
  EXPECT_EQ(r.status, 4) << r.out << r.err;
  EXPECT_NE(r.err.find("da-dien.xlsx, sheet 'Biểu mẫu', ô B2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2025"), std::string::npos) << r.err;
  EXPECT_EQ(sql((dir / "store.db").string(), "SELECT count(*) FROM submissions"), "0\n");

  // A form from a later, unknown version of the layout is refused, not misread.
  ASSERT_EQ(edit_xlsx(dir / "da-dien.xlsx", dir / "v2.xlsx", {"_baocao!B2=2"}), 0);
  r = in_dir(dir, baocao_cmd("import v2.xlsx --db store.db"));
  EXPECT_EQ(r.status, 4) << r.out << r.err;
  EXPECT_NE(r.err.find("v2.xlsx: Biểu mẫu 'baocao.bieu-mau-thu-thap' phiên bản 2 không được"), std::string::npos)
      << r.err;
  EXPECT_EQ(sql((dir / "store.db").string(), "SELECT count(*) FROM submissions"), "0\n");

  // The right period, given, is accepted.
  EXPECT_EQ(in_dir(dir, baocao_cmd("import da-dien.xlsx --period 2025 --db store.db")).status, 0);
  EXPECT_EQ(sql((dir / "store.db").string(), "SELECT count(*) FROM submissions"), "38\n");
}

TEST(Form, UnitsFromCsvValidInThePeriodAtTheLevel) {
  TempDir dir;
  write_file(dir / "don-vi.csv",
             "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den,tien_than\n"
             "37,Tỉnh Ninh Bình,tỉnh,,,,\n"
             "13285,Phường Phủ Lý,xã,37,01/07/2025,,\n"
             "13318,Xã Đông Hưng Thịnh Vượng Cát Tường An Khang,xã,37,01/07/2025,,\n"
             "99999,Xã Đã Sáp Nhập,xã,37,,30/06/2025,\n"
             "13300,Phường Hoa Lư,xã,37,01/07/2025,,\n");
  Result r = in_dir(dir, baocao_cmd("form --level xa --period 2025 --units don-vi.csv --out f.xlsx"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(check_form(dir / "f.xlsx", 3), "ok\n");
  // The province, top of the list, also reports what it counts itself.
  r = in_dir(dir,
             baocao_cmd("form --level tỉnh --period 2025 --units don-vi.csv --out t.xlsx --password bi-mat"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(check_form(dir / "t.xlsx", 1, "tinh", kProvinceIndicators), "ok\n");

  // No unit at that level: a clear error and no file.
  r = in_dir(dir, baocao_cmd("form --level huyen --period 2025 --units don-vi.csv --out h.xlsx"));
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("Không có đơn vị cấp huyện"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "h.xlsx"));
  r = in_dir(dir, baocao_cmd("form --level thon --period 2025 --units don-vi.csv --out h.xlsx"));
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_FALSE(fs::exists(dir / "h.xlsx"));
}

// A 3-level list (before the 2025 reform; in force on 1/1/2025, which the
// form falls back to): the district in the middle
// reports what its communes count, only the province, at the top, its own
// too. The place in the list decides, not the level's name.
TEST(Form, ThreeLevelsMiddleLevelCarriesTheCommunesIndicators) {
  TempDir dir;
  write_file(dir / "don-vi.csv",
             "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den,tien_than\n"
             "36,Tỉnh Nam Định,tỉnh,,,30/06/2025,\n"
             "356,Huyện Mỹ Lộc,huyện,36,,30/06/2025,\n"
             "357,Huyện Vụ Bản,huyện,36,,30/06/2025,\n"
             "13669,Xã Mỹ Hà,xã,356,,30/06/2025,\n");
  Result r = in_dir(dir, baocao_cmd("form --level huyện --period 2025 --units don-vi.csv --out h.xlsx"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2 đơn vị cấp huyện, 6 chỉ số, năm 2025"), std::string::npos) << r.out;
  EXPECT_EQ(check_form(dir / "h.xlsx", 2, "huyen", kIndicators), "ok\n");
  Result t = in_dir(dir, baocao_cmd("form --level tinh --period 2025 --units don-vi.csv --out t.xlsx"));
  ASSERT_EQ(t.status, 0) << t.err;
  EXPECT_NE(t.out.find("1 đơn vị cấp tỉnh, 8 chỉ số, năm 2025"), std::string::npos) << t.out;
  EXPECT_EQ(check_form(dir / "t.xlsx", 1, "tinh", kProvinceIndicators), "ok\n");
  Result x = in_dir(dir, baocao_cmd("form --level xa --period 2025 --units don-vi.csv --out x.xlsx"));
  ASSERT_EQ(x.status, 0) << x.err;
  EXPECT_NE(x.out.find("1 đơn vị cấp xã, 6 chỉ số, năm 2025"), std::string::npos) << x.out;
}

}  // namespace
}  // namespace baocao::test
