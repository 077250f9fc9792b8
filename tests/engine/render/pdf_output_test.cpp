// The sample ND30 Báo cáo rendered to PDF and checked with tools nobody here
// wrote: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf. The
// raster checks live in pdf_raster_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

namespace fs = std::filesystem;

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

// The sample rendered once for the whole suite.
struct Rendered {
  test::TempDir dir;
  fs::path pdf;
  std::size_t pages = 0;
};

const Rendered& sample_pdf() {
  static const std::unique_ptr<Rendered> r = [] {
    auto out = std::make_unique<Rendered>();
    out->pdf = out->dir / "bao-cao.pdf";
    layout::PagedDocument paged = layout::layout_document(test::nd30_sample(40), font_set());
    out->pages = paged.pages.size();
    write_pdf(paged, font_set(), out->pdf);
    return out;
  }();
  return *r;
}

std::string q(const fs::path& p) {
  return test::sh_quote(p.string());
}

// Runs of whitespace (line ends included) collapsed to one space.
std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// One page's text as pdftotext -layout sees it: a table row stays one line.
std::string page_text(const fs::path& pdf, std::size_t page) {
  std::string n = std::to_string(page);
  auto r = test::run("pdftotext -layout -f " + n + " -l " + n + " " + q(pdf) + " -");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "") << "poppler complained on page " << page;
  return squeeze(r.out);
}

TEST(PdfOutput, PopplerAndQpdfFindNothingWrong) {
  const Rendered& s = sample_pdf();
  test::TempDir tmp;
  for (const std::string& cmd :
       {"pdftotext " + q(s.pdf) + " -", "pdffonts " + q(s.pdf), "pdfinfo " + q(s.pdf),
        "pdftoppm -r 30 -png " + q(s.pdf) + " " + q(tmp / "p")}) {
    auto r = test::run(cmd);
    EXPECT_EQ(r.status, 0) << cmd;
    EXPECT_EQ(r.err, "") << cmd;  // e.g. "Invalid 'begincidrange' operator in ToUnicode CMap"
  }
  auto check = test::run("qpdf --check " + q(s.pdf));
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("No syntax or stream encoding errors found"), std::string::npos) << check.out;
  EXPECT_EQ(check.err, "");
}

TEST(PdfOutput, FontsAreEmbeddedSubsetsWithUnicodeMaps) {
  auto r = test::run("pdffonts " + q(sample_pdf().pdf));
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);  // column titles
  std::getline(lines, line);  // dashes
  std::set<std::string> families;
  int fonts = 0;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
    ASSERT_GE(w.size(), 8u) << line;
    std::size_t n = w.size();
    EXPECT_EQ(w[n - 5], "yes") << "not embedded: " << line;
    EXPECT_EQ(w[n - 4], "yes") << "not a subset: " << line;
    EXPECT_EQ(w[n - 3], "yes") << "no ToUnicode: " << line;
    // A subset name is six capital letters, '+', then the family (PDF 32000 9.6.4).
    bool tagged = w[0].size() > 7 && w[0][6] == '+' &&
                  std::all_of(w[0].begin(), w[0].begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
    EXPECT_TRUE(tagged && w[0].compare(7, 15, "LiberationSerif") == 0) << line;
    families.insert(w[0].substr(0, 6));
    ++fonts;
  }
  EXPECT_EQ(fonts, 4) << r.out;  // regular, bold, italic (date), bold italic (Nơi nhận)
  EXPECT_EQ(families.size(), 4u) << "each subset gets its own tag: " << r.out;
}

TEST(PdfOutput, TextComesBackExactlyAndInReadingOrder) {
  auto r = test::run("pdftotext " + q(sample_pdf().pdf) + " -");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = squeeze(r.out);
  for (const char* s :
       {"UBND TỈNH NINH BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-SGDĐT", "Ninh Bình, ngày 12 tháng 12 năm 2025"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  // The body in order, justified lines included (each word placed alone).
  std::size_t at = 0;
  for (const char* s : {"BÁO CÁO",
                        "Kết quả xây dựng xã hội học tập năm 2025",
                        "Thực hiện Kế hoạch số 145/KH-UBND ngày 07/11/2022 của Ủy ban nhân dân tỉnh về thực "
                        "hiện Đề án “Xây dựng "
                        "xã hội học tập giai đoạn 2021-2030”, Sở Giáo dục và Đào tạo báo cáo kết quả xây "
                        "dựng xã hội học tập năm "
                        "2025 trên địa bàn tỉnh như sau:",
                        "I. KẾT QUẢ THỰC HIỆN",
                        "1. Công tác chỉ đạo, điều hành",
                        "2. Kết quả công nhận các mô hình học tập",
                        "- Dòng họ học tập: 2.092/3.232, đạt 64,7%; chỉ tiêu năm 2025: 65% (chưa đạt);",
                        "Bảng 1. Kết quả công nhận gia đình học tập theo đơn vị",
                        "STT Đơn vị Số đạt Tổng số Tỷ lệ Đánh giá",
                        "Biểu đồ 1. Tỷ lệ gia đình học tập theo đơn vị so với chỉ tiêu",
                        "Tỷ lệ đạt chỉ tiêu",
                        "Chỉ tiêu: 70,0%",
                        "II. ĐÁNH GIÁ CHUNG",
                        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
                        "Sở Giáo dục và Đào tạo kính báo cáo Ủy ban nhân dân tỉnh.",
                        "Nơi nhận:",
                        "- Lưu: VT, GDTX.",
                        "KT. GIÁM ĐỐC",
                        "PHÓ GIÁM ĐỐC",
                        "Nguyễn Văn An",
                        "Phụ lục",
                        "KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM 2025 THEO ĐƠN VỊ"}) {
    std::size_t found = text.find(s, at);
    EXPECT_NE(found, std::string::npos) << "missing or out of order: " << s;
    if (found != std::string::npos) at = found + 1;
  }
  EXPECT_EQ(text.find('\xEF'), std::string::npos) << "replacement characters in the text";
}

TEST(PdfOutput, EveryPageOfALongTableShowsItsHeaderRow) {
  const Rendered& s = sample_pdf();
  int table_pages = 0, appendix_pages = 0;
  for (std::size_t p = 1; p <= s.pages; ++p) {
    std::string text = page_text(s.pdf, p);
    bool rows = false;
    for (int i = 13; i <= 40; ++i)  // units 1-12 are in the chart too
      if (text.find(test::sample_unit_name(i) + " ") != std::string::npos) rows = true;
    if (!rows) continue;
    bool appendix = text.find("Gia đình học tập Dòng họ học tập Cộng đồng học tập") != std::string::npos;
    if (appendix) {
      ++appendix_pages;
      EXPECT_NE(text.find("STT"), std::string::npos) << "page " << p;
      EXPECT_NE(text.find("Đơn vị"), std::string::npos) << "page " << p;
      EXPECT_NE(text.find("Đạt Tổng Tỷ lệ Đạt Tổng Tỷ lệ Đạt Tổng Tỷ lệ"), std::string::npos) << "page " << p;
    } else {
      ++table_pages;
      EXPECT_NE(text.find("STT Đơn vị Số đạt Tổng số Tỷ lệ Đánh giá"), std::string::npos)
          << "page " << p << ": " << text;
    }
  }
  EXPECT_GE(table_pages, 2) << "the body table should run over a page break";
  EXPECT_GE(appendix_pages, 2) << "the appendix table should run over a page break";
}

TEST(PdfOutput, MetadataInVietnameseDatedByTheReport) {
  auto r = test::run("pdfinfo -isodates " + q(sample_pdf().pdf));
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* s :
       {"Title:           Báo cáo kết quả xây dựng xã hội học tập năm 2025\n",
        "Author:          Sở Giáo dục và Đào tạo\n",
        "Subject:         Xây dựng xã hội học tập trên địa bàn tỉnh Ninh Bình\n",
        "Keywords:        báo cáo, xã hội học tập, 2025\n", "CreationDate:    2025-12-12T00:00:00+07\n",
        "Page size:       595.276 x 841.89 pts (A4)\n"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s << "\n" << r.out;
}

TEST(PdfOutput, LandscapeAppendixPagesInTheSameFile) {
  const Rendered& s = sample_pdf();
  auto r = test::run("pdfinfo -f 1 -l " + std::to_string(s.pages) + " " + q(s.pdf));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("size:  841.89 x 595.276 pts"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("size:  595.276 x 841.89 pts"), std::string::npos) << r.out;
}

TEST(PdfOutput, SameInputGivesTheSameBytes) {
  layout::PagedDocument paged = layout::layout_document(test::nd30_sample(40), font_set());
  std::string a = render_pdf(paged, font_set());
  std::string b = render_pdf(layout::layout_document(test::nd30_sample(40), font_set()), font_set());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, test::read_file(sample_pdf().pdf));
}

TEST(PdfOutput, SampleReportIsSmallEnoughToMail) {
  // ND30 report, 40-row table, chart, landscape appendix: the target is <= 70 KB.
  EXPECT_LE(fs::file_size(sample_pdf().pdf), 70u * 1024u);
}

TEST(PdfOutput, CliHonoursSourceDateEpochAndIsReproducible) {
  test::TempDir a, b;
  const fs::path sample = test::source_dir() / "samples" / "ninh-binh";
  auto cmd = [&](const fs::path& out) {
    return "SOURCE_DATE_EPOCH=1700000000 " + test::sh_quote(test::baocao_exe()) + " report " +
           q(sample / "so-lieu-xa-2025.csv") + " --targets " + q(sample / "chi-tieu.csv") + " --info " +
           q(sample / "bao-cao-2025.json") + " --year 2025 --out " + q(out);
  };
  for (const auto* dir : {&a, &b}) {
    auto r = test::run(cmd(dir->path()));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string pdf_a = test::read_file(a / "bao-cao-2025.pdf");
  ASSERT_FALSE(pdf_a.empty());
  EXPECT_EQ(pdf_a, test::read_file(b / "bao-cao-2025.pdf"));
  EXPECT_LE(pdf_a.size(), 70u * 1024u);
  auto info = test::run("pdfinfo -isodates " + q(a / "bao-cao-2025.pdf"));
  EXPECT_NE(info.out.find("CreationDate:    2023-11-15T05:13:20+07"), std::string::npos) << info.out;
  EXPECT_EQ(info.err, "");
}

TEST(PdfOutput, MissingGlyphNamesTheCharacterAndItsText) {
  layout::PagedDocument d;
  d.date = {2025, 12, 12};
  layout::Page p;
  p.width = 595;
  p.height = 842;
  p.texts.push_back({85, 100, fonts::Style::bold, 14, "Chữ Hán 漢 trong bảng"});
  d.pages.push_back(p);
  try {
    render_pdf(d, font_set());
    FAIL() << "a character the font lacks was drawn";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::font);
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("'漢' (U+6F22)"), std::string::npos) << m;
    EXPECT_NE(m.find("Chữ Hán 漢 trong bảng"), std::string::npos) << m;
  }
}

}  // namespace
}  // namespace baocao::render

namespace baocao::render {
namespace {

// A table cell of 1,000 words (three pages and more): every word prints,
// in order, the pages after the first repeat the header, qpdf finds the
// file sound.
TEST(PdfOutput, TableCellTallerThanAPageContinuesOnTheNextPages) {
  doc::Document d = test::nd30_sample(8);
  d.appendices.clear();
  doc::Table* table = nullptr;
  for (auto& b : d.body)
    if (auto* t = std::get_if<doc::Table>(&b)) table = t;
  ASSERT_NE(table, nullptr);
  std::string text;
  for (int i = 1; i <= 1000; ++i) text += (i > 1 ? " " : "") + std::string("từ") + std::to_string(i);
  table->body_rows[3].cells[1].content = {{text, false, false}};
  test::TempDir dir;
  layout::PagedDocument paged = layout::layout_document(d, font_set());
  write_pdf(paged, font_set(), dir / "dai.pdf");
  auto r = test::run("pdftotext " + q(dir / "dai.pdf") + " -");
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream in(r.out);
  std::vector<std::string> words;
  for (std::string w; in >> w;)
    if (w.rfind("từ", 0) == 0 && w.size() > 4 && std::isdigit(static_cast<unsigned char>(w[4])))
      words.push_back(w);
  ASSERT_EQ(words.size(), 1000u) << r.out;
  for (int i = 1; i <= 1000; ++i) EXPECT_EQ(words[static_cast<std::size_t>(i - 1)], "từ" + std::to_string(i));
  ASSERT_GE(paged.pages.size(), 4u);
  int continued = 0;
  for (std::size_t p = 2; p <= paged.pages.size(); ++p) {
    std::string page = page_text(dir / "dai.pdf", p);
    if (page.find("từ") == std::string::npos) continue;
    ++continued;
    EXPECT_NE(page.find("STT Đơn vị"), std::string::npos) << "page " << p << ": " << page;
  }
  EXPECT_GE(continued, 3);
  EXPECT_EQ(test::run("qpdf --check " + q(dir / "dai.pdf")).status, 0);
}

}  // namespace
}  // namespace baocao::render
