// The template grammar, construct by construct: what each line kind becomes
// in the document tree (templates/GRAMMAR.md is the reference).
#include <gtest/gtest.h>

#include "tests/engine/template/template_fixture.hpp"

namespace baocao::tmpl::test {
namespace {

template <class T>
const T& block(const doc::Document& d, std::size_t i) {
  EXPECT_LT(i, d.body.size());
  return std::get<T>(d.body.at(i));
}

TEST(TemplateGrammar, HeaderFillsTheNd30Boxes) {
  auto d = render_text(
      "h.tpl",
      "---\nco_quan_chu_quan: UBND tỉnh Ninh Bình\nco_quan_ban_hanh: Sở Giáo dục và Đào tạo\n"
      "so_ky_hieu: Số: {{ 5 }}/BC-SGDĐT\ndia_danh: Ninh Bình\nngay: 2025-02-05\n"
      "loai_van_ban: Báo cáo\ntrich_yeu: Kết quả năm {{ nam }}\ntrich_yeu: dòng hai\n"
      "noi_nhan: - Như trên;\nnoi_nhan: - Lưu: VT.\nquyen_han: KT. Giám đốc\nchuc_vu: Phó Giám đốc\n"
      "ho_ten: Nguyễn Văn An\n---\nThân bài.\n",
      ".", sample_data(), sample_vars());
  EXPECT_EQ(d.header.governing_body, "UBND TỈNH NINH BÌNH");
  EXPECT_EQ(d.header.issuing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(d.header.number_symbol, "Số: 5/BC-SGDĐT");
  EXPECT_EQ(d.header.place, "Ninh Bình");
  EXPECT_EQ(d.header.date, (CivilDate{2025, 2, 5}));
  EXPECT_EQ(d.header.doc_type, "BÁO CÁO");
  EXPECT_EQ(d.header.summary_lines, (std::vector<std::string>{"Kết quả năm 2025", "dòng hai"}));
  EXPECT_EQ(d.recipients.items, (std::vector<std::string>{"- Như trên;", "- Lưu: VT."}));
  EXPECT_EQ(d.signature.authority_lines, (std::vector<std::string>{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}));
  EXPECT_EQ(d.signature.signer_name, "Nguyễn Văn An");
}

TEST(TemplateGrammar, HeadingsNumberThemselvesOrKeepTheWrittenNumber) {
  auto d = render("# Kết quả\n## Mô hình\n### Gia đình\n### Dòng họ\n## Khác\n# II. Đánh giá\n## 5. Riêng\n");
  EXPECT_EQ(block<doc::Heading>(d, 0).number, "I.");
  EXPECT_EQ(text_of(block<doc::Heading>(d, 0).title), "KẾT QUẢ");  // level 1 in capitals (ND30)
  EXPECT_EQ(block<doc::Heading>(d, 1).number, "1.");
  EXPECT_EQ(block<doc::Heading>(d, 2).number, "a)");
  EXPECT_EQ(block<doc::Heading>(d, 3).number, "b)");
  EXPECT_EQ(block<doc::Heading>(d, 4).number, "2.");
  EXPECT_EQ(block<doc::Heading>(d, 5).number, "II.");
  EXPECT_EQ(text_of(block<doc::Heading>(d, 5).title), "ĐÁNH GIÁ");
  EXPECT_EQ(block<doc::Heading>(d, 6).number, "5.");
  EXPECT_EQ(block<doc::Heading>(d, 6).level, 2);
}

TEST(TemplateGrammar, ParagraphLinesJoinUntilABlankLine) {
  auto d = render("Dòng một\ndòng hai.\n\nĐoạn mới.\n");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 0).spans), "Dòng một dòng hai.");
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 1).spans), "Đoạn mới.");
}

TEST(TemplateGrammar, BoldItalicAndEscapes) {
  auto d = render("Tỷ lệ **{{ 72.5 }}%** là *cao*, 3 \\* 4 = \\*\\*12\n");
  const auto& p = block<doc::Paragraph>(d, 0);
  ASSERT_EQ(p.spans.size(), 5u);
  EXPECT_EQ(p.spans[0].text, "Tỷ lệ ");
  EXPECT_EQ(p.spans[1].text, "72,5%");
  EXPECT_TRUE(p.spans[1].bold);
  EXPECT_EQ(p.spans[3].text, "cao");
  EXPECT_TRUE(p.spans[3].italic);
  EXPECT_EQ(p.spans[4].text, ", 3 * 4 = **12");
}

TEST(TemplateGrammar, DashLinesMakeOneList) {
  auto d = render("- một;\n- hai.\nSau danh sách.\n");
  ASSERT_EQ(d.body.size(), 2u);
  const auto& l = block<doc::List>(d, 0);
  ASSERT_EQ(l.items.size(), 2u);
  EXPECT_EQ(text_of(l.items[1]), "hai.");
}

TEST(TemplateGrammar, TableWithMergedHeaderBodyAndFooter) {
  auto d = render(
      "@bang ket-qua\n@chu_thich Bảng 1\n@do_rong 10 50 30 30\n"
      "| STT | Đơn vị | Năm 2025 | < |\n| ^ | ^ | Đạt | Tổng |\n|:-:|---|---|---|\n"
      "{% for dv in don_vi %}\n| {{ loop.index }} | {{ dv.ten }} | {{ so_dat(\"gia_dinh_hoc_tap\", dv, nam) "
      "| so | mac_dinh(\"-\") }} | x |\n{% endfor %}\n"
      "|===|\n| Tổng cộng | < | {{ so_dat(\"gia_dinh_hoc_tap\", none, nam) | so }} | |\n");
  const auto& t = block<doc::Table>(d, 0);
  EXPECT_EQ(t.id, "ket-qua");
  EXPECT_EQ(text_of(t.caption), "Bảng 1");
  EXPECT_EQ(t.column_widths_mm, (std::vector<double>{10, 50, 30, 30}));
  ASSERT_EQ(t.header_rows.size(), 2u);
  ASSERT_EQ(t.header_rows[0].cells.size(), 3u);
  EXPECT_EQ(t.header_rows[0].cells[0].row_span, 2);
  EXPECT_EQ(t.header_rows[0].cells[2].col_span, 2);
  EXPECT_EQ(t.header_rows[1].cells.size(), 2u);
  ASSERT_EQ(t.body_rows.size(), 3u);
  const auto& c = t.body_rows[0].cells;
  EXPECT_EQ(c[0].align, doc::Align::center);  // from |:-:|
  EXPECT_EQ(text_of(c[2].content), "750");
  EXPECT_EQ(c[2].align, doc::Align::right);
  EXPECT_EQ(c[2].kind, doc::ValueKind::integer);
  EXPECT_EQ(c[2].value, 750);
  EXPECT_EQ(text_of(t.body_rows[2].cells[2].content), "-");  // Xã Cát Tiên has no figures
  ASSERT_EQ(t.footer_rows.size(), 1u);
  EXPECT_EQ(t.footer_rows[0].cells[0].col_span, 2);
  EXPECT_EQ(text_of(t.footer_rows[0].cells[1].content), "1.050");
}

// Widths from the content: all columns, or some between given millimetres.
TEST(TemplateGrammar, ColumnWidthsFromTheContent) {
  auto d = render("@do_rong tu_dong\n| a | b |\n\n@do_rong 10 tu_dong tu_dong 25\n| a | b | c | d |\n");
  EXPECT_EQ(block<doc::Table>(d, 0).column_widths_mm, std::vector<double>{});
  EXPECT_EQ(block<doc::Table>(d, 1).column_widths_mm, (std::vector<double>{10, 0, 0, 25}));
}

// A date cell stays a date (the XLSX writes a date), its text as printed.
TEST(TemplateGrammar, ShortDateCellIsADate) {
  auto d = render("| {{ ngay(\"2025-12-12\") | ngay_so }} | {{ \"x\" }} |\n");
  const doc::Cell& c = block<doc::Table>(d, 0).body_rows.at(0).cells.at(0);
  EXPECT_EQ(text_of(c.content), "12/12/2025");
  EXPECT_EQ(c.kind, doc::ValueKind::date);
  EXPECT_EQ(c.value, 20434);  // days since 1970-01-01
  EXPECT_NE(error_of("{{ ngay(\"2025-12-12\") | ngay_so | so }}\n").find("'so'"), std::string::npos)
      << "a date is not a number";
}

TEST(TemplateGrammar, SpreadCellsFollowTheData) {
  auto d = render(
      "| A | {{ [\"x\", \"y\"] | gop_cot(2) }} |\n| ^ | {{ [1, 2, 3, 4] }} |\n|---|\n| b | {{ [\"<\", 1, 2, "
      "3] }} |\n");
  const auto& t = block<doc::Table>(d, 0);
  ASSERT_EQ(t.header_rows[0].cells.size(), 3u);
  EXPECT_EQ(t.header_rows[0].cells[1].col_span, 2);
  EXPECT_EQ(t.header_rows[1].cells.size(), 4u);
  EXPECT_EQ(t.body_rows[0].cells[0].col_span, 2);
}

TEST(TemplateGrammar, PageBreakAndLandscapeAppendix) {
  auto d = render("Trước.\n@ngat_trang\n@phu_luc ngang\n@tieu_de Phụ lục I\n@tieu_de (Kèm theo)\n| a |\n");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<doc::PageBreak>(d.body[1]));
  ASSERT_EQ(d.appendices.size(), 1u);
  EXPECT_TRUE(d.appendices[0].landscape);
  EXPECT_EQ(d.appendices[0].title_lines, (std::vector<std::string>{"Phụ lục I", "(Kèm theo)"}));
  EXPECT_TRUE(std::holds_alternative<doc::Table>(d.appendices[0].blocks.at(0)));
}

TEST(TemplateGrammar, IfElifElseForAndSet) {
  auto d = render(
      "{% set tong = 0 %}\n{% for x in [1, 2, 3] %}\n{% set tong = tong + x %}\n{% endfor %}\n"
      "{% if tong > 10 %}\nlớn\n{% elif tong == 6 %}\nsáu {{ tong }}\n{% else %}\nkhác\n{% endif %}\n");
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 0).spans), "sáu 6");
}

TEST(TemplateGrammar, MacrosTakeParametersAndSeeGlobals) {
  auto d = render(
      "{% macro dong(ten, so) %}\n- {{ ten }}: {{ so }} (năm {{ nam }})\n{% endmacro %}\n"
      "{% call dong(\"a\", 1) %}\n{% call dong(\"b\", 2) %}\n");
  const auto& l = block<doc::List>(d, 0);
  ASSERT_EQ(l.items.size(), 2u);
  EXPECT_EQ(text_of(l.items[1]), "b: 2 (năm 2025)");
}

TEST(TemplateGrammar, ExpressionsOperatorsAndConditional) {
  auto d = render(
      "{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 % 4 }} {{ \"a\" ~ 1 }} {{ \"x\" if not false else \"y\" }} "
      "{{ 2 in [1, 2] }} {{ \"Hòa\" in \"An Hòa\" }} {{ -(3) }} {{ 10 / 4 }}\n");
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 0).spans), "7 9 3 a1 x có có -3 2,5");
}

TEST(TemplateGrammar, CommentsAreDropped) {
  auto d = render("{# cả dòng #}\nCó {# giữa dòng #}chữ.\n");
  ASSERT_EQ(d.body.size(), 1u);
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 0).spans), "Có chữ.");
}

TEST(TemplateGrammar, IncludeReadsFromTheTemplateRoot) {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "baocao-include-test";
  fs::create_directories(root / "chung");
  {
    std::FILE* f = std::fopen((root / "chung" / "phan.tpl").c_str(), "w");
    std::fputs("{% macro chao(x) %}\nXin chào {{ x }}.\n{% endmacro %}\n", f);
    std::fclose(f);
  }
  auto d = render("{% include \"chung/phan.tpl\" %}\n{% call chao(\"bạn\") %}\n", root);
  EXPECT_EQ(text_of(block<doc::Paragraph>(d, 0).spans), "Xin chào bạn.");
  fs::remove_all(root);
}

}  // namespace
}  // namespace baocao::tmpl::test
