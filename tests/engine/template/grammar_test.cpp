// The template grammar, construct by construct: what each line kind becomes
// in the document tree (templates/GRAMMAR.md is the reference).
#include <gtest/gtest.h>

#include "tests/engine/template/template_fixture.hpp"

namespace baocao::tmpl::test {
namespace {

std::string line(const std::string& body) {
  auto d = render(body + "\n");
  return text_of(std::get<doc::Paragraph>(d.body.at(0)).spans);
}

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
  // The unit's words are joined by no-break spaces: layout breaks before it, never inside.
  EXPECT_EQ(d.header.governing_body, "UBND TỈNH\u00a0NINH\u00a0BÌNH");
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

// Four levels, as real plans number them; the style is the template's.
TEST(TemplateGrammar, FourHeadingLevelsInTheTemplatesNumberingStyle) {
  auto d = render("# A\n## B\n### C\n#### D\n#### E\n### F\n## G\n### H\n");
  std::vector<std::string> numbers;
  for (const auto& b : d.body) numbers.push_back(std::get<doc::Heading>(b).number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"I.", "1.", "a)", "-", "-", "b)", "2.", "a)"}));
  EXPECT_TRUE(std::get<doc::Heading>(d.body[1]).bold);
  EXPECT_FALSE(std::get<doc::Heading>(d.body[2]).bold) << "ND30: a) upright";

  auto plan = render_text("k.tpl", "---\nngay: 2025-12-20\ndanh_so: I. 1. 1.1. a)\n---\n"
                          "# Mục tiêu\n## Chung\n### Đến 2025\n#### Gia đình\n#### Dòng họ\n### Đến 2030\n"
                          "## Cụ thể\n### Một\n",
                          ".", sample_data(), sample_vars());
  numbers.clear();
  for (const auto& b : plan.body) numbers.push_back(std::get<doc::Heading>(b).number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"I.", "1.", "1.1.", "a)", "b)", "1.2.", "2.", "2.1."}));
  const auto& nested = std::get<doc::Heading>(plan.body[2]);
  EXPECT_TRUE(nested.bold && nested.italic) << "1.1. bold italic";

  auto parts = render_text("p.tpl", "---\nngay: 2025-12-20\ndanh_so: A. I. 1. a)\n---\n# Mục đích\n## Một\n# Nội dung\n",
                           ".", sample_data(), sample_vars());
  EXPECT_EQ(std::get<doc::Heading>(parts.body[0]).number, "A.");
  EXPECT_EQ(text_of(std::get<doc::Heading>(parts.body[0]).title), "MỤC ĐÍCH");
  EXPECT_EQ(std::get<doc::Heading>(parts.body[1]).number, "I.");
  EXPECT_EQ(std::get<doc::Heading>(parts.body[2]).number, "B.");

  try {
    render_text("x.tpl", "---\nngay: 2025-12-20\ndanh_so: I. 1. a\n---\n# A\n", ".", sample_data(), sample_vars());
    FAIL() << "accepted an unknown numbering";
  } catch (const Error& e) {
    EXPECT_NE(e.render(Lang::vi).find("x.tpl:3"), std::string::npos) << e.render(Lang::vi);
    EXPECT_NE(e.render(Lang::vi).find("danh_so 'I. 1. a'"), std::string::npos) << e.render(Lang::vi);
  }
  EXPECT_NE(error_of("##### Năm cấp\n").find("4"), std::string::npos);
}

// A written number is kept and set in its own style: "### 2.1." is no "a) 2.1.".
TEST(TemplateGrammar, WrittenHeadingNumbersOfEveryKind) {
  auto d = render("# A. Phần một\n## 2. Hai\n### 2.1. Hai một\n### 2.2 Hai hai\n#### - Gạch\n#### + Cộng\n"
                  "### đ) Chữ\n# 2025 là năm\n");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& b : d.body) {
    const auto& h = std::get<doc::Heading>(b);
    got.push_back({h.number, text_of(h.title)});
  }
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{{"A.", "PHẦN MỘT"},
                                                                    {"2.", "Hai"},
                                                                    {"2.1.", "Hai một"},
                                                                    {"2.2", "Hai hai"},
                                                                    {"-", "Gạch"},
                                                                    {"+", "Cộng"},
                                                                    {"đ)", "Chữ"},
                                                                    {"II.", "2025 LÀ NĂM"}}));
  EXPECT_TRUE(std::get<doc::Heading>(d.body[2]).italic) << "2.1. is a nested number";
  EXPECT_FALSE(std::get<doc::Heading>(d.body[4]).bold);
}

// "Số:      /BC-UBND": a number left out keeps room for the văn thư.
TEST(TemplateGrammar, BlankNumberForTheVanThu) {
  auto d = render_text("s.tpl", "---\nngay: 2025-12-10\nso_ky_hieu: Số: {{ \"\" }}/BC-UBND\n---\nA.\n", ".",
                       sample_data(), sample_vars());
  EXPECT_EQ(d.header.number_symbol, "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND");
  d = render_text("s.tpl", "---\nngay: 2025-12-10\nso_ky_hieu: Số: 05/BC-UBND\n---\nA.\n", ".", sample_data(),
                  sample_vars());
  EXPECT_EQ(d.header.number_symbol, "Số: 05/BC-UBND");
}

// "ngày      tháng      năm 2025": left for the văn thư.
TEST(TemplateGrammar, BlankDateForTheVanThu) {
  for (const char* value : {"", "{{ \"\" }}", "2025", "{{ nam }}", "{{ none }}"}) {
    auto d = render_text("b.tpl", std::string("---\nngay: ") + value + "\n---\nNgày ký: {{ ngay(\"\") | ngay_nd30 }}.\n",
                         ".", sample_data(), sample_vars());
    EXPECT_TRUE(is_blank(d.header.date)) << value;
    EXPECT_EQ(d.header.date.year, 2025) << value << ": the year of `nam` when none is given";
  }
  const std::string room = "\u00a0\u00a0\u00a0\u00a0\u00a0";
  EXPECT_EQ(line("{{ ngay(2025) | ngay_nd30 }}"), "ngày " + room + " tháng " + room + " năm 2025");
  EXPECT_EQ(line("{{ ngay(2025) | ngay_so }}"), room + "/" + room + "/2025");
  EXPECT_EQ(line("{{ ngay(2025).thang | mac_dinh(\"-\") }} {{ ngay(2025).nam }}"), "- 2025");
  EXPECT_EQ(line("{{ ngay(\"2025-12-10\") | ngay_nd30 }}"), "ngày 10 tháng 12 năm 2025") << "a real date is unchanged";
}

// Several recipients are "- …;" lines under "Kính gửi:", one stays on its line.
TEST(TemplateGrammar, KinhGuiOneOrSeveralRecipients) {
  auto d = render("@kinh_gui {{ don_vi | co_quan(\"Ủy ban nhân dân\") }}\n\n@kinh_gui {{ [\"Sở Tài chính\"] }}\n");
  const auto& several = block<doc::List>(d, 0);
  EXPECT_EQ(several.label, "Kính gửi:");
  ASSERT_EQ(several.items.size(), 3u);
  EXPECT_EQ(text_of(several.items[0]), "Ủy ban nhân dân xã An Hòa;");
  EXPECT_EQ(text_of(several.items[1]), "Ủy ban nhân dân phường Bắc Sơn;");
  EXPECT_EQ(text_of(several.items[2]), "Ủy ban nhân dân xã Cát Tiên.");
  const auto& one = block<doc::Paragraph>(d, 1);
  EXPECT_EQ(text_of(one.spans), "Kính gửi: Sở Tài chính.");
  EXPECT_EQ(one.align, doc::Align::center);
}

// The name filters over unit records (with what the units list says of each
// name) and over plain names; the forms themselves are tested in
// tests/engine/text/admin_name_test.cpp.
TEST(TemplateGrammar, UnitNameFilters) {
  auto unit = [](std::string code, std::string name, std::string origin = {}) {
    Unit u;
    u.code = std::move(code);
    u.name = std::move(name);
    u.name_origin = std::move(origin);
    return u;
  };
  const DatasetTemplateData data(Dataset{},
                                 {unit("13435", "Phường Lý Thường Kiệt", "người"), unit("13285", "Phường Phủ Lý"),
                                  unit("03127", "Phường Điện Biên Phủ", "sự kiện"), unit("26734", "Phường 2 Bảo Lộc")},
                                 {}, {});
  auto names = [&](const std::string& expr) {
    auto d = render_text("n.tpl", std::string(kHeader) + "{{ " + expr + " }}\n", ".", data, sample_vars());
    return text_of(std::get<doc::Paragraph>(d.body.at(0)).spans);
  };
  EXPECT_EQ(names("don_vi | trong_cau | noi(\"; \")"),
            "Phường Lý Thường Kiệt; phường Phủ Lý; Phường Điện Biên Phủ; Phường 2 Bảo Lộc");
  EXPECT_EQ(names("don_vi | dia_danh | noi(\"; \")"),
            "Phường Lý Thường Kiệt; Phủ Lý; Phường Điện Biên Phủ; Phường 2 Bảo Lộc");
  EXPECT_EQ(names("don_vi | co_quan(\"Ủy ban nhân dân\") | noi(\"; \")"),
            "Ủy ban nhân dân Phường Lý Thường Kiệt; Ủy ban nhân dân phường Phủ Lý; Ủy ban nhân dân Phường Điện "
            "Biên Phủ; Ủy ban nhân dân Phường 2 Bảo Lộc");
  EXPECT_EQ(names("don_vi_theo_ma(\"13435\").ten_theo"), "người");
  EXPECT_EQ(names("don_vi_theo_ma(\"13285\") | co_quan_in_hoa(\"Ủy ban nhân dân\") | thay(\"\u00a0\", \" \")"),
            "ỦY BAN NHÂN DÂN PHƯỜNG PHỦ LÝ");
  EXPECT_EQ(names("\"Phường Điện Biên Phủ\" | trong_cau(\"sự kiện\")"), "Phường Điện Biên Phủ");
  EXPECT_EQ(names("\"Quận 1\" | dia_danh"), "Quận 1");
  EXPECT_EQ(names("\"Xã Mỹ Lộc\" | dia_danh"), "Mỹ Lộc");
  EXPECT_EQ(names("\"Tỉnh Sơn La\" | co_quan(\"Ủy ban nhân dân\")"), "Ủy ban nhân dân tỉnh Sơn La");
  EXPECT_EQ(names("\"Thành phố Hồ Chí Minh\" | trong_cau"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(names("\"Đặc khu Côn Đảo\" | loai_don_vi"), "đặc khu");
  EXPECT_EQ(names("\"xã Bắc Sơn\" | ten_chinh_thuc"), "Xã Bắc Sơn");
  EXPECT_EQ(names("\"Sở Tài chính\" | trong_cau"), "Sở Tài chính") << "no unit: unchanged";
  EXPECT_NE(error_vi("{{ \"Xã A\" | trong_cau(\"anh hùng\") }}\n").find("'anh hùng' không phải cách đặt tên"),
            std::string::npos);
}

}  // namespace
}  // namespace baocao::tmpl::test
