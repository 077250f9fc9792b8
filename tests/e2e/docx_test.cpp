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

TEST(RenderDocx, SameInputSameBytesWhateverTheClockAndZone) {
  TempDir dir;
  const std::string cmd = render_cmd(kTemplates / "bao-cao-tong-hop.tpl", "", dir / "a.docx");
  ASSERT_EQ(run(cmd).status, 0);
  const std::string first = read_file(dir / "a.docx");
  Result again = run("sleep 1; TZ=Pacific/Kiritimati SOURCE_DATE_EPOCH=1000000000 " +
                     render_cmd(kTemplates / "bao-cao-tong-hop.tpl", "", dir / "b.docx"));
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_TRUE(first == read_file(dir / "b.docx")) << "two renders of the same input differ";
}

// What the gate refuses (controls, noncharacters, which XML cannot carry
// either) stops a DOCX as it stops a PDF: exit 3, the template's line and
// column, no file.
TEST(RenderDocx, TextXmlCannotCarryIsRefusedAtTheTemplatesLineAndColumn) {
  TempDir dir;
  const std::string head = "---\nngay: 2025-12-10\nloai_van_ban: Báo cáo\n---\n";
  struct Case {
    std::string body, message;
  };
  for (const Case& c : {Case{"Số liệu \x01 năm nay.\n", "mau.tpl:5:9: ký tự điều khiển U+0001"},
                        Case{"Số liệu \uFFFE năm nay.\n", "mau.tpl:5:9: U+FFFE"},
                        Case{"Số liệu \x1b[31m đỏ.\n", "mau.tpl:5:9: ký tự điều khiển U+001B"}}) {
    write_file(dir / "mau.tpl", head + c.body);
    Result r = run(render_cmd(dir / "mau.tpl", "", dir / "o.docx"));
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "o.docx"));
  }
  write_file(dir / "mau.tpl", "---\nngay: 2025-12-10\nloai_van_ban: Báo cáo\nco_quan_ban_hanh: {{ co_quan }}\n---\n"
                              "Số liệu năm nay.\n");
  Result set = run(render_cmd(dir / "mau.tpl", "--set 'co_quan=Sở \x07GD'", dir / "o.docx"));
  EXPECT_NE(set.status, 0);
  EXPECT_FALSE(fs::exists(dir / "o.docx"));
}

// Markup characters are text (a sign like "&" held to the word before it by
// a no-break space, as the PDF never breaks a line there); what the PDF does not draw (a right-to-left
// override that would show "000.01" backwards in Word, a zero-width joiner)
// is not in the Word file either, so both show the same words.
TEST(RenderDocx, MarkupIsTextAndWhatThePdfDoesNotDrawIsNotInTheWordFile) {
  TempDir dir;
  write_file(dir / "mau.tpl",
             "---\nngay: 2025-12-10\nloai_van_ban: Báo cáo\nco_quan_ban_hanh: Sở <GD> & \"ĐT\"\n---\n"
             "Tỷ lệ <50% & \"đạt\" ]]> nhé;\tcột hai.\n\n"
             "Kinh phí: \u202E10.000\u202C đồng, mã A\u200DB.\n");
  for (const char* ext : {".pdf", ".docx"}) {
    Result r = run(render_cmd(dir / "mau.tpl", "", dir / (std::string("o") + ext)));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  Result read = run("/usr/bin/python3 -c " +
                    sh_quote("import sys, docx\nd = docx.Document(sys.argv[1])\n"
                             "print([p.text.replace('\\xa0', ' ') for p in d.paragraphs if p.text.strip()])\n"
                             "print(repr(d.tables[0].rows[0].cells[0].text))") +
                    " " + sh_quote((dir / "o.docx").string()));
  ASSERT_EQ(read.status, 0) << read.err;
  EXPECT_NE(read.out.find("Tỷ lệ <50% & \"đạt\" ]]> nhé; cột hai."), std::string::npos) << read.out;
  EXPECT_NE(read.out.find("Kinh phí: 10.000 đồng, mã AB."), std::string::npos) << read.out;
  EXPECT_NE(read.out.find("SỞ <GD> & \"ĐT\""), std::string::npos) << read.out;
  fs::create_directories(dir / "lo");
  Result lo = run("cd " + sh_quote(dir.path().string()) + " && soffice -env:UserInstallation=file://" +
                  (dir / "profile").string() + " --headless --convert-to pdf --outdir lo o.docx 2>&1");
  ASSERT_TRUE(fs::exists(dir / "lo" / "o.pdf")) << lo.out;
  Result words = run("/usr/bin/python3 " + sh_quote((kE2e / "compare_words.py").string()) + " " +
                     sh_quote((dir / "o.pdf").string()) + " " + sh_quote((dir / "lo" / "o.pdf").string()) + " 1.0");
  EXPECT_EQ(words.status, 0) << words.out;
}

}  // namespace
}  // namespace baocao::test
