// `baocao render --out X.docx` end to end, checked by tools nobody here wrote:
// LibreOffice (headless) opens every shipped template's DOCX and prints it to
// PDF, whose words (pdftotext) must be those of baocao's own PDF, in order,
// for at least 99 % (tests/e2e/compare_words.py, a sequence alignment that
// prints the words that differ), on as many pages give or take one;
// python3-docx reads sections, the header table, the named styles and the
// repeated header rows (tests/e2e/check_docx.py). Same input, same bytes.
// Hostile template text never gives a broken file.
#include <gtest/gtest.h>

#include <map>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const fs::path kTemplates = source_dir() / "templates";
const fs::path kData = source_dir() / "samples" / "ninh-binh" / "du-lieu-2025.json";
const fs::path kE2e = source_dir() / "tests" / "e2e";

std::string render_cmd(const fs::path& tpl, const std::string& extra, const fs::path& out,
                       const fs::path& data = kData) {
  return sh_quote(baocao_exe()) + " render " + sh_quote(tpl.string()) + " --data " + sh_quote(data.string()) +
         " " + extra + " --out " + sh_quote(out.string());
}

struct Template {
  const char* file;
  const char* extra;
  const char* sections;  // orientations of the DOCX's sections, as check_docx.py lists them
  bool tables;           // whether the document has data tables
};

// The shipped templates, with the variables `run` gives them (as the render tests do).
const Template kShipped[] = {
    {"bao-cao-tong-hop.tpl", "", "portrait,landscape,portrait", true},
    {"bao-cao-xa.tpl",
     "--set ma_xa=13285 --set 'nguoi_ky=Trần Thị Bình' --set so_van_ban=87 --set 'co_quan_chu_quan=' "
     "--set 'co_quan_ban_hanh=Ủy ban nhân dân phường Phủ Lý' --set ky_hieu_co_quan=UBND --set 'dia_danh=Phủ Lý' "
     "--set 'quyen_han=TM. Ủy ban nhân dân' --set 'chuc_vu=Chủ tịch' "
     "--set 'noi_nhan=- Sở Giáo dục và Đào tạo tỉnh Ninh Bình (để tổng hợp);'",
     "portrait,portrait", true},
    {"ke-hoach.tpl", "--set so_van_ban=140", "portrait,landscape", true},
    {"cong-van-don-doc.tpl", "--set so_van_ban=1520 --set han_bo_sung=2025-12-29", "portrait", false},
    {"bao-cao-tinh.tpl",
     "--set so_van_ban=210 --set 'co_quan_chu_quan=' --set 'co_quan_ban_hanh=Ủy ban nhân dân tỉnh Ninh Bình' "
     "--set ky_hieu_co_quan=UBND --set 'dia_danh=Ninh Bình' --set 'quyen_han=TM. Ủy ban nhân dân' "
     "--set 'chuc_vu=Chủ tịch' --set 'nguoi_ky=Nguyễn Văn An' --set 'dia_ban=trên địa bàn tỉnh Ninh Bình' "
     "--set 'ke_hoach_can_cu=Kế hoạch số 145/KH-UBND' --set 'noi_nhan=- Bộ Giáo dục và Đào tạo;'",
     "portrait,landscape", true},
};

int pdf_pages(const fs::path& pdf) {
  Result info = run("pdfinfo " + sh_quote(pdf.string()) + " 2>/dev/null");
  const std::size_t at = info.out.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.out.substr(at + 6));
}

std::string stem(const char* file) {
  return fs::path(file).stem().string();
}

// Every shipped template rendered to PDF and DOCX once; LibreOffice prints all
// the DOCX files in one run (it takes seconds to start).
class ShippedDocx : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    for (const Template& t : kShipped) {
      for (const char* ext : {".pdf", ".docx"}) {
        Result r = run(render_cmd(kTemplates / t.file, t.extra, *dir_ / (stem(t.file) + ext)));
        rendered_[stem(t.file) + ext] = r;
      }
    }
    std::string files;
    for (const Template& t : kShipped) files += " " + sh_quote((*dir_ / (stem(t.file) + ".docx")).string());
    fs::create_directories(*dir_ / "lo");
    // Its own profile: LibreOffice needs a writable one, and parallel runs must not share it.
    soffice_ = run("cd " + sh_quote(dir_->path().string()) +
                   " && soffice -env:UserInstallation=file://" + (*dir_ / "profile").string() +
                   " --headless --convert-to pdf --outdir lo" + files + " 2>&1");
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static TempDir* dir_;
  static std::map<std::string, Result> rendered_;
  static Result soffice_;
};
TempDir* ShippedDocx::dir_ = nullptr;
std::map<std::string, Result> ShippedDocx::rendered_;
Result ShippedDocx::soffice_;

TEST_F(ShippedDocx, LibreOfficePrintsTheSameWordsOnAsManyPages) {
  for (const Template& t : kShipped) {
    SCOPED_TRACE(t.file);
    const std::string name = stem(t.file);
    ASSERT_EQ(rendered_[name + ".pdf"].status, 0) << rendered_[name + ".pdf"].err;
    ASSERT_EQ(rendered_[name + ".docx"].status, 0) << rendered_[name + ".docx"].err;
    const fs::path ours = *dir_ / (name + ".pdf"), theirs = *dir_ / "lo" / (name + ".pdf");
    ASSERT_TRUE(fs::exists(theirs)) << "LibreOffice did not convert " << name << ".docx:\n" << soffice_.out;
    Result words = run("/usr/bin/python3 " + sh_quote((kE2e / "compare_words.py").string()) + " " +
                       sh_quote(ours.string()) + " " + sh_quote(theirs.string()) + " 0.99");
    EXPECT_EQ(words.status, 0) << words.out << words.err;
    const int a = pdf_pages(ours), b = pdf_pages(theirs);
    EXPECT_GT(a, 0);
    EXPECT_LE(std::abs(a - b), 1) << "baocao " << a << " pages, LibreOffice " << b;
  }
}

TEST_F(ShippedDocx, PythonDocxReadsSectionsHeaderStylesAndTables) {
  for (const Template& t : kShipped) {
    SCOPED_TRACE(t.file);
    const std::string name = stem(t.file);
    ASSERT_EQ(rendered_[name + ".docx"].status, 0) << rendered_[name + ".docx"].err;
    Result check = run("/usr/bin/python3 " + sh_quote((kE2e / "check_docx.py").string()) + " " +
                       sh_quote((*dir_ / (name + ".docx")).string()));
    EXPECT_EQ(check.status, 0) << check.out << check.err;
    EXPECT_NE(check.out.find(std::string("sections=") + t.sections + " "), std::string::npos) << check.out;
    if (t.tables) {
      EXPECT_EQ(check.out.find("tables=0 "), std::string::npos) << check.out;
      EXPECT_EQ(check.out.find("header_rows=0 "), std::string::npos) << check.out;
      EXPECT_EQ(check.out.find("numbers=0 "), std::string::npos) << check.out;
    }
  }
}

}  // namespace
}  // namespace baocao::test
