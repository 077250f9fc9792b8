#include "engine/render/xlsx/xlsx_renderer.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

doc::Cell text(std::string s, int col_span = 1) {
  doc::Cell c;
  c.content = {{std::move(s), false, false}};
  c.col_span = col_span;
  return c;
}

doc::Cell number(double v, doc::ValueKind kind) {
  doc::Cell c = text("shown");
  c.value = v;
  c.kind = kind;
  return c;
}

TEST(XlsxRenderer, TablesBecomeSheetsWithNumbersKeptAsNumbers) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  d.meta.title = "Báo cáo";
  doc::Table t;
  t.id = "phu-luc";
  t.caption = {{"Kết quả theo đơn vị", true, false}};
  t.header_rows.push_back({{text("Đơn vị"), text("Gia đình học tập", 2)}});
  doc::Cell rate = number(72.5, doc::ValueKind::percent);
  rate.content = {{"72,5%", false, false}};
  t.body_rows.push_back({{text("Xã Mỹ Lộc"), number(1234, doc::ValueKind::integer), rate}});
  d.appendices.push_back({{"Phụ lục"}, true, {t}});
  test::TempDir dir;
  write_xlsx(d, dir / "a.xlsx");
  // The appendix's heading, a blank row, the caption, the table.
  std::string py =
      "import openpyxl,sys\n"
      "wb=openpyxl.load_workbook(sys.argv[1])\n"
      "ws=wb['phu-luc']\n"
      "print(ws['A1'].value, ws['A2'].value)\n"
      "print(ws['A3'].value)\n"
      "print(ws['A4'].value, ws['B4'].value, sorted(str(r) for r in ws.merged_cells.ranges))\n"
      "print(ws['A5'].value, ws['B5'].value, ws['C5'].value, ws['C5'].number_format)\n"
      "print(wb.properties.title)\n";
  test::write_file(dir / "read.py", py);
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "a.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Phụ lục None\nKết quả theo đơn vị\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Đơn vị Gia đình học tập"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'B4:C4'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Xã Mỹ Lộc 1234 0.725 0.0%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Báo cáo\n"), std::string::npos) << r.out;
}

// Numbers as the PDF shows them (decimals and sign from the text), dates
// as dates, alignments from the document, a below-target mark that is not
// colour alone.
TEST(XlsxRenderer, CellsLookAsInThePdf) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  doc::Table t;
  t.id = "bang";
  t.header_rows.push_back({{text("STT"), text("Tỷ lệ"), text("Chỉ tiêu"), text("Tăng, giảm"), text("Ngày"),
                            text("Đánh giá"), text("Tăng (điểm %)"), text("Tăng (số)")}});
  auto shown = [](doc::Cell c, const char* s, doc::Align a) {
    c.content = {{s, false, false}};
    c.align = a;
    return c;
  };
  doc::Cell date = number(20434, doc::ValueKind::date);  // 12/12/2025
  t.body_rows.push_back({{shown(number(1, doc::ValueKind::integer), "1", doc::Align::center),
                          shown(number(65.5, doc::ValueKind::percent), "65,5%", doc::Align::right),
                          shown(number(70, doc::ValueKind::percent), "70%", doc::Align::right),
                          shown(number(4.6, doc::ValueKind::decimal), "+4,6", doc::Align::right),
                          shown(date, "12/12/2025", doc::Align::center), shown(text(""), "Đạt", doc::Align::center),
                          shown(number(2.5, doc::ValueKind::percent), "+2,5%", doc::Align::right),
                          shown(number(12, doc::ValueKind::integer), "+12", doc::Align::right)}});
  t.column_targets = {std::nullopt, 70.0};
  d.appendices.push_back({{"Phụ lục I", "(Kèm theo Báo cáo số 12/BC-UBND)"}, false, {t}});
  test::TempDir dir;
  write_xlsx(d, dir / "a.xlsx");
  std::string py =
      "import openpyxl,sys\n"
      "ws=openpyxl.load_workbook(sys.argv[1])['bang']\n"
      "print([(c.value if c.column != 5 else c.value.date().isoformat(), c.number_format, c.alignment.horizontal)"
      " for c in ws[5]])\n"
      "r=[r for g in ws.conditional_formatting for r in g.rules][0]\n"
      "print(r.operator, r.formula, r.dxf.font.b, r.dxf.font.u)\n"
      "print(ws['A7'].value)\n"
      "print(ws.oddHeader.center.text, ws.page_setup.orientation, ws.page_margins.left)\n";
  test::write_file(dir / "read.py", py);
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "a.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("[(1, '#,##0', 'center'), (0.655, '0.0%', 'right'), (0.7, '0%', 'right'), "
                       "(4.6, '+#,##0.0;-#,##0.0;#,##0.0', 'right'), ('2025-12-12', 'dd/mm/yyyy', 'center'), "
                       "('Đạt', 'General', 'center'), (0.025, '+0.0%;-0.0%;0.0%', 'right'), "
                       "(12, '+#,##0;-#,##0;#,##0', 'right')]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("lessThan ['0.7'] True single"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Ghi chú: tỷ lệ in đậm, gạch chân là tỷ lệ dưới chỉ tiêu."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("&P portrait 1.18"), std::string::npos) << r.out;
}

TEST(XlsxRenderer, AssertsNfcOnEveryString) {
  // "Việt" decomposed (e + dot below + circumflex) must never reach a cell.
  const std::string nfd = "Vie\xCC\xA3\xCC\x82t Nam";
  auto document = [](const std::string& cell, const std::string& title) {
    doc::Document d;
    d.header.date = {2025, 12, 12};
    d.meta.title = title;
    doc::Table t;
    t.id = "bang";
    t.body_rows.push_back({{text(cell)}});
    d.body.push_back(t);
    return d;
  };
  test::TempDir dir;
  EXPECT_NO_THROW(write_xlsx(document("Việt Nam", "Báo cáo"), dir / "ok.xlsx"));
  for (const auto& d : {document(nfd, "Báo cáo"), document("Việt Nam", nfd)}) {
    try {
      write_xlsx(d, dir / "nfd.xlsx");
      ADD_FAILURE() << "NFD text reached the XLSX renderer without an error";
    } catch (const Error& e) {
      EXPECT_EQ(e.family(), ErrorFamily::internal);
      EXPECT_EQ(e.diagnostics()[0].id, MsgId::text_not_nfc);
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "nfd.xlsx"));  // nothing half-written
  }
}

}  // namespace
}  // namespace baocao::render

namespace baocao::render {
namespace {

TEST(XlsxRenderer, ChartBlockBecomesANativeChartOfRateAgainstTarget) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  doc::Chart c;
  c.id = "bieu-do";
  c.caption = {{"Tỷ lệ đạt so với chỉ tiêu", true, false}};
  c.categories = {"Gia đình học tập", "Dòng họ học tập"};
  c.values = {72.5, std::nullopt};
  c.targets = {70.0, 99.5};
  d.body.push_back(c);
  test::TempDir dir;
  write_xlsx(d, dir / "c.xlsx");
  std::string py =
      "import openpyxl,sys,zipfile\n"
      "z=zipfile.ZipFile(sys.argv[1])\n"
      "x=z.read('xl/charts/chart1.xml').decode()\n"
      "print('barChart' in x, 'Tỷ lệ' in x, 'Chỉ tiêu' in x, 'Tỷ lệ đạt so với chỉ tiêu' in x)\n"
      "ws=openpyxl.load_workbook(sys.argv[1])['bieu-do']\n"
      "print([[c.value for c in r] for r in ws.iter_rows(min_row=1,max_row=3,max_col=3)])\n"
      "print('targets', ws['C2'].number_format, ws['C3'].number_format)\n";
  test::write_file(dir / "read.py", py);
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "c.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("True True True True"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[[None, 'Tỷ lệ', 'Chỉ tiêu'], ['Gia đình học tập', 0.725, 0.7], ['Dòng họ học tập', None, 0.995]]"),
            std::string::npos)
      << r.out;
  // Targets as the documents print them: "70%", not "70,0%"; "99,5%".
  EXPECT_NE(r.out.find("targets 0% 0.0%"), std::string::npos) << r.out;
}

TEST(XlsxRenderer, UnitTextThatLooksLikeAFormulaStaysText) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  doc::Table t;
  t.id = "t";
  for (const char* s : {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)"}) {
    doc::Cell c;
    c.content = {{s, false, false}};
    t.body_rows.push_back({{c}});
  }
  d.body.push_back(t);
  test::TempDir dir;
  write_xlsx(d, dir / "t.xlsx");
  test::write_file(dir / "read.py",
                   "import openpyxl,sys\n"
                   "ws=openpyxl.load_workbook(sys.argv[1])['t']\n"
                   "print([(c.value, c.data_type) for (c,) in ws.iter_rows(max_col=1)])\n");
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "t.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("'f')"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("('+1', 's')"), std::string::npos) << r.out;
}

TEST(XlsxRenderer, TotalsAndRatesAreFormulasWithCachedResults) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  doc::Table t;
  t.id = "t";
  t.column_targets = {std::nullopt, std::nullopt, std::nullopt, 70.0};
  t.header_rows.push_back({{text("Đơn vị"), text("Đạt"), text("Tổng"), text("Tỷ lệ")}});
  auto row = [](const char* name, double n, double den) {
    doc::Cell rate = number(n / den * 100, doc::ValueKind::percent);
    rate.derived = doc::Derived::ratio;
    return doc::Row{{text(name), number(n, doc::ValueKind::integer), number(den, doc::ValueKind::integer), rate}};
  };
  t.body_rows = {row("A", 3, 4), row("B", 1, 4)};
  doc::Row total = row("Tổng", 4, 8);
  total.cells[1].derived = total.cells[2].derived = doc::Derived::column_sum;
  t.footer_rows.push_back(total);
  d.body.push_back(t);
  test::TempDir dir;
  write_xlsx(d, dir / "f.xlsx");
  test::write_file(dir / "read.py",
                   "import openpyxl,sys\n"
                   "f=openpyxl.load_workbook(sys.argv[1])['t']\n"
                   "v=openpyxl.load_workbook(sys.argv[1],data_only=True)['t']\n"
                   "print(f['D2'].value, f['B4'].value, f['D4'].value)\n"
                   "print(v['D2'].value, v['B4'].value, v['D4'].value)\n"
                   "print([(str(r.sqref), x.operator, x.formula) for r in f.conditional_formatting for x in r.rules])\n");
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "f.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("=IFERROR(B2/C2,\"\") =SUM(B2:B3) =IFERROR(B4/C4,\"\")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0.75 4 0.5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[('D2:D4', 'lessThan', ['0.7'])]"), std::string::npos) << r.out;
}


// An appendix of two long tables: each sheet breaks its pages itself, the
// second numbered on from the first (one appendix, one numbering, as in the
// PDF), and no page holds the total with fewer than two body rows; a body
// table after it starts again from 1. Page 1 of each shows no number (ND30).
TEST(XlsxRenderer, AnAppendixOfSeveralSheetsIsNumberedAsOne) {
  doc::Document d;
  d.header.date = {2025, 12, 12};
  auto table = [](const char* id, int rows) {
    doc::Table t;
    t.id = id;
    t.header_rows.push_back({{text("STT"), text("Đơn vị"), text("Số")}});
    for (int i = 1; i <= rows; ++i)
      t.body_rows.push_back({{number(i, doc::ValueKind::integer), text("Xã " + std::to_string(i)),
                              number(i * 10, doc::ValueKind::integer)}});
    t.footer_rows.push_back({{text("Tổng cộng", 2), number(rows * 10, doc::ValueKind::integer)}});
    return t;
  };
  // Portrait A4 holds 35 rows of 18 pt under this heading: 36 would leave one row
  // and the total alone on page 2.
  d.appendices.push_back({{"Phụ lục I", "(Kèm theo Báo cáo số 1/BC-UBND)"}, false, {table("a", 36), table("b", 90)}});
  d.appendices.push_back({{"Phụ lục II"}, false, {table("c", 3)}});
  test::TempDir dir;
  write_xlsx(d, dir / "p.xlsx");
  test::write_file(dir / "read.py",
                   "import openpyxl,sys\n"
                   "for ws in openpyxl.load_workbook(sys.argv[1]):\n"
                   "    breaks=[b.id for b in ws.row_breaks.brk]\n"
                   "    last=max(r for r in range(1,ws.max_row+1) if ws.cell(r,1).value=='Tổng cộng')\n"
                   "    body=[r for r in range(1,last) if isinstance(ws.cell(r,1).value,int)]\n"
                   "    on_last=[r for r in body if r>(breaks[-1] if breaks else 0)]\n"
                   "    print(ws.title, ws.page_setup.firstPageNumber or 1, len(breaks)+1, len(on_last),"
                   " ws.HeaderFooter.differentFirst)\n");
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "p.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("a 1 2 2 True\nb 3 3 17 None\nc 1 1 3 True\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace baocao::render
