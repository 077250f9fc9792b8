#include "engine/layout/layout.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "engine/layout/line_breaker.hpp"
#include "tests/support/process.hpp"

namespace baocao::layout {
namespace {

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

doc::Document sample(int rows) {
  doc::Document d;
  d.header = {"UBND TỈNH NINH BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 05/BC-SGDĐT", "Ninh Bình", {2025, 12, 12},
              "BÁO CÁO", {"Kết quả xây dựng xã hội học tập năm 2025"}};
  doc::Paragraph p;
  p.spans = {{"Thực hiện Kế hoạch số 145/KH-UBND của Ủy ban nhân dân tỉnh về thực hiện Đề án xây dựng xã hội "
              "học tập giai đoạn 2021-2030, Sở Giáo dục và Đào tạo báo cáo như sau.", false, false}};
  d.body.push_back(p);
  doc::Table t;
  t.id = "t";
  t.column_widths_mm = {15, 100, 50};
  doc::Row h;
  for (const char* s : {"STT", "Đơn vị", "Tỷ lệ"}) h.cells.push_back({{{s, true, false}}, {}, doc::ValueKind::text, doc::Align::center, 1, 1});
  t.header_rows.push_back(h);
  for (int i = 1; i <= rows; ++i) {
    doc::Row r;
    r.cells.push_back({{{std::to_string(i), false, false}}, {}, doc::ValueKind::text, doc::Align::center, 1, 1});
    r.cells.push_back({{{"Xã số " + std::to_string(i), false, false}}, {}, doc::ValueKind::text, doc::Align::left, 1, 1});
    r.cells.push_back({{{"50,0%", false, false}}, 50.0, doc::ValueKind::percent, doc::Align::right, 1, 1});
    t.body_rows.push_back(r);
  }
  d.body.push_back(t);
  d.recipients.items = {"- Như trên;", "- Lưu: VT."};
  d.signature = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn An"};
  return d;
}

bool page_has(const Page& p, const std::string& text) {
  for (const auto& t : p.texts)
    if (t.text == text) return true;
  return false;
}

TEST(Layout, LongTableRepeatsItsHeaderRowOnEveryPage) {
  PagedDocument out = layout_document(sample(80), font_set());
  ASSERT_GE(out.pages.size(), 3u);
  for (std::size_t i = 0; i < out.pages.size(); ++i) {
    bool has_rows = false;
    for (const auto& t : out.pages[i].texts)
      if (t.text.rfind("Xã số", 0) == 0) has_rows = true;
    if (has_rows) {
      EXPECT_TRUE(page_has(out.pages[i], "Đơn vị")) << "page " << i + 1;
    }
  }
}

TEST(Layout, PageNumbersFromTheSecondPageTopCentre) {
  PagedDocument out = layout_document(sample(80), font_set());
  for (const auto& t : out.pages[0].texts) EXPECT_GE(t.y, mm_to_pt(20)) << "ink in page 1's top margin: " << t.text;
  const Page& p2 = out.pages[1];
  bool found = false;
  for (const auto& t : p2.texts)
    if (t.text == "2" && t.y < mm_to_pt(20)) {
      found = true;
      double w = font_set().width(fonts::Style::regular, t.size, "2");
      EXPECT_NEAR(t.x + w / 2, p2.width / 2, 0.5);
    }
  EXPECT_TRUE(found);
}

TEST(Layout, AllInkInsideNd30Margins) {
  PagedDocument out = layout_document(sample(80), font_set());
  for (const Page& p : out.pages)
    for (const auto& t : p.texts) {
      if (t.y < mm_to_pt(20)) continue;  // the page number lives in the top margin
      double w = font_set().width(t.style, t.size, t.text);
      EXPECT_GE(t.x, mm_to_pt(30) - 0.01) << t.text;
      EXPECT_LE(t.x + w, p.width - mm_to_pt(15) + 0.01) << t.text;
      EXPECT_LE(t.y, p.height - mm_to_pt(20) + 0.01) << t.text;
    }
}

TEST(Layout, JustifiedLinesReachTheRightMargin) {
  doc::Paragraph p;
  p.spans = {{std::string(40, 'x') + " " + "Độc lập - Tự do - Hạnh phúc là tiêu ngữ của nước Cộng hòa xã hội chủ nghĩa Việt Nam "
              "được ghi dưới Quốc hiệu trên mọi văn bản hành chính.", false, false}};
  auto lines = break_lines(p.spans, font_set(), 14, 400, 36);
  ASSERT_GE(lines.size(), 2u);
  std::vector<TextRun> runs;
  place_line(lines[0], doc::Align::justify, false, 0, 0, 364, 14, runs);
  const TextRun& last = runs.back();
  EXPECT_NEAR(last.x + font_set().width(last.style, 14, last.text), 364, 0.01);
}

TEST(Layout, MissingGlyphIsAnErrorNamingTheCharacter) {
  doc::Document d = sample(1);
  d.body.push_back(doc::Paragraph{{{"Chữ Hán 漢 không có trong phông", false, false}}, doc::Align::justify, true});
  try {
    layout_document(d, font_set());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::font);
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("'漢' (U+6F22)"), std::string::npos) << m;
  }
}

}  // namespace
}  // namespace baocao::layout

namespace baocao::layout {
namespace {

// issue 6: a công văn has no tên loại; its trích yếu ("V/v ...") sits under the
// number in the left column, upright, not centred bold across the page.
TEST(Layout, CongVanSummarySitsUnderTheNumber) {
  doc::Document d = sample(1);
  d.header.doc_type.clear();
  d.header.number_symbol = "Số: 1520/SGDĐT-GDTX";
  d.header.summary_lines = {"V/v đôn đốc gửi báo cáo"};
  PagedDocument out = layout_document(d, font_set());
  const TextRun* number = nullptr;
  const TextRun* vv = nullptr;
  for (const auto& t : out.pages.at(0).texts) {
    if (t.text == "Số: 1520/SGDĐT-GDTX") number = &t;
    if (t.text == "V/v đôn đốc gửi báo cáo") vv = &t;
  }
  ASSERT_TRUE(number && vv);
  EXPECT_GT(vv->y, number->y);                     // below the number (y grows down the page)
  EXPECT_LT(vv->x, out.pages[0].width / 2);        // in the left column
  EXPECT_EQ(vv->style, fonts::Style::regular);     // upright, not bold
  EXPECT_LT(vv->y - number->y, 2.5 * number->size);  // right under it
}

}  // namespace
}  // namespace baocao::layout
