// An office's own indicators used everywhere the shipped ones are: imported
// with the plan that assigns them in one command, on the communes' and the
// bodies' forms (openpyxl reads the headings and the hidden sheet), read
// back from a filled form, and worded in the communes' reports (pdftotext),
// a count ("12 lớp") as well as a rate.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// A rate and a count the communes report, a count the bodies report.
const char* kOfficeCatalogue =
    "ma,ten,tu_so,mau_so,don_vi_tinh,cap_dem,loai,chuong_trinh\n"
    "tu_sach_cong_dong,Tủ sách cộng đồng,\"Số thôn, tổ dân phố có tủ sách cộng đồng\",\"Tổng số thôn, tổ dân "
    "phố\",%,thap_nhat,ty_le,Kế hoạch 186/KH-UBND\n"
    "lop_chuyen_de,Lớp chuyên đề,Số lớp chuyên đề được mở tại trung tâm học tập cộng đồng,,lớp,thap_nhat,so_luong,"
    "Kế hoạch 186/KH-UBND\n"
    "cau_lac_bo,Câu lạc bộ học tập,Số câu lạc bộ học tập được thành lập,,câu lạc bộ,co_quan,so_luong,"
    "Kế hoạch 186/KH-UBND\n";

const char* kOfficeTargets =
    "nam,chi_so,chi_tieu\n"
    "2025,tu_sach_cong_dong,80\n"
    "2025,lop_chuyen_de,10\n"
    "2025,cau_lac_bo,5\n";

// The sample's figures with the office's columns: Phường Phủ Lý (13285)
// reports them, the other communes leave them blank.
std::string figures_with_office_columns() {
  std::istringstream in(read_file(sample_path("so-lieu-xa-2025.csv")));
  std::string line, out;
  for (bool header = true; std::getline(in, line); header = false) {
    if (line.empty()) continue;
    if (header)
      line += ",tu_sach_cong_dong_dat,tu_sach_cong_dong_tong,lop_chuyen_de_dat";
    else
      line += line.rfind("13285,", 0) == 0 ? ",20,24,12" : ",,,";
    out += line + "\n";
  }
  return out;
}

// The sample plan with the office's count assigned to the Sở Nội vụ.
std::string plan_assigning_office_indicator() {
  std::string plan = read_file(sample_path("ke-hoach-2025.json"));
  const std::string from = "\"chi_so\": [\"lao_dong_qua_dao_tao\", \"cong_chuc_hoc_tap\"]";
  const std::size_t at = plan.find(from);
  if (at == std::string::npos) return {};
  plan.replace(at, from.size(), "\"chi_so\": [\"lao_dong_qua_dao_tao\", \"cong_chuc_hoc_tap\", \"cau_lac_bo\"]");
  return plan;
}

// Cells of an XLSX as "SHEET!A1=value" lines (openpyxl).
std::string cells(const fs::path& xlsx, const std::string& sheet, const std::string& range) {
  return run("/usr/bin/python3 -c " +
             sh_quote("import sys, openpyxl\n"
                      "ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]\n"
                      "for row in ws[sys.argv[3]]:\n"
                      "    for c in row:\n"
                      "        print(f'{c.coordinate}={\"\" if c.value is None else c.value}')\n") +
             " " + sh_quote(xlsx.string()) + " " + sh_quote(sheet) + " " + sh_quote(range))
      .out;
}

std::string one_line(std::string t) {
  std::string out;
  for (char& c : t)
    if (c == '\n') c = ' ';
  for (char c : t)
    if (c != ' ' || out.empty() || out.back() != ' ') out += c;
  return out;
}

TEST(OfficeCatalogue, ImportedWithItsPlanThenOnFormsAndInReports) {
  TempDir dir;
  write_file(dir / "chi-so-van-phong.csv", kOfficeCatalogue);
  write_file(dir / "chi-tieu-van-phong.csv", kOfficeTargets);
  write_file(dir / "so-lieu.csv", figures_with_office_columns());
  const std::string plan = plan_assigning_office_indicator();
  ASSERT_FALSE(plan.empty()) << "the sample plan no longer assigns SNV its indicators as this test expects";
  write_file(dir / "ke-hoach.json", plan);

  // One command: the figures and targets name the office's indicators and
  // the plan assigns one to a body; the catalogue, listed last, comes first.
  Result imp = in_dir(dir, baocao_cmd("import so-lieu.csv " + sample("chi-tieu.csv") +
                                      " chi-tieu-van-phong.csv chi-so-van-phong.csv --plan ke-hoach.json --bodies " +
                                      sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") +
                                      " --period 2025 --db kho.db"));
  ASSERT_EQ(imp.status, 0) << imp.out << imp.err;
  const std::string db = (dir / "kho.db").string();
  EXPECT_EQ(sql(db, "SELECT v.numerator, v.denominator FROM submission_values v WHERE v.indicator = 'lop_chuyen_de'"),
            "12.0|0.0\n");
  EXPECT_EQ(sql(db, "SELECT v.numerator, v.denominator FROM submission_values v WHERE v.indicator = "
                    "'tu_sach_cong_dong'"),
            "20.0|24.0\n");

  // Phường Phủ Lý's report words both: the rate against its target, the
  // count in its unit ("12 lớp …, vượt chỉ tiêu 10 lớp"), never a percentage.
  Result r = in_dir(dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-10 --db kho.db --vars " +
                                    sample("bien-2025.json") + " --submissions " + sample("da-nhan-2025.csv") +
                                    " --out out"));
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  fs::path report;
  for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
    if (e.path().extension() == ".pdf" && e.path().filename().string().rfind("13285", 0) == 0) report = e.path();
  ASSERT_FALSE(report.empty()) << r.out;
  const std::string t = one_line(run("pdftotext " + sh_quote(report.string()) + " -").out);
  EXPECT_NE(t.find("20/24 tổ dân phố có tủ sách cộng đồng, đạt 83,3%, vượt chỉ tiêu 80%"), std::string::npos) << t;
  EXPECT_NE(t.find("- 12 lớp chuyên đề được mở tại trung tâm học tập cộng đồng, vượt chỉ tiêu 10 lớp."),
            std::string::npos)
      << t;
  EXPECT_EQ(t.find("10%"), std::string::npos) << t;
  EXPECT_EQ(t.find("12/0"), std::string::npos) << t;
  const std::string layout = run("pdftotext -layout " + sh_quote(report.string()) + " -").out;
  EXPECT_NE(one_line(layout).find("Lớp chuyên đề 12 - - 10 lớp"), std::string::npos) << layout;

  // The communes' form: the office's rate over two columns (O, P), its count
  // in one (Q) with what it counts, then the note; the hidden sheet names
  // no total column for the count.
  Result form = in_dir(dir, baocao_cmd("form --level xa --period 2025 --scope 37 --db kho.db --out xa.xlsx"));
  ASSERT_EQ(form.status, 0) << form.err;
  const std::string head = cells(dir / "xa.xlsx", "Biểu mẫu", "O4:R5");
  EXPECT_NE(head.find("O4=Tủ sách cộng đồng\n"), std::string::npos) << head;
  EXPECT_NE(head.find("O5=Số thôn, tổ dân phố có tủ sách cộng đồng\n"), std::string::npos) << head;
  EXPECT_NE(head.find("P5=Tổng số thôn, tổ dân phố\n"), std::string::npos) << head;
  EXPECT_NE(head.find("Q4=Lớp chuyên đề\n"), std::string::npos) << head;
  EXPECT_NE(head.find("Q5=Số lớp chuyên đề được mở tại trung tâm học tập cộng đồng (lớp)\n"), std::string::npos)
      << head;
  EXPECT_NE(head.find("R4=Ghi chú"), std::string::npos) << head;
  const std::string meta = cells(dir / "xa.xlsx", "_baocao", "A1:D20");
  EXPECT_NE(meta.find("=lop_chuyen_de\n"), std::string::npos) << meta;
  EXPECT_NE(meta.find("C"), std::string::npos) << meta;
  {
    // The count's row of the hidden sheet: id, Q, and a blank total.
    const std::size_t at = meta.find("=lop_chuyen_de\n");
    ASSERT_NE(at, std::string::npos);
    const std::string rest = meta.substr(at);
    EXPECT_NE(rest.find("=Q\n"), std::string::npos) << rest;
    const std::size_t d = rest.find("\nD");
    ASSERT_NE(d, std::string::npos) << rest;
    EXPECT_EQ(rest.substr(d + 1, rest.find('\n', d + 1) - d - 1).back(), '=') << rest;
  }

  // Filled by a clerk (openpyxl) for the first commune and read back: the
  // count without a total, the rate with one; a count that is not a whole
  // number is refused at its cell.
  ASSERT_EQ(edit_xlsx(dir / "xa.xlsx", dir / "da-dien.xlsx",
                      {"Biểu mẫu!O6=5", "Biểu mẫu!P6=8", "Biểu mẫu!Q6=7"}),
            0);
  Result read_back = in_dir(dir, baocao_cmd("import da-dien.xlsx --db kho.db"));
  ASSERT_EQ(read_back.status, 0) << read_back.out << read_back.err;
  const std::string first = cells(dir / "xa.xlsx", "Biểu mẫu", "A6:A6");
  const std::string code = first.substr(first.find('=') + 1, first.find('\n') - first.find('=') - 1);
  EXPECT_EQ(sql(db, "SELECT v.numerator, v.denominator FROM submission_values v JOIN submissions s ON s.id = "
                    "v.submission_id WHERE s.unit_code = '" + code + "' AND v.indicator = 'lop_chuyen_de' AND "
                    "s.superseded_by IS NULL"),
            "7.0|0.0\n");
  ASSERT_EQ(edit_xlsx(dir / "xa.xlsx", dir / "sai.xlsx", {"Biểu mẫu!Q6=s:12,5a"}), 0);
  Result bad = in_dir(dir, baocao_cmd("import sai.xlsx --db kho.db --lang en"));
  EXPECT_EQ(bad.status, 4) << bad.out << bad.err;
  EXPECT_NE(bad.err.find("sai.xlsx, sheet 'Biểu mẫu', cell Q6"), std::string::npos) << bad.err;

  // A count given a total in a CSV is refused, naming the indicator.
  write_file(dir / "dem-co-tong.csv", "ma_don_vi,ten_don_vi,lop_chuyen_de_dat,lop_chuyen_de_tong\n13285,Phường Phủ "
                                      "Lý,12,40\n");
  Result with_total = in_dir(dir, baocao_cmd("import dem-co-tong.csv --period 2025 --db kho.db --lang en"));
  EXPECT_EQ(with_total.status, 4) << with_total.out;
  EXPECT_NE(with_total.err.find("indicator 'lop_chuyen_de' is a count with no total"), std::string::npos)
      << with_total.err;

  // The body the plan gives the office's count has it on its form.
  Result body_form = in_dir(dir, baocao_cmd("form --body SNV --period 2025 --db kho.db --out snv.xlsx"));
  ASSERT_EQ(body_form.status, 0) << body_form.err;
  const std::string body_head = cells(dir / "snv.xlsx", "Biểu mẫu", "A4:H5");
  EXPECT_NE(body_head.find("=Câu lạc bộ học tập\n"), std::string::npos) << body_head;
  EXPECT_NE(body_head.find("=Số câu lạc bộ học tập được thành lập (câu lạc bộ)\n"), std::string::npos) << body_head;

}

}  // namespace
}  // namespace baocao::test
