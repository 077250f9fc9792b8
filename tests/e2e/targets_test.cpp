// Targets as plans state them, end to end: imported into SQLite and a real
// PostgreSQL, refused by `import` and `render --targets` with the same words,
// printed in a Kế hoạch's roadmap rendered from the store (pdftotext), and an
// office's own indicators added to the catalogue and used.
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// A plan of another province that sets milestones only (2025, 2030), in
// every kind a plan states them.
const char* kMilestones =
    "nam,chi_so,chi_tieu\n"
    "2025,gia_dinh_hoc_tap,70\n"
    "2030,gia_dinh_hoc_tap,75–80\n"
    "2030,dong_ho_hoc_tap,\"99,5% trở lên\"\n"
    "2030,cong_dong_hoc_tap,không quá 5%\n"
    "2030,ky_nang_so,duy trì\n";

const std::string kKeHoachVars =
    " --set nam=2025 --set 'co_quan_chu_quan=UBND tỉnh Lào Cai' --set 'co_quan_ban_hanh=Sở Giáo dục và Đào tạo' "
    "--set so_van_ban=140 --set ky_hieu_co_quan=SGDĐT --set 'dia_danh=Lào Cai' --set ngay=2025-12-12 "
    "--set 'dia_ban=trên địa bàn tỉnh Lào Cai' --set 'ke_hoach_can_cu=Kế hoạch số 12/KH-UBND' "
    "--set 'quyen_han=GIÁM ĐỐC' --set 'nguoi_ky=Nguyễn Văn An' --set 'noi_nhan=- Lưu: VT.' --set 'cap_tinh=tỉnh Lào Cai'";

std::string ke_hoach() {
  return sh_quote((source_dir() / "templates" / "ke-hoach.tpl").string());
}

// pdftotext -layout with runs of spaces made one (it pads columns).
std::string pdf_words(const fs::path& pdf) {
  std::string t = run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null").out, one;
  for (char c : t)
    if (c != ' ' || one.empty() || one.back() != ' ') one += c;
  return one;
}

// Imports the milestones into the store `flag` names and renders the Kế
// hoạch for 2026 from it: the roadmap 2026–2030 shows each milestone as the
// plan words it and "-" for every year between.
void milestones_round_trip(const std::string& flag) {
  TempDir dir;
  write_file(dir / "chi-tieu-lao-cai.csv", kMilestones);
  Result imp = in_dir(dir, baocao_cmd("import chi-tieu-lao-cai.csv " + flag));
  ASSERT_EQ(imp.status, 0) << imp.err;
  EXPECT_NE(imp.out.find("chi-tieu-lao-cai.csv: đã nhập 5 chỉ tiêu"), std::string::npos) << imp.out;
  Result r = in_dir(dir, baocao_cmd("render " + ke_hoach() + " " + flag + kKeHoachVars + " --out kh.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string t = pdf_words(dir / "kh.pdf");
  // STT, name, the 2025 result (none), then 2026, 2027, 2028, 2029, 2030.
  EXPECT_NE(t.find("1 Gia đình học tập - - - - - 75–80%"), std::string::npos) << t;
  EXPECT_NE(t.find("từ 99,5% trở"), std::string::npos) << t;
  EXPECT_NE(t.find("không quá 5%"), std::string::npos) << t;
  EXPECT_NE(t.find("duy trì"), std::string::npos) << t;
  EXPECT_EQ(t.find(" 0% "), std::string::npos) << "an open year is never 0\n" << t;
}

TEST(Targets, MilestonesOfEveryKindThroughSqlite) {
  milestones_round_trip("--db kho.db");
}

TEST(Targets, MilestonesOfEveryKindThroughPostgres) {
  PostgresServer server;
  milestones_round_trip("--pg " + sh_quote(server.create_database("baocao")));
}

// The sample province's store: every roadmap cell of its Kế hoạch 2026 holds
// the target its plan sets for that year (before, only `nam` and `nam - 1`
// were read from the store, and 2026–2030 all printed "-").
TEST(Targets, KeHoachFromTheSampleStoreFillsEveryRoadmapCell) {
  TempDir dir;
  Result imp = import_sample(dir);
  ASSERT_EQ(imp.status, 0) << imp.err;
  Result r = in_dir(dir, baocao_cmd("render " + ke_hoach() + " --db kho.db" + kKeHoachVars + " --out kh.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string t = pdf_words(dir / "kh.pdf");
  // chi-tieu.csv, 2026 to 2030, indicator by indicator.
  std::map<std::string, std::string> row;
  std::istringstream csv(read_file(sample_path("chi-tieu.csv")));
  std::string line;
  std::getline(csv, line);
  while (std::getline(csv, line)) {
    const auto a = line.find(','), b = line.find(',', a + 1);
    const int year = std::stoi(line.substr(0, a));
    if (year < 2026) continue;
    const std::string value = line.substr(b + 1);
    row[line.substr(a + 1, b - a - 1)] += " " + (value.empty() ? "-" : value + "%");
  }
  ASSERT_EQ(row.size(), 12u);
  for (const auto& [id, cells] : row) EXPECT_NE(t.find(cells + "\n"), std::string::npos) << id << ":" << cells << "\n" << t;
}

// The sample's whole 2025 cycle with targets of every kind (a range, an
// at-least bound, words, a 2030 range): every shipped template takes them,
// and each sentence says what the figures are against the target as the
// plan words it.
TEST(Targets, EveryShippedTemplateTakesEveryKind) {
  TempDir dir;
  std::string csv = read_file(sample_path("chi-tieu.csv"));
  auto set = [&](const std::string& key, const std::string& value) {
    const auto at = csv.find("\n" + key + ",");
    ASSERT_NE(at, std::string::npos) << key;
    csv.replace(at + 1, csv.find('\n', at + 1) - at - 1, key + "," + value);
  };
  set("2025,gia_dinh_hoc_tap", "75–80");
  set("2025,dong_ho_hoc_tap", "\"từ 99,5% trở lên\"");
  set("2026,gia_dinh_hoc_tap", "\"từ 80% trở lên\"");
  set("2026,dong_ho_hoc_tap", "duy trì mức độ 2");
  set("2030,gia_dinh_hoc_tap", "85-90");
  write_file(dir / "chi-tieu.csv", csv);
  Result imp = in_dir(dir, baocao_cmd("import " + sample("so-lieu-xa-2025.csv") + " chi-tieu.csv --bodies " +
                                      sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") +
                                      " --period 2025 --db kho.db"));
  ASSERT_EQ(imp.status, 0) << imp.err;
  for (const char* deadline : {"2025-12-10", "2025-12-15", "2025-12-30"}) {
    Result r = run_sample_cycle(dir, std::string("--deadline ") + deadline + " --submissions " +
                                         sample("da-nhan-co-quan-2025.csv"));
    ASSERT_EQ(r.status, 0) << deadline << ": " << r.err;
  }
  // Phường Phủ Lý: 85,2% of families against 75–80%, 73,0% of clans against at least 99,5%.
  const std::string report = pdf_words(dir / "out/2025-12-10-xa-bao-cao/37/13285-bao-cao.pdf");
  std::string flat;
  for (char c : report) flat += c == '\n' ? ' ' : c;
  EXPECT_NE(flat.find("Gia đình học tập, đạt 85,2%, vượt chỉ tiêu 75–80%"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Dòng họ học tập, đạt 73,0%, chưa đạt chỉ tiêu từ 99,5% trở lên"), std::string::npos) << flat;
  // The Kế hoạch 2026: the plan's words, never "từ từ … trở lên trở lên".
  const std::string plan = pdf_words(dir / "out/2025-12-30-co-quan-bao-cao/37/ke-hoach.pdf");
  flat.clear();
  for (char c : plan) flat += c == '\n' ? ' ' : c;
  EXPECT_NE(flat.find("Phấn đấu từ 80% trở lên gia đình được công nhận Gia đình học tập"), std::string::npos)
      << flat;
  EXPECT_NE(flat.find("Dòng họ học tập: duy trì mức độ 2"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Phấn đấu đến năm 2030, 85–90% gia đình được công nhận Gia đình học tập"), std::string::npos)
      << flat;
  EXPECT_EQ(flat.find("từ từ"), std::string::npos) << flat;
}

// `import` and `render --targets` read a targets file with one reader: the
// same problems, at the same file, row and column, in either language.
TEST(Targets, ImportAndRenderRefuseTheSameFileAlike) {
  TempDir dir;
  write_file(dir / "sai.csv",
             "nam,chi_so,chi_tieu\n2025,gia_dinh_hoc_tap,150\n2025,gia_dinh,70\n2030,dong_ho_hoc_tap,80-75\n");
  for (const char* lang : {"", " --lang en"}) {
    Result imp = in_dir(dir, baocao_cmd("import sai.csv --db kho.db" + std::string(lang)));
    Result ren = in_dir(dir, baocao_cmd("render " + ke_hoach() + " --targets sai.csv" + kKeHoachVars +
                                        " --out kh.pdf" + lang));
    EXPECT_EQ(imp.status, 4) << imp.err;
    EXPECT_EQ(ren.status, 4) << ren.err;
    const std::vector<std::string> expected =
        *lang ? std::vector<std::string>{"sai.csv, row 2, column 'chi_tieu': target 150% of indicator "
                                         "'gia_dinh_hoc_tap' is a rate and must lie within 0–100%",
                                         "sai.csv, row 3, column 'chi_so': no indicator 'gia_dinh' in the catalogue; "
                                         "known indicators: gia_dinh_hoc_tap, dong_ho_hoc_tap,",
                                         "sai.csv, row 4, column 'chi_tieu': target range 80–75%: the low end is "
                                         "above the high end"}
              : std::vector<std::string>{"sai.csv, dòng 2, cột 'chi_tieu': chỉ tiêu 150% của chỉ số "
                                         "'gia_dinh_hoc_tap' là tỷ lệ, phải nằm trong khoảng 0–100%",
                                         "sai.csv, dòng 3, cột 'chi_so': không có chỉ số 'gia_dinh' trong danh mục; "
                                         "các chỉ số có: gia_dinh_hoc_tap, dong_ho_hoc_tap,",
                                         "sai.csv, dòng 4, cột 'chi_tieu': khoảng chỉ tiêu 80–75%: đầu dưới lớn hơn "
                                         "đầu trên"};
    for (const std::string& e : expected) {
      EXPECT_NE(imp.err.find(e), std::string::npos) << imp.err;
      EXPECT_NE(ren.err.find(e), std::string::npos) << ren.err;
    }
    EXPECT_FALSE(fs::exists(dir / "kh.pdf"));
  }
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM targets"), "0\n") << "nothing kept";
}

// render --targets prints every kind as the plan words it, from files.
TEST(Targets, RenderFromATargetsFile) {
  TempDir dir;
  write_file(dir / "chi-tieu-lao-cai.csv", kMilestones);
  Result r = in_dir(dir, baocao_cmd("render " + ke_hoach() + " --targets chi-tieu-lao-cai.csv" + kKeHoachVars +
                                    " --out kh.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string t = pdf_words(dir / "kh.pdf");
  EXPECT_NE(t.find("1 Gia đình học tập - - - - - 75–80%"), std::string::npos) << t;
  EXPECT_NE(t.find("không quá 5%"), std::string::npos) << t;
}

// An office adds an indicator of its own plan (a count) to the catalogue in
// the store; its targets are then taken and printed in its unit.
TEST(Targets, AnOfficeExtendsTheCatalogue) {
  TempDir dir;
  write_file(dir / "chi-tieu-tinh.csv", "nam,chi_so,chi_tieu\n2030,lop_hoc_tinh,\"từ 120 trở lên\"\n");
  Result before = in_dir(dir, baocao_cmd("import chi-tieu-tinh.csv --db kho.db --lang en"));
  EXPECT_EQ(before.status, 4);
  EXPECT_NE(before.err.find("no indicator 'lop_hoc_tinh' in the catalogue; known indicators: gia_dinh_hoc_tap"),
            std::string::npos)
      << before.err;

  write_file(dir / "chi-so-tinh.csv",
             "ma,ten,tu_so,mau_so,don_vi_tinh,cap_dem,loai,chuong_trinh\n"
             "lop_hoc_tinh,Lớp học tập cộng đồng của tỉnh,Số lớp học tập cộng đồng được mở,,lớp,co_quan,so_luong,"
             "Kế hoạch 12/KH-UBND\n");
  Result cat = in_dir(dir, baocao_cmd("import chi-so-tinh.csv --db kho.db"));
  ASSERT_EQ(cat.status, 0) << cat.err;
  EXPECT_NE(cat.out.find("chi-so-tinh.csv: đã nhập danh mục chỉ số (1 chỉ số, phiên bản 1)"), std::string::npos)
      << cat.out;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT version, source_file, indicators FROM indicator_catalogue_versions"),
            "1|chi-so-tinh.csv|1\n");
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT unit, measured_at, loai, office FROM indicators WHERE id = "
                                           "'lop_hoc_tinh'"),
            "lớp|co_quan|so_luong|1\n");

  Result after = in_dir(dir, baocao_cmd("import chi-tieu-tinh.csv --db kho.db"));
  ASSERT_EQ(after.status, 0) << after.err;
  Result r = in_dir(dir, baocao_cmd("render " + ke_hoach() + " --db kho.db" + kKeHoachVars + " --out kh.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string t = pdf_words(dir / "kh.pdf");
  EXPECT_NE(t.find("Lớp học tập cộng đồng"), std::string::npos) << t;
  EXPECT_NE(t.find("từ 120 lớp"), std::string::npos) << t;

  // A national indicator cannot be redefined by an office.
  write_file(dir / "sua-quoc-gia.csv",
             "ma,ten,tu_so,mau_so,don_vi_tinh,cap_dem,loai,chuong_trinh\n"
             "gia_dinh_hoc_tap,Gia đình,Số gia đình,Tổng số,%,thap_nhat,ty_le,\n");
  Result bad = in_dir(dir, baocao_cmd("import sua-quoc-gia.csv --db kho.db --lang en"));
  EXPECT_EQ(bad.status, 4);
  EXPECT_NE(bad.err.find("'gia_dinh_hoc_tap' is a national indicator"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace baocao::test
