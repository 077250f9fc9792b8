// The DOCX renderer in-process, on the representative ND30 sample (header,
// headings, list, tables with merged header cells, a chart, the closing, a
// landscape appendix): same document, same bytes; a flat package Python's
// zipfile reads; what python3-docx reads of its tables; text XML cannot
// carry refused with its code point, never written.
#include "engine/render/docx/docx_renderer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "engine/core/diagnostic.hpp"
#include "engine/render/docx/xml_writer.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

namespace fs = std::filesystem;

const fonts::FontSet& fonts() {
  static const fonts::FontSet f = fonts::FontSet::load(fonts::FontSet::default_manifest());
  return f;
}

test::Result python(const test::TempDir& dir, const std::string& script, const fs::path& docx) {
  test::write_file(dir / "script.py", script);
  return test::run("/usr/bin/python3 " + test::sh_quote((dir / "script.py").string()) + " " +
                   test::sh_quote(docx.string()));
}

TEST(DocxRenderer, SameDocumentSameBytesWhateverTheClockAndZone) {
  const doc::Document d = test::nd30_sample(40);
  const std::string first = render_docx(d, fonts());
  setenv("TZ", "America/New_York", 1);
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const std::string second = render_docx(d, fonts());
  unsetenv("TZ");
  unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(first, second);
  EXPECT_GT(first.size(), 4000u);
}

TEST(DocxRenderer, PackageIsFlatDatedAtTheZipEpochAndOpensWithContentTypesFirst) {
  test::TempDir dir;
  write_docx(test::nd30_sample(5), fonts(), dir / "a.docx");
  test::Result r = python(dir,
                          "import sys, zipfile\n"
                          "z = zipfile.ZipFile(sys.argv[1])\n"
                          "assert z.testzip() is None\n"
                          "for i in z.infolist(): print(i.filename, i.date_time[:3])\n",
                          dir / "a.docx");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("[Content_Types].xml (1980, 1, 1)\n", 0), 0u) << r.out;
  for (const char* part : {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels",
                           "word/header1.xml", "docProps/core.xml"})
    EXPECT_NE(r.out.find(std::string(part) + " (1980, 1, 1)\n"), std::string::npos) << part << "\n" << r.out;
  EXPECT_EQ(r.out.find("/ ("), std::string::npos) << "a directory entry:\n" << r.out;
}

// The appendix's wide table: two header rows, "STT" and "Đơn vị" merged down,
// each indicator merged across its three columns; figures right-aligned.
TEST(DocxRenderer, MergedHeaderCellsRepeatedRowsAndRightAlignedNumbers) {
  test::TempDir dir;
  write_docx(test::nd30_sample(40), fonts(), dir / "a.docx");
  test::Result r = python(dir,
                          "import sys, docx\n"
                          "from docx.oxml.ns import qn\n"
                          "d = docx.Document(sys.argv[1])\n"
                          "t = d.tables[-1]\n"
                          "print('same-down', t.cell(0, 0)._tc is t.cell(1, 0)._tc)\n"
                          "print('same-across', t.cell(0, 2)._tc is t.cell(0, 3)._tc)\n"
                          "print('top', [c.text for c in t.rows[0].cells])\n"
                          "rows = t._tbl.tr_lst\n"
                          "print('repeat', [r.trPr.find(qn('w:tblHeader')) is not None for r in rows[:3]])\n"
                          "print('cantsplit', all(r.trPr.find(qn('w:cantSplit')) is not None for r in rows))\n"
                          "p = t.rows[2].cells[-1].paragraphs[0]\n"
                          "print('last', p.text, p.alignment)\n"
                          "print('landscape', d.sections[-1].orientation, len(d.sections))\n",
                          dir / "a.docx");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("same-down True"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("same-across True"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("repeat [True, True, False]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cantsplit True"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RIGHT (2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("landscape LANDSCAPE (1) 2"), std::string::npos) << r.out;
}

TEST(DocxRenderer, ChartIsTheTableOfItsFigures) {
  test::TempDir dir;
  write_docx(test::nd30_sample(5), fonts(), dir / "a.docx");
  test::Result r = python(dir,
                          "import sys, docx\n"
                          "d = docx.Document(sys.argv[1])\n"
                          "for t in d.tables[1:]:\n"
                          "  print([[c.text for c in r.cells] for r in t.rows[:2]])\n",
                          dir / "a.docx");
  ASSERT_EQ(r.status, 0) << r.err;
  const doc::Document d = test::nd30_sample(5);
  for (const doc::Block& b : d.body)
    if (const auto* c = std::get_if<doc::Chart>(&b)) {
      ASSERT_FALSE(c->categories.empty());
      EXPECT_NE(r.out.find("'" + c->value_label + "'"), std::string::npos) << r.out;
      EXPECT_NE(r.out.find("['" + c->categories[0] + "'"), std::string::npos) << r.out;
    }
}

TEST(DocxRenderer, TextXmlCannotCarryIsRefusedWithItsCodePoint) {
  for (const std::string& bad : {std::string("Số liệu \x01 lỗi"), std::string("Số liệu \xEF\xBF\xBE lỗi"),
                                std::string("Số liệu \x1B[31m")}) {
    doc::Document d = test::nd30_sample(3);
    d.body.push_back(doc::Paragraph{{{bad, false, false}}});
    test::TempDir dir;
    try {
      write_docx(d, fonts(), dir / "a.docx");
      ADD_FAILURE() << "no error for " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.family(), ErrorFamily::internal);
      EXPECT_EQ(e.diagnostics().front().id, MsgId::docx_forbidden_char);
      EXPECT_EQ(e.diagnostics().front().args.front().rfind("U+", 0), 0u) << e.what();
    }
    EXPECT_FALSE(fs::exists(dir / "a.docx"));
  }
  // NFD text is a bypassed gate too.
  doc::Document d = test::nd30_sample(3);
  d.body.push_back(doc::Paragraph{{{"Ho\xCC\x9B\xCC\x81", false, false}}});
  EXPECT_THROW(render_docx(d, fonts()), Error);
}

TEST(DocxRenderer, MarkupCharactersAndLineBreaksAreText) {
  doc::Document d = test::nd30_sample(3);
  d.body.push_back(doc::Paragraph{{{"a < b & c > d \"e\" ]]> f\tg\nh", false, false}}});
  test::TempDir dir;
  write_docx(d, fonts(), dir / "a.docx");
  test::Result r = python(dir,
                          "import sys, docx\n"
                          "print([p.text.replace('\\xa0', ' ') for p in docx.Document(sys.argv[1]).paragraphs\n"
                          "       if 'f g' in p.text])\n",
                          dir / "a.docx");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("a < b & c > d \"e\" ]]> f g h"), std::string::npos) << r.out;
}

// A table with no rows (a template's loop over nothing) and an empty chart
// still give a file python-docx and LibreOffice's reader accept.
TEST(DocxRenderer, EmptyTablesAndChartsGiveAValidFile) {
  doc::Document d = test::nd30_sample(3);
  doc::Table empty;
  empty.caption = {{"Bảng trống", true, false}};
  d.body.push_back(empty);
  d.body.push_back(doc::Chart{});
  d.appendices.front().blocks.push_back(doc::Table{});
  test::TempDir dir;
  write_docx(d, fonts(), dir / "a.docx");
  test::Result r = python(dir,
                          "import sys, docx\n"
                          "d = docx.Document(sys.argv[1])\n"
                          "print(len(d.tables), [p.text for p in d.paragraphs if 'trống' in p.text])\n",
                          dir / "a.docx");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("['Bảng trống']"), std::string::npos) << r.out;
  test::Result lo = test::run("cd " + test::sh_quote(dir.path().string()) + " && soffice -env:UserInstallation=file://" +
                              (dir / "profile").string() + " --headless --convert-to pdf a.docx 2>&1");
  EXPECT_TRUE(fs::exists(dir / "a.pdf")) << lo.out;
}

TEST(DocxXml, AllowsWhatXmlAllows) {
  using docx::xml_allows;
  EXPECT_TRUE(xml_allows('\t') && xml_allows('\n') && xml_allows(U'ệ') && xml_allows(0x10FFFF));
  EXPECT_FALSE(xml_allows(0) || xml_allows(0x1F) || xml_allows(0xFFFE) || xml_allows(0xFFFF) ||
               xml_allows(0xD800));
  // An overlong '<' (C0 BC) never reaches the file as markup.
  EXPECT_THROW(docx::require_xml_text("a\xC0\xBC"), Error);
}

}  // namespace
}  // namespace baocao::render
