#include "engine/layout/layout.hpp"

#include <gtest/gtest.h>

#include <map>

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
  d.header = {"UBND TỈNH NINH BÌNH",
              "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
              "Số: 05/BC-SGDĐT",
              "Ninh Bình",
              {2025, 12, 12},
              "BÁO CÁO",
              {"Kết quả xây dựng xã hội học tập năm 2025"}};
  doc::Paragraph p;
  p.spans = {
      {"Thực hiện Kế hoạch số 145/KH-UBND của Ủy ban nhân dân tỉnh về thực hiện Đề án xây dựng xã hội "
       "học tập giai đoạn 2021-2030, Sở Giáo dục và Đào tạo báo cáo như sau.",
       false, false}};
  d.body.push_back(p);
  doc::Table t;
  t.id = "t";
  t.column_widths_mm = {15, 100, 50};
  doc::Row h;
  for (const char* s : {"STT", "Đơn vị", "Tỷ lệ"})
    h.cells.push_back({{{s, true, false}}, {}, doc::ValueKind::text, doc::Align::center, 1, 1});
  t.header_rows.push_back(h);
  for (int i = 1; i <= rows; ++i) {
    doc::Row r;
    r.cells.push_back(
        {{{std::to_string(i), false, false}}, {}, doc::ValueKind::text, doc::Align::center, 1, 1});
    r.cells.push_back(
        {{{"Xã số " + std::to_string(i), false, false}}, {}, doc::ValueKind::text, doc::Align::left, 1, 1});
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
  for (const auto& t : out.pages[0].texts)
    EXPECT_GE(t.y, mm_to_pt(20)) << "ink in page 1's top margin: " << t.text;
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
  p.spans = {{std::string(40, 'x') + " " +
                  "Độc lập - Tự do - Hạnh phúc là tiêu ngữ của nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                  "được ghi dưới Quốc hiệu trên mọi văn bản hành chính.",
              false, false}};
  auto lines = break_lines(p.spans, font_set(), 14, 400, 36);
  ASSERT_GE(lines.size(), 2u);
  std::vector<TextRun> runs;
  place_line(lines[0], doc::Align::justify, false, 0, 0, 364, 14, runs);
  const TextRun& last = runs.back();
  EXPECT_NEAR(last.x + font_set().width(last.style, 14, last.text), 364, 0.01);
}

TEST(Layout, MissingGlyphIsAnErrorNamingTheCharacter) {
  doc::Document d = sample(1);
  d.body.push_back(
      doc::Paragraph{{{"Chữ Hán 漢 không có trong phông", false, false}}, doc::Align::justify, true});
  try {
    layout_document(d, font_set());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::font);
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("'漢' (U+6F22)"), std::string::npos) << m;
  }
}

const TextRun* find_run(const Page& p, const std::string& text) {
  for (const auto& t : p.texts)
    if (t.text == text) return &t;
  return nullptr;
}

std::size_t page_of(const PagedDocument& d, const std::string& text) {
  for (std::size_t i = 0; i < d.pages.size(); ++i)
    if (find_run(d.pages[i], text)) return i;
  return d.pages.size();
}

// A body of `filler` paragraphs, then a heading and a last paragraph whose
// last line ends "xem xét.": every page-break position before the closing.
doc::Document closing_case(int filler) {
  doc::Document d = sample(0);
  d.body.clear();
  for (int i = 0; i < filler; ++i)
    d.body.push_back(
        doc::Paragraph{{{"Các đơn vị tiếp tục rà soát, cập nhật số liệu về gia đình học tập, dòng họ "
                         "học tập và cộng đồng học tập, bảo đảm chính xác, kịp thời.",
                         false, false}},
                       doc::Align::justify,
                       true});
  d.body.push_back(doc::Heading{1, "IV.", {{"KIẾN NGHỊ", false, false}}});
  d.body.push_back(
      doc::Paragraph{{{"Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí cho hoạt động của các "
                       "trung tâm học tập cộng đồng, chỉ đạo các sở, ngành phối hợp thực hiện. Sở Giáo "
                       "dục và Đào tạo kính trình Ủy ban nhân dân tỉnh xem xét.",
                       false, false}},
                     doc::Align::justify,
                     true});
  return d;
}

TEST(Layout, ClosingNeverSitsAloneAndNoHeadingEndsAPage) {
  for (int filler = 0; filler < 24; ++filler) {
    PagedDocument out = layout_document(closing_case(filler), font_set());
    std::size_t sig = page_of(out, "Nguyễn Văn An");
    ASSERT_LT(sig, out.pages.size());
    bool last_line_with_it = false;
    for (const auto& t : out.pages[sig].texts)
      if (t.text.find("xem xét.") != std::string::npos) last_line_with_it = true;
    EXPECT_TRUE(last_line_with_it) << filler << " paragraphs: the closing is alone on page " << sig + 1;
    EXPECT_EQ(page_of(out, "Nơi nhận:"), sig) << "Nơi nhận and the signature share a page";
    for (std::size_t i = 0; i + 1 < out.pages.size(); ++i) {
      const TextRun* lowest = nullptr;
      for (const auto& t : out.pages[i].texts)
        if (!lowest || t.y > lowest->y) lowest = &t;
      ASSERT_NE(lowest, nullptr);
      EXPECT_NE(lowest->text, "IV. KIẾN NGHỊ") << filler << " paragraphs: heading ends page " << i + 1;
    }
  }
}

TEST(Layout, ClosingTakesTheLastTableRowsAlong) {
  for (int rows = 20; rows < 70; ++rows) {
    doc::Document d = sample(rows);  // a paragraph, then the table ends the body
    PagedDocument out = layout_document(d, font_set());
    std::size_t sig = page_of(out, "Nguyễn Văn An");
    ASSERT_LT(sig, out.pages.size());
    EXPECT_NE(find_run(out.pages[sig], "Xã số " + std::to_string(rows)), nullptr)
        << rows << " rows: the closing is alone on page " << sig + 1;
    EXPECT_NE(find_run(out.pages[sig], "Đơn vị"), nullptr) << "the carried rows keep their header";
    for (int i = 1; i <= rows; ++i)
      ASSERT_NE(page_of(out, "Xã số " + std::to_string(i)), out.pages.size()) << "row " << i << " lost";
  }
}

TEST(Layout, NoiNhanLevelWithTheAuthorityLineAndRoomToSign) {
  PagedDocument out = layout_document(sample(1), font_set());
  const Page& p = out.pages[page_of(out, "Nơi nhận:")];
  const TextRun* noi_nhan = find_run(p, "Nơi nhận:");
  const TextRun* authority = find_run(p, "KT. GIÁM ĐỐC");
  const TextRun* position = find_run(p, "PHÓ GIÁM ĐỐC");
  const TextRun* name = find_run(p, "Nguyễn Văn An");
  const TextRun* item = find_run(p, "- Lưu: VT.");
  ASSERT_TRUE(noi_nhan && authority && position && name && item);
  EXPECT_EQ(noi_nhan->style, fonts::Style::bold_italic);
  EXPECT_EQ(noi_nhan->size, 12);
  EXPECT_EQ(item->size, 11);
  EXPECT_EQ(item->style, fonts::Style::regular);
  EXPECT_NEAR(noi_nhan->x, mm_to_pt(30), 0.01) << "flush left";
  auto top = [](const TextRun* t) { return t->y - t->size * font_set().face(t->style).ascender(); };
  EXPECT_NEAR(top(noi_nhan), top(authority), 1.0) << "level with the authority line";
  EXPECT_EQ(authority->style, fonts::Style::bold);
  EXPECT_GT(authority->x, p.width / 2 - mm_to_pt(15)) << "signature block in the right half";
  EXPECT_GE(name->y - position->y, mm_to_pt(25)) << "room for the signature and the seal";
  EXPECT_EQ(name->style, fonts::Style::bold);
}

// Body lines of page 1 from the first filler paragraph on: baseline and
// left edge of each, top to bottom.
std::vector<std::pair<double, double>> body_lines(const Page& p) {
  double first = 1e9;
  for (const auto& t : p.texts)
    if (t.text.rfind("Các", 0) == 0) first = std::min(first, t.y);
  std::map<double, double> lines;  // baseline -> leftmost x
  for (const auto& t : p.texts)
    if (t.y >= first - 0.01 && t.size == 14 && t.style == fonts::Style::regular) {
      auto [it, fresh] = lines.emplace(t.y, t.x);
      if (!fresh) it->second = std::min(it->second, t.x);
    }
  return {lines.begin(), lines.end()};
}

TEST(Layout, BodyFollowsTheDocumentStyleWithinNd30) {
  doc::Document d = closing_case(2);
  d.style.line_spacing = 1.5;
  d.style.first_indent_mm = 10;
  d.style.paragraph_gap = 8;
  auto lines = body_lines(layout_document(d, font_set()).pages[0]);
  ASSERT_GE(lines.size(), 4u);
  // Each filler paragraph is two lines: lines 0-1, then 2-3.
  EXPECT_NEAR(lines[0].second, mm_to_pt(30) + mm_to_pt(10), 0.01) << "first-line indent";
  EXPECT_NEAR(lines[1].second, mm_to_pt(30), 0.01);
  EXPECT_NEAR(lines[2].second, mm_to_pt(30) + mm_to_pt(10), 0.01);
  EXPECT_NEAR(lines[1].first - lines[0].first, 14 * 1.5, 0.01) << "line spacing from the style";
  EXPECT_NEAR(lines[2].first - lines[1].first, 14 * 1.5 + 8, 0.01) << "paragraph gap from the style";

  d.style.line_spacing = 2.0;    // outside ND30: held to 1.5
  d.style.paragraph_gap = 2;     // held to 6
  d.style.first_indent_mm = 20;  // held to 12.7
  lines = body_lines(layout_document(d, font_set()).pages[0]);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_NEAR(lines[0].second, mm_to_pt(30) + mm_to_pt(12.7), 0.01);
  EXPECT_NEAR(lines[1].first - lines[0].first, 14 * 1.5, 0.01);
  EXPECT_NEAR(lines[2].first - lines[1].first, 14 * 1.5 + 6, 0.01);
}

doc::Chart chart_of(int units) {
  doc::Chart c;
  c.caption = {{"Biểu đồ 1. Tỷ lệ gia đình học tập", false, false}};
  c.target = 70;
  for (int i = 0; i < units; ++i) {
    c.categories.push_back("Xã số " + std::to_string(i + 1));
    c.values.push_back(i == 2 ? std::optional<double>{} : std::optional<double>{i % 2 ? 50.0 : 100.0});
  }
  return c;
}

TEST(Layout, ChartHasFilledBarsTargetLineAxisAndVietnameseLegend) {
  doc::Document d = sample(0);
  d.body = {chart_of(6)};
  PagedDocument out = layout_document(d, font_set());
  const Page& p = out.pages[0];
  std::vector<Box> bars;
  for (const Box& b : p.boxes)
    if (b.w > 20) bars.push_back(b);  // legend keys are small squares
  ASSERT_EQ(bars.size(), 5u) << "one bar per unit with data";
  EXPECT_NEAR(bars[0].w, 2 * bars[1].w, 0.01) << "100% is twice 50%";
  EXPECT_NE(bars[0].fill, bars[1].fill) << "bars below the target look different";
  EXPECT_NEAR(bars[0].x, bars[1].x, 0.01) << "bars start on the axis";
  bool target = false;
  for (const Rule& r : p.rules)
    if (r.x1 == r.x2 && r.color.r > 0.5 && r.color.g < 0.2) {
      target = true;
      EXPECT_NEAR(r.x1 - bars[0].x, bars[0].w * 0.7, 0.01) << "target line at 70%";
    }
  EXPECT_TRUE(target);
  for (const char* s : {"Xã số 1", "Xã số 6", "100,0%", "50,0%", "không có số liệu", "Tỷ lệ (%)",
                        "Tỷ lệ đạt chỉ tiêu", "Tỷ lệ chưa đạt", "Chỉ tiêu: 70,0%", "0", "50", "100"})
    EXPECT_NE(find_run(p, s), nullptr) << s;
  for (const Box& b : p.boxes) {
    EXPECT_GE(b.x, mm_to_pt(30) - 0.01);
    EXPECT_LE(b.x + b.w, p.width - mm_to_pt(15) + 0.01);
  }
}

TEST(Layout, TallChartContinuesWithAxisAndLegendOnEachPage) {
  doc::Document d = sample(0);
  d.body = {chart_of(90)};
  PagedDocument out = layout_document(d, font_set());
  std::size_t pages_with_bars = 0;
  for (const Page& p : out.pages) {
    if (p.boxes.empty()) continue;
    ++pages_with_bars;
    EXPECT_NE(find_run(p, "Chỉ tiêu: 70,0%"), nullptr);
    EXPECT_NE(find_run(p, "Tỷ lệ (%)"), nullptr);
    for (const Box& b : p.boxes) EXPECT_LE(b.y + b.h, p.height - mm_to_pt(20) + 0.01);
  }
  EXPECT_GE(pages_with_bars, 2u);
  EXPECT_NE(page_of(out, "Xã số 90"), out.pages.size());
}

}  // namespace
}  // namespace baocao::layout

namespace baocao::layout {
namespace {

// a công văn has no tên loại; its trích yếu ("V/v ...") sits under the
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

// "Kính gửi:" with its recipients, one "- …;" line each aligned after the
// label; a list longer than a page goes on over the next, none lost.
TEST(Layout, KinhGuiListAlignsAfterItsLabelAndCrossesPages) {
  for (int n : {3, 80}) {
    doc::Document d = sample(0);
    d.body.clear();
    doc::List l;
    l.label = "Kính gửi:";
    for (int i = 1; i <= n; ++i)
      l.items.push_back({{"Ủy ban nhân dân xã Số " + std::to_string(i) + (i < n ? ";" : "."), false, false}});
    d.body.push_back(l);
    PagedDocument out = layout_document(d, font_set());
    double label_right = -1, item_x = -1;
    int items = 0;
    for (const auto& p : out.pages)
      for (const auto& t : p.texts) {
        if (t.text == "Kính gửi:") {
          EXPECT_EQ(&p, &out.pages.front()) << "the label opens the list on page 1";
          label_right = t.x + font_set().width(t.style, t.size, "Kính gửi: ");
        }
        if (t.text.rfind("- Ủy ban nhân dân xã Số ", 0) == 0) {
          ++items;
          if (item_x < 0) item_x = t.x;
          EXPECT_NEAR(t.x, item_x, 0.01) << t.text << ": every item aligned";
        }
      }
    EXPECT_EQ(items, n);
    EXPECT_NEAR(item_x, label_right, 0.01) << "items start after 'Kính gửi: '";
  }
}

}  // namespace
}  // namespace baocao::layout
