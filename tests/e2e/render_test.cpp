// `baocao render` end to end: each shipped template on the sample data gives
// the checked-in document tree (golden JSON); PDF and XLSX outputs checked
// with poppler, qpdf and openpyxl; errors name file:line:col.
//
// Regenerating the goldens after an intended change:
//   BAOCAO_UPDATE_GOLDEN=1 ctest --test-dir build -R RenderGolden
// then review `git diff tests/e2e/golden/` by eye before committing.
#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const fs::path kTemplates = source_dir() / "templates";
const fs::path kData = source_dir() / "samples" / "ninh-binh" / "du-lieu-2025.json";
const fs::path kGolden = source_dir() / "tests" / "e2e" / "golden" / "render";

std::string render_cmd(const std::string& tpl, const std::string& extra, const fs::path& out) {
  return sh_quote(baocao_exe()) + " render " + sh_quote((kTemplates / tpl).string()) + " --data " +
         sh_quote(kData.string()) + " " + extra + " --out " + sh_quote(out.string());
}

struct Case {
  const char* tpl;
  const char* extra;
  const char* golden;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.tpl;
}

class RenderGolden : public ::testing::TestWithParam<Case> {};

TEST_P(RenderGolden, DocumentTreeMatchesTheCheckedInJson) {
  const Case& c = GetParam();
  TempDir dir;
  fs::path out = dir / "out.json";
  Result r = run(render_cmd(c.tpl, c.extra, out));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string got = read_file(out);
  fs::path golden = kGolden / c.golden;
  const char* update = std::getenv("BAOCAO_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(golden, got);
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing: run with BAOCAO_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read_file(golden)) << "document tree differs from " << golden
                                    << " (BAOCAO_UPDATE_GOLDEN=1 regenerates; review the diff)";
}

INSTANTIATE_TEST_SUITE_P(
    ShippedTemplates, RenderGolden,
    ::testing::Values(Case{"bao-cao-tong-hop.tpl", "", "bao-cao-tong-hop.json"},
                      // The commune's issuer, as the register gives it to `run`.
                      Case{"bao-cao-xa.tpl",
                           "--set ma_xa=13285 --set 'nguoi_ky=Trần Thị Bình' --set so_van_ban=87 "
                           "--set 'co_quan_chu_quan=' --set 'co_quan_ban_hanh=Ủy ban nhân dân phường Phủ Lý' "
                           "--set ky_hieu_co_quan=UBND --set 'dia_danh=Phủ Lý' "
                           "--set 'quyen_han=TM. Ủy ban nhân dân' --set 'chuc_vu=Chủ tịch' "
                           "--set 'noi_nhan=- Sở Giáo dục và Đào tạo tỉnh Ninh Bình (để tổng hợp);'",
                           "bao-cao-xa.json"},
                      Case{"ke-hoach.tpl", "--set so_van_ban=140", "ke-hoach.json"},
                      Case{"cong-van-don-doc.tpl", "--set so_van_ban=1520 --set han_bo_sung=2025-12-29",
                           "cong-van-don-doc.json"}),
    [](const ::testing::TestParamInfo<Case>& i) {
      std::string n = i.param.golden;
      std::string out;
      for (char ch : n.substr(0, n.size() - 5)) out += ch == '-' ? '_' : ch;
      return out;
    });

TEST(RenderPdf, ConsolidatedReportReadsBackWithPoppler) {
  TempDir dir;
  fs::path pdf = dir / "bao-cao.pdf";
  Result r = run(render_cmd("bao-cao-tong-hop.tpl", "", pdf));
  ASSERT_EQ(r.status, 0) << r.err;
  Result text = run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null");
  ASSERT_EQ(text.status, 0);
  for (const char* s :
       {"BÁO CÁO", "Số: 125/BC-SGDĐT", "Ninh Bình, ngày 12 tháng 12 năm 2025", "I. KẾT QUẢ THỰC HIỆN",
        "Phụ lục I", "Phường Phủ Lý", "245.845", "72,9%", "Phường Lý Thường Kiệt", "Nguyễn Văn An"})
    EXPECT_NE(text.out.find(s), std::string::npos) << s;
  EXPECT_EQ(run("qpdf --check " + sh_quote(pdf.string()) + " >/dev/null 2>&1").status, 0);
  Result info = run("pdfinfo " + sh_quote(pdf.string()) + " 2>/dev/null");
  EXPECT_NE(info.out.find("Báo cáo kết quả xây dựng xã hội học tập năm 2025 trên địa bàn tỉnh Ninh Bình"),
            std::string::npos)
      << info.out;
}

TEST(RenderXlsx, AppendixTableKeepsNumbersAsNumbers) {
  TempDir dir;
  fs::path xlsx = dir / "bao-cao.xlsx";
  Result r = run(render_cmd("bao-cao-tong-hop.tpl", "", xlsx));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string py =
      "import openpyxl,sys\n"
      "wb=openpyxl.load_workbook(sys.argv[1])\n"
      "found=[(ws.title,c.value,type(c.offset(0,1).value).__name__,c.offset(0,1).value) for ws in wb for row "
      "in ws.iter_rows() for c in row if c.value=='Phường Phủ Lý']\n"
      "print(found)\n";
  write_file(dir / "check.py", py);
  Result check =
      run("/usr/bin/python3 " + sh_quote((dir / "check.py").string()) + " " + sh_quote(xlsx.string()));
  ASSERT_EQ(check.status, 0) << check.err;
  EXPECT_NE(check.out.find("'Phường Phủ Lý', 'int', 6026") == std::string::npos
                ? check.out.find("'Phường Phủ Lý', 'float', 6026")
                : 0,
            std::string::npos)
      << check.out;
}

TEST(RenderCli, FiguresCsvAndSetVariables) {
  TempDir dir;
  write_file(dir / "mau.tpl",
             "---\nco_quan_ban_hanh: {{ co_quan }}\nngay: 2025-12-20\nloai_van_ban: Báo cáo\n---\n"
             "Gia đình học tập: {{ ty_le(\"gia_dinh_hoc_tap\", none, nam) | phan_tram(1) }}, chỉ tiêu "
             "{{ chi_tieu(\"gia_dinh_hoc_tap\", nam) | phan_tram(0) }}.\n");
  fs::path sample = source_dir() / "samples" / "ninh-binh";
  Result r = run(sh_quote(baocao_exe()) + " render " + sh_quote((dir / "mau.tpl").string()) + " --figures " +
                 sh_quote((sample / "so-lieu-xa-2025.csv").string()) + " --targets " +
                 sh_quote((sample / "chi-tieu.csv").string()) +
                 " --set nam=2025 --set 'co_quan=UBND xã' --out " + sh_quote((dir / "o.json").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string json = read_file(dir / "o.json");
  EXPECT_NE(json.find("\"issuing_body\": \"UBND XÃ\""), std::string::npos);
  EXPECT_NE(json.find("chỉ tiêu 70%."), std::string::npos) << json;
}

TEST(RenderCli, TemplateErrorExitsFiveWithFileLineColumnAndWritesNothing) {
  TempDir dir;
  write_file(dir / "sai.tpl", "---\nngay: 2025-12-20\n---\nDòng một.\nNăm {{ namm }}.\n");
  fs::path out = dir / "o.pdf";
  Result r = run(sh_quote(baocao_exe()) + " render " + sh_quote((dir / "sai.tpl").string()) + " --data " +
                 sh_quote(kData.string()) + " --out " + sh_quote(out.string()));
  EXPECT_EQ(r.status, 5);
  EXPECT_NE(r.err.find("sai.tpl:5:8: biến 'namm' chưa được định nghĩa. Ý bạn là 'nam'?"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(" 5 | Năm {{ namm }}.\n   |        ^"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(RenderCli, BadDataFileListsEveryProblem) {
  TempDir dir;
  write_file(
      dir / "d.json",
      "{\"nam\": 2025, \"so_lieu\": [{\"nam\": 2025, \"chi_so\": {\"gia_dinh_hoc_tap\": [1]}},"
      " {\"nam\": \"x\", \"don_vi\": \"01\", \"chi_so\": {}}], \"han_nop\": {\"2025\": \"10/12/2025\"}}");
  Result r =
      run(sh_quote(baocao_exe()) + " render " + sh_quote((kTemplates / "ke-hoach.tpl").string()) +
          " --data " + sh_quote((dir / "d.json").string()) + " --out " + sh_quote((dir / "o.json").string()));
  EXPECT_EQ(r.status, 3);
  for (const char* s :
       {"so_lieu[0]: thiếu 'don_vi'", "so_lieu[0].chi_so.gia_dinh_hoc_tap: cần [số đạt, tổng số]",
        "so_lieu[1].nam: 'x' không phải là số", "han_nop.2025: '10/12/2025' không phải ngày"})
    EXPECT_NE(r.err.find(s), std::string::npos) << s << "\n" << r.err;
  EXPECT_FALSE(fs::exists(dir / "o.json"));
}

TEST(RenderCli, DbIsPendingAndOutputExtensionChecked) {
  Result db = run(sh_quote(baocao_exe()) + " render " + sh_quote((kTemplates / "ke-hoach.tpl").string()) +
                  " --db x.sqlite --out /tmp/x.json");
  EXPECT_EQ(db.status, 2);
  EXPECT_NE(db.err.find("--db"), std::string::npos) << db.err;
  Result ext = run(sh_quote(baocao_exe()) + " render " + sh_quote((kTemplates / "ke-hoach.tpl").string()) +
                   " --data " + sh_quote(kData.string()) + " --out /tmp/x.odt");
  EXPECT_EQ(ext.status, 2);
  EXPECT_NE(ext.err.find(".pdf, .xlsx, .docx"), std::string::npos) << ext.err;
}

// a commune whose figures lack an indicator that others report
// (its old Biểu 1 has no column for the staff of learning units) gets "chưa
// có số liệu" for it in its own report, not a template error.
TEST(RenderCli, CommuneReportSaysNoFiguresForAnIndicatorItDidNotReport) {
  TempDir dir;
  write_file(dir / "so-lieu.csv",
             "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,cong_dan_hoc_tap_don_vi_dat,"
             "cong_dan_hoc_tap_don_vi_tong\n"
             "13285,Phường Phủ Lý,5000,7000,,\n"
             "13318,Phường Châu Sơn,4000,6000,30,90\n");
  fs::path sample = source_dir() / "samples" / "ninh-binh";
  Result r = run(sh_quote(baocao_exe()) + " render " + sh_quote((kTemplates / "bao-cao-xa.tpl").string()) +
                 " --figures " + sh_quote((dir / "so-lieu.csv").string()) + " --targets " +
                 sh_quote((sample / "chi-tieu.csv").string()) +
                 " --set nam=2025 --set ma_xa=13285 --set ngay=2025-12-08 --set 'nguoi_ky=Trần Văn Bình'"
                 " --set so_van_ban=12 --set 'co_quan_ban_hanh=Ủy ban nhân dân phường Phủ Lý'"
                 " --set co_quan_chu_quan= --set ky_hieu_co_quan=UBND --set 'dia_danh=Phủ Lý'"
                 " --set 'quyen_han=TM. Ủy ban nhân dân' --set 'noi_nhan=- Lưu: VT.'"
                 " --set 'ke_hoach_can_cu=Kế hoạch số 145/KH-UBND' --out " +
                 sh_quote((dir / "xa.pdf").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  Result t = run("pdftotext " + sh_quote((dir / "xa.pdf").string()) + " -");
  ASSERT_EQ(t.status, 0);
  EXPECT_NE(t.out.find("- Công dân học tập trong đơn vị học tập: chưa có số liệu."), std::string::npos)
      << t.out;
  std::string flat = t.out;
  for (char& c : flat)
    if (c == '\n') c = ' ';
  EXPECT_NE(flat.find("- 5.000/7.000 gia đình được công nhận Gia đình học tập, đạt 71,4%, vượt chỉ tiêu 70%"),
            std::string::npos)
      << t.out;
}

}  // namespace
}  // namespace baocao::test
