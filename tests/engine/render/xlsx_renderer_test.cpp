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
  t.body_rows.push_back({{text("Xã Mỹ Lộc"), number(1234, doc::ValueKind::integer), number(72.5, doc::ValueKind::percent)}});
  d.appendices.push_back({{"Phụ lục"}, true, {t}});
  test::TempDir dir;
  write_xlsx(d, dir / "a.xlsx");
  std::string py =
      "import openpyxl,sys\n"
      "wb=openpyxl.load_workbook(sys.argv[1])\n"
      "ws=wb['phu-luc']\n"
      "print(ws['A1'].value)\n"
      "print(ws['A3'].value, ws['B3'].value, ws.merged_cells.ranges)\n"
      "print(ws['A4'].value, ws['B4'].value, ws['C4'].value, ws['C4'].number_format)\n"
      "print(wb.properties.title)\n";
  test::write_file(dir / "read.py", py);
  auto r = test::run("/usr/bin/python3 " + test::sh_quote((dir / "read.py").string()) + " " +
                     test::sh_quote((dir / "a.xlsx").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Kết quả theo đơn vị\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Đơn vị Gia đình học tập"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("B3:C3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Xã Mỹ Lộc 1234 0.725 0.0%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Báo cáo\n"), std::string::npos) << r.out;
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
