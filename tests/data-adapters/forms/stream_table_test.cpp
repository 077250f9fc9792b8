// A sheet read a row at a time (xlsx::RowStream behind forms::xlsx_table,
// for sheets read_workbook kept only the head of) must read exactly as the
// same sheet held in memory: every cell, merged ranges (in the head and
// below it), inline and shared strings, legacy fonts, dates, booleans,
// formulas; and a form read through it gives the same records and problems.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "data-adapters/forms/form_reader.hpp"
#include "data-adapters/forms/table.hpp"
#include "tests/support/process.hpp"

namespace baocao::forms {
namespace {

std::string fixture(const std::string& name) {
  return (test::source_dir() / "tests/data-adapters/xlsx/fixtures" / name).string();
}

// libxlsxwriter: shared strings normally, inline strings in constant_memory
// (which cannot merge). A form with two heading rows (merged), 300 units, a
// unit name merged down three rows, a legacy-font cell, a date, a boolean, a
// formula with its cached text, and a few figures that are not numbers.
void write_form(const std::string& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Biểu 1");
  lxw_format* vntime = workbook_add_format(wb);
  format_set_font_name(vntime, ".VnTime");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  worksheet_write_string(ws, 0, 0, "Năm", nullptr);
  worksheet_write_number(ws, 0, 1, 2025, nullptr);
  worksheet_write_string(ws, 1, 0, "Mã đơn vị", nullptr);
  worksheet_write_string(ws, 1, 1, "Tên đơn vị", nullptr);
  if (constant_memory)
    worksheet_write_string(ws, 1, 2, "Gia đình học tập", nullptr);
  else
    worksheet_merge_range(ws, 1, 2, 1, 3, "Gia đình học tập", nullptr);
  worksheet_write_string(ws, 2, 2, "Số được công nhận", nullptr);
  worksheet_write_string(ws, 2, 3, "Tổng số", nullptr);
  for (int r = 3; r < 303; ++r) {
    std::string code = std::to_string(10000 + r);
    worksheet_write_string(ws, r, 0, code.c_str(), nullptr);
    if (r == 10)
      worksheet_write_string(ws, r, 1, "Hµ Néi", vntime);
    else if (r == 20 && !constant_memory)
      worksheet_merge_range(ws, r, 1, r + 2, 1, "Xã gộp ba dòng", nullptr);
    else if (r != 21 && r != 22)
      worksheet_write_string(ws, r, 1, ("Xã số " + code).c_str(), nullptr);
    if (r == 30)
      worksheet_write_string(ws, r, 2, "12,5a", nullptr);
    else if (r != 40)  // row 41: a blank figure
      worksheet_write_number(ws, r, 2, r % 50, nullptr);
    worksheet_write_number(ws, r, 3, 60 + r % 7, nullptr);
  }
  lxw_datetime d = {2025, 12, 10, 0, 0, 0};
  worksheet_write_datetime(ws, 303, 4, &d, date);
  worksheet_write_boolean(ws, 304, 4, 1, nullptr);
  worksheet_write_formula_str(ws, 305, 4, "=\"a\"&\"b\"", nullptr, "ab");
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

void expect_same_cells(const xlsx::Workbook& full, const xlsx::Workbook& head) {
  ASSERT_EQ(full.sheets.size(), head.sheets.size());
  for (std::size_t i = 0; i < full.sheets.size(); ++i) {
    SCOPED_TRACE(full.sheets[i].name);
    auto a = xlsx_table(full, full.sheets[i]);
    auto b = xlsx_table(head, head.sheets[i]);
    ASSERT_EQ(a->rows(), b->rows());
    ASSERT_EQ(a->cols(), b->cols());
    // Row by row as the form reader goes, then once more from the top (a new stream).
    for (int pass = 0; pass < 2; ++pass)
      for (int r = 1; r <= a->rows() + 1; ++r)
        for (int c = 1; c <= a->cols() + 1; ++c) {
          TableCell x = a->cell(r, c), y = b->cell(r, c);
          ASSERT_EQ(x.text, y.text) << xlsx::cell_ref(r, c);
          ASSERT_EQ(x.numeric, y.numeric) << xlsx::cell_ref(r, c);
          ASSERT_EQ(x.number, y.number) << xlsx::cell_ref(r, c);
        }
  }
}

TEST(StreamTable, LibreOfficeFixtureReadsAsInMemory) {
  xlsx::Workbook full = xlsx::read_workbook(fixture("libreoffice-features.xlsx"));
  xlsx::ReadOptions o;
  o.keep_cells = 3;
  o.head_rows = 1;  // the merged heading A3:A4 and the .VnTime row come from the stream
  xlsx::Workbook head = xlsx::read_workbook(fixture("libreoffice-features.xlsx"), {}, o);
  ASSERT_TRUE(head.sheets[0].partial);
  EXPECT_LT(head.sheets[0].cells.size(), full.sheets[0].cells.size());
  expect_same_cells(full, head);
  auto t = xlsx_table(head, head.sheets[0]);
  EXPECT_EQ(t->cell(7, 1).text, "Hà Nội");
  EXPECT_EQ(t->cell(4, 1).text, "Mã đơn vị") << "merged A3:A4, below the head rows";
}

TEST(StreamTable, LibxlsxwriterFormReadsAsInMemory) {
  test::TempDir dir;
  for (bool constant_memory : {false, true}) {
    SCOPED_TRACE(constant_memory ? "inline strings" : "shared strings");
    std::string path = (dir / "form.xlsx").string();
    write_form(path, constant_memory);
    xlsx::Workbook full = xlsx::read_workbook(path);
    xlsx::ReadOptions o;
    o.keep_cells = 100;
    o.head_rows = 3;
    xlsx::Workbook head = xlsx::read_workbook(path, {}, o);
    ASSERT_TRUE(head.sheets[0].partial);
    EXPECT_EQ(head.sheets[0].cells.size(), 7u) << "rows 1-3 only";
    expect_same_cells(full, head);
    auto t = xlsx_table(head, head.sheets[0]);
    EXPECT_EQ(t->cell(11, 2).text, "Hà Nội");
    EXPECT_EQ(t->cell(306, 5).text, "ab");
    if (!constant_memory) {
      EXPECT_EQ(t->cell(23, 2).text, "Xã gộp ba dòng") << "merged B21:B23";
    }

    Mapping m;
    m.header_rows = {2, 3};
    m.period_cell = "B1";
    m.unit_code.heading = {"Mã đơn vị"};
    m.unit_name.heading = {"Tên đơn vị"};
    IndicatorColumns ic;
    ic.id = "gia_dinh_hoc_tap";
    ic.required = true;
    ic.numerator.heading = {"Gia đình học tập", "Số được công nhận"};
    ic.denominator.heading = {"Tổng số"};
    m.indicators = {ic};
    auto ta = xlsx_table(full, full.sheets[0]);
    FormResult a = read_form(*ta, m, 2025), b = read_form(*t, m, 2025);
    ASSERT_EQ(a.records.size(), b.records.size());
    EXPECT_EQ(b.records.size(), 298u) << "300 units, one not a number, one blank";
    for (std::size_t i = 0; i < a.records.size(); ++i) {
      EXPECT_EQ(a.records[i].unit_code, b.records[i].unit_code);
      EXPECT_EQ(a.records[i].unit_name, b.records[i].unit_name);
      EXPECT_EQ(a.records[i].numerator, b.records[i].numerator);
      EXPECT_EQ(a.records[i].source.cell, b.records[i].source.cell);
    }
    ASSERT_EQ(a.problems.size(), 2u);
    ASSERT_EQ(b.problems.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
      EXPECT_EQ(a.problems[i].id, b.problems[i].id);
      EXPECT_EQ(a.problems[i].where.cell, b.problems[i].where.cell);
      EXPECT_EQ(a.problems[i].where.sheet, "Biểu 1");
    }
  }
}

TEST(StreamTable, SmallSheetsStayInMemory) {
  xlsx::ReadOptions o;
  o.keep_cells = 65'536;
  xlsx::Workbook b = xlsx::read_workbook(fixture("libreoffice-features.xlsx"), {}, o);
  for (const auto& s : b.sheets) EXPECT_FALSE(s.partial) << s.name;
}

}  // namespace
}  // namespace baocao::forms
