// Tables as layout sets them: where they break across pages (checked from
// the table parts each page records), rows taller than a page, column
// widths from the content, appendix titles.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "engine/layout/layout.hpp"
#include "engine/layout/line_breaker.hpp"
#include "engine/document/column_widths.hpp"
#include "tests/support/process.hpp"

namespace baocao::layout {
namespace {

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

doc::Cell cell(const std::string& s, doc::Align a = doc::Align::left, bool bold = false) {
  doc::Cell c;
  c.content = {{s, bold, false}};
  c.align = a;
  return c;
}

doc::Document base() {
  doc::Document d;
  d.header = {"UBND TỈNH NINH BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 05/BC-SGDĐT", "Ninh Bình", {2025, 12, 12},
              "BÁO CÁO",           {"Kết quả xây dựng xã hội học tập năm 2025"}};
  d.recipients.items = {"- Như trên;", "- Lưu: VT."};
  d.signature = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn An"};
  return d;
}

doc::Paragraph filler(int i) {
  return doc::Paragraph{{{"Đoạn " + std::to_string(i) + ": các đơn vị tiếp tục rà soát, cập nhật số liệu về gia "
                          "đình học tập, dòng họ học tập và cộng đồng học tập, bảo đảm chính xác, kịp thời.",
                          false, false}},
                        doc::Align::justify,
                        true};
}

// A table of `rows` units with a caption, a two-row header and a total row.
doc::Table unit_table(int rows, bool total = true) {
  doc::Table t;
  t.id = "bang";
  t.caption = {{"Bảng 1. Kết quả theo đơn vị", true, false}};
  doc::Row h1, h2;
  h1.cells = {cell("STT", doc::Align::center, true), cell("Đơn vị", doc::Align::center, true),
              cell("Gia đình học tập", doc::Align::center, true)};
  h1.cells[0].row_span = h1.cells[1].row_span = 2;
  h1.cells[2].col_span = 3;
  h2.cells = {cell("Đạt", doc::Align::center, true), cell("Tổng", doc::Align::center, true),
              cell("Tỷ lệ", doc::Align::center, true)};
  t.header_rows = {h1, h2};
  for (int i = 1; i <= rows; ++i)
    t.body_rows.push_back({{cell(std::to_string(i), doc::Align::center), cell("Xã số " + std::to_string(i)),
                            cell("1.234", doc::Align::right), cell("2.345", doc::Align::right),
                            cell("52,6%", doc::Align::right)}});
  if (total) {
    doc::Cell label = cell("Tổng cộng", doc::Align::center, true);
    label.col_span = 2;
    t.footer_rows.push_back({{label, cell("99.999", doc::Align::right), cell("199.999", doc::Align::right),
                              cell("50,0%", doc::Align::right)}});
  }
  return t;
}

// The pagination rules, checked on what layout recorded: the faults found.
std::vector<std::string> pagination_faults(const PagedDocument& out) {
  std::vector<std::string> faults;
  for (std::size_t i = 0; i < out.pages.size(); ++i)
    for (const TablePart& p : out.pages[i].table_parts) {
      std::string where = "page " + std::to_string(i + 1) + ": ";
      if (p.starts && p.ends) continue;
      if (p.split_row) continue;
      if (p.starts && p.rows < std::min<std::size_t>(3, p.body_rows))
        faults.push_back(where + "caption and header with " + std::to_string(p.rows) + " rows");
      if (p.ends && p.rows < std::min<std::size_t>(2, p.body_rows))
        faults.push_back(where + std::to_string(p.rows) + " rows with the total");
      if (!p.starts && !p.header) faults.push_back(where + "no header");
      if (p.body_rows < 5) faults.push_back(where + "a table of " + std::to_string(p.body_rows) + " rows broken");
    }
  return faults;
}

std::size_t count_runs(const PagedDocument& out, const std::string& text) {
  std::size_t n = 0;
  for (const Page& p : out.pages)
    for (const TextRun& t : p.texts) n += t.text == text ? 1 : 0;
  return n;
}

// Every page break a table can meet: 0-40 paragraphs before it, tables of
// 1-40 rows, with and without the closing after them and a total row.
TEST(TablePagination, NoPartKeepsTooFewRowsAtEitherEnd) {
  int broken = 0;
  for (int rows : {1, 2, 3, 4, 5, 6, 7, 9, 12, 25, 40})
    for (int before = 0; before < 40; before += 1)
      for (bool closing : {false, true})
        for (bool total : {false, true}) {
          doc::Document d = base();
          for (int i = 0; i < before; ++i) d.body.push_back(filler(i));
          d.body.push_back(unit_table(rows, total));
          if (!closing) d.body.push_back(filler(99));
          PagedDocument out = layout_document(d, font_set());
          std::string what = std::to_string(rows) + " rows after " + std::to_string(before) +
                             " paragraphs" + (closing ? ", closing after" : "") + (total ? ", total" : "");
          EXPECT_EQ(pagination_faults(out), std::vector<std::string>{}) << what;
          for (int r = 1; r <= rows; ++r)
            ASSERT_EQ(count_runs(out, "Xã số " + std::to_string(r)), 1u) << what << ": row " << r;
          EXPECT_EQ(count_runs(out, "Tổng cộng"), total ? 1u : 0u) << what;
          std::size_t parts = 0;
          for (const Page& p : out.pages) parts += p.table_parts.size();
          broken += parts > 1 ? 1 : 0;
          if (closing) {  // the closing never sits alone: rows of the table share its page
            std::size_t sig = 0;
            for (std::size_t i = 0; i < out.pages.size(); ++i)
              for (const TextRun& t : out.pages[i].texts)
                if (t.text == "Nguyễn Văn An") sig = i;
            EXPECT_FALSE(out.pages[sig].table_parts.empty()) << what << ": the closing alone on its page";
          }
        }
  EXPECT_GT(broken, 100) << "the cases must include tables that break";
}

// The page (0-based) each run of `text` is on.
std::vector<std::size_t> pages_of(const PagedDocument& out, const std::string& text) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < out.pages.size(); ++i)
    for (const TextRun& t : out.pages[i].texts)
      if (t.text == text) at.push_back(i);
  return at;
}

// The same rules read from the text the pages print rather than from the
// parts layout records: the caption's page holds the first 3 rows (or all
// of a shorter table), the total's page at least 2 rows, and every page a
// row is on holds the header.
std::vector<std::string> printed_faults(const PagedDocument& out, int rows, bool total) {
  std::vector<std::string> faults;
  auto page_of_row = [&](int r) {
    auto at = pages_of(out, "Xã số " + std::to_string(r));
    return at.size() == 1 ? at[0] : std::size_t(-1);
  };
  auto caption = pages_of(out, "Bảng 1. Kết quả theo đơn vị");
  if (caption.size() != 1) return {"caption printed " + std::to_string(caption.size()) + " times"};
  for (int r = 1; r <= std::min(rows, 3); ++r)
    if (page_of_row(r) != caption[0]) faults.push_back("row " + std::to_string(r) + " not on the caption's page");
  if (total && rows > 0) {
    auto t = pages_of(out, "Tổng cộng");
    int with = 0;
    for (int r = 1; r <= rows; ++r) with += t.size() == 1 && page_of_row(r) == t[0] ? 1 : 0;
    if (with < std::min(rows, 2)) faults.push_back("the total with " + std::to_string(with) + " rows");
  }
  if (rows > 0) {
    auto last = pages_of(out, "Xã số " + std::to_string(rows));
    auto headers = pages_of(out, "Gia đình học tập");
    for (std::size_t p = caption[0]; !last.empty() && p <= last[0]; ++p)
      if (std::count(headers.begin(), headers.end(), p) != 1) faults.push_back("page " + std::to_string(p + 1) + " without its header");
  }
  return faults;
}

// Every line of a page the caption can start on: 0-40 one-line paragraphs
// before the table (a portrait page holds about 30), with one, two or three
// lines more in a paragraph of varying length so the start moves by less
// than a row; tables of 1-40 rows, with and without a total and the closing.
TEST(TablePagination, EveryStartLineOfAPage) {
  int broken = 0, moved = 0;
  for (int rows : {1, 2, 3, 4, 5, 6, 8, 12, 30})
    for (int before = 0; before <= 40; ++before)
      for (int extra : {0, 1})
        for (bool total : {false, true})
          for (bool closing : {false, true}) {
            doc::Document d = base();
            for (int i = 0; i < before; ++i)
              d.body.push_back(doc::Paragraph{{{"Đoạn " + std::to_string(i) + ".", false, false}}, doc::Align::left, true});
            if (extra) d.body.push_back(filler(0));
            d.body.push_back(unit_table(rows, total));
            if (!closing) d.body.push_back(filler(99));
            PagedDocument out = layout_document(d, font_set());
            const std::string what = std::to_string(rows) + " rows after " + std::to_string(before) + " lines" +
                                     (extra ? " and a paragraph" : "") + (total ? ", total" : "") +
                                     (closing ? ", closing after" : "");
            EXPECT_EQ(pagination_faults(out), std::vector<std::string>{}) << what;
            EXPECT_EQ(printed_faults(out, rows, total), std::vector<std::string>{}) << what;
            std::size_t parts = 0;
            for (const Page& p : out.pages) parts += p.table_parts.size();
            broken += parts > 1 ? 1 : 0;
            // The table went to the next page although the page before had
            // room for its caption, header and a row.
            auto caption = pages_of(out, "Bảng 1. Kết quả theo đơn vị");
            auto last_para = pages_of(out, "Đoạn " + std::to_string(before - 1) + ".");
            moved += before > 0 && !caption.empty() && !last_para.empty() && caption[0] > last_para[0] ? 1 : 0;
            if (::testing::Test::HasFailure()) return;
          }
  EXPECT_GT(broken, 50) << "the cases must include tables that break";
  EXPECT_GT(moved, 50) << "the cases must include tables moved to the next page";
}

// The header repeats, and the caption prints once, above the first part.
TEST(TablePagination, HeaderRepeatsCaptionOnce) {
  doc::Document d = base();
  d.body.push_back(unit_table(120));
  PagedDocument out = layout_document(d, font_set());
  ASSERT_GE(out.pages.size(), 3u);
  EXPECT_EQ(count_runs(out, "Bảng 1. Kết quả theo đơn vị"), 1u);
  for (const Page& p : out.pages)
    for (const TablePart& part : p.table_parts) {
      EXPECT_TRUE(part.header);
      std::size_t headers = 0;
      for (const TextRun& t : p.texts) headers += t.text == "Gia đình học tập" ? 1 : 0;
      EXPECT_EQ(headers, 1u);
    }
}

std::vector<std::string> words_of(const PagedDocument& out, std::size_t first_page = 0) {
  std::vector<std::string> words;
  for (std::size_t i = first_page; i < out.pages.size(); ++i)
    for (const TextRun& t : out.pages[i].texts) {
      std::istringstream in(t.text);
      for (std::string w; in >> w;) words.push_back(w);
    }
  return words;
}

// A cell of 1,000 words (about three pages) in the middle of a table: it
// continues on the following pages under the repeated header, nothing is
// lost and nothing runs past the bottom margin.
TEST(TablePagination, CellTallerThanAPageContinuesOnTheNextPages) {
  doc::Document d = base();
  doc::Table t = unit_table(6);
  std::string text;
  for (int i = 1; i <= 1000; ++i) text += (i > 1 ? " " : "") + std::string("chữ") + std::to_string(i);
  t.body_rows[2].cells[1] = cell(text);
  d.body.push_back(t);
  PagedDocument out = layout_document(d, font_set());
  ASSERT_GE(out.pages.size(), 4u);
  std::vector<std::string> words;
  for (const std::string& w : words_of(out))
    if (w.rfind("chữ", 0) == 0) words.push_back(w);
  ASSERT_EQ(words.size(), 1000u);
  for (int i = 1; i <= 1000; ++i) ASSERT_EQ(words[static_cast<std::size_t>(i - 1)], "chữ" + std::to_string(i));
  std::size_t split = 0;
  for (const Page& p : out.pages) {
    for (const TextRun& t : p.texts) EXPECT_LE(t.y, p.height - mm_to_pt(20) + 0.01) << t.text;
    for (const TablePart& part : p.table_parts) {
      EXPECT_TRUE(part.header);
      split += part.split_row ? 1 : 0;
    }
  }
  EXPECT_GE(split, 3u);
  for (int r = 1; r <= 6; ++r) EXPECT_EQ(count_runs(out, "Xã số " + std::to_string(r)), r == 3 ? 0u : 1u);
  EXPECT_EQ(count_runs(out, "Tổng cộng"), 1u);
}

// A tall first row wherever the table starts: never a caption and header
// alone at a page bottom, every word printed once.
TEST(TablePagination, TallFirstRowAtEveryPagePosition) {
  std::string text;
  for (int i = 1; i <= 400; ++i) text += (i > 1 ? " " : "") + std::string("chữ") + std::to_string(i);
  for (int before = 0; before < 40; ++before) {
    doc::Document d = base();
    for (int i = 0; i < before; ++i) d.body.push_back(filler(i));
    doc::Table t = unit_table(3);
    t.body_rows[0].cells[1] = cell(text);
    d.body.push_back(t);
    PagedDocument out = layout_document(d, font_set());
    std::size_t words = 0;
    for (const std::string& w : words_of(out)) words += w.rfind("chữ", 0) == 0 ? 1 : 0;
    EXPECT_EQ(words, 400u) << before << " paragraphs before";
    for (std::size_t i = 0; i < out.pages.size(); ++i)
      for (const TablePart& p : out.pages[i].table_parts)
        EXPECT_GE(p.rows, 1u) << before << " paragraphs before: page " << i + 1 << " holds no row";
  }
}

// A name column and number columns on a landscape appendix page: names
// stay on one line while the number columns have room, and the numbers'
// columns are never narrower than their widest number.
TEST(TableWidths, NamesOnOneLineWhileNumberColumnsHaveRoom) {
  doc::Document d = base();
  doc::Table t = unit_table(0, false);
  t.column_widths_mm = {10, 26, 70, 70, 70};  // old-style hints: a narrow name column
  t.column_widths_mm = {};                    // from the content
  for (const char* name : {"Phường Lý Thường Kiệt", "Phường Đông Hoa Lư", "Xã Yên Khánh"})
    t.body_rows.push_back({{cell("1", doc::Align::center), cell(name), cell("244.132", doc::Align::right),
                            cell("334.366", doc::Align::right), cell("73,0%", doc::Align::right)}});
  d.appendices.push_back({{"Phụ lục I"}, true, {t}});
  PagedDocument out = layout_document(d, font_set());
  for (const char* name : {"Phường Lý Thường Kiệt", "Phường Đông Hoa Lư", "Xã Yên Khánh"})
    EXPECT_EQ(count_runs(out, name), 1u) << name << " wraps";
}

TEST(TableWidths, ContentMinimumAndGrowthOrder) {
  // Columns: STT (fixed 20 pt), name (auto), two numbers (auto).
  std::vector<doc::CellNeed> cells = {
      {0, 1, true, 20, 20, 20, 20},  {1, 1, true, 40, 40, 40, 40},  {2, 1, true, 30, 30, 30, 30},
      {3, 1, true, 30, 30, 30, 30},  {1, 1, false, 60, 200, 0, 0}, {2, 1, false, 45, 45, 0, 0},
      {3, 1, false, 45, 45, 0, 0},
  };
  // Room for all: names on one line, then the rest shared.
  auto w = doc::resolve_column_widths(4, {20}, cells, 400);
  EXPECT_DOUBLE_EQ(w[0], 20);
  EXPECT_GE(w[1], 200);
  EXPECT_GE(w[2], 45);
  EXPECT_NEAR(w[0] + w[1] + w[2] + w[3], 400, 1e-6);
  // Less room: the numbers keep their width, the name column takes the cut.
  w = doc::resolve_column_widths(4, {20}, cells, 200);
  EXPECT_DOUBLE_EQ(w[2], 45);
  EXPECT_DOUBLE_EQ(w[3], 45);
  EXPECT_NEAR(w[1], 90, 1e-6);
  // A given width narrower than the widest number grows to it.
  w = doc::resolve_column_widths(4, {20, 0, 10}, cells, 400);
  EXPECT_DOUBLE_EQ(w[2], 45);
  // A header spanning two columns shares its need between them.
  cells.push_back({2, 2, true, 150, 150, 150, 150});
  w = doc::resolve_column_widths(4, {20}, cells, 1000);
  EXPECT_GE(w[2] + w[3], 150);
}

TEST(LineBreaker, SignsAndShortParentheticalsStayWithTheirWords) {
  auto lines = break_lines({{"Tăng, giảm so với năm 2024 (điểm %)", true, false}}, font_set(), 12, 60);
  bool whole = false;
  for (const Line& l : lines) {
    std::string s;
    for (const Word& w : l.words) {
      if (!s.empty()) s += ' ';
      for (const Piece& p : w.pieces) s += p.text;
    }
    EXPECT_NE(s, "%)");
    whole = whole || s.find("(điểm %)") != std::string::npos;
  }
  EXPECT_TRUE(whole);
}

std::vector<std::string> texts_of(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) {
    std::string s;
    for (const Word& w : l.words) {
      if (!s.empty()) s += ' ';
      for (const Piece& p : w.pieces) s += p.text;
    }
    out.push_back(s);
  }
  return out;
}

// A header cell at every width from its longest word to one line: as many
// lines as greedy filling, none wider than the column, no word lost, the
// parenthesised unit whole, and broken between phrases wherever the width
// lets the phrases stand on their own lines.
TEST(LineBreaker, HeaderCellsBreakBetweenPhrases) {
  const doc::Spans header{{"Tăng, giảm so với năm 2024 (điểm %)", true, false}};
  const auto words = split_words(header, font_set(), 12);
  const ContentWidth cw = content_width(words);
  const double phrase = font_set().width(fonts::Style::bold, 12, "so với năm 2024");
  int phrased = 0;
  for (double w = cw.min; w <= cw.max + 1; w += 1) {
    const auto greedy = texts_of(fill_lines(words, w));
    const auto lines = texts_of(fill_lines_balanced(words, w));
    const std::string what = "at " + std::to_string(w) + " pt";
    ASSERT_EQ(lines.size(), greedy.size()) << what;
    std::string joined;
    for (const std::string& l : lines) {
      joined += (joined.empty() ? "" : " ") + l;
      if (l.find(' ') != std::string::npos) EXPECT_LE(font_set().width(fonts::Style::bold, 12, l), w + 1e-6) << what;
      EXPECT_NE(l, "%)") << what;
    }
    EXPECT_EQ(joined, "Tăng, giảm so với năm 2024 (điểm %)") << what;
    if (lines.size() == 3 && phrase <= w) {
      EXPECT_EQ(lines, (std::vector<std::string>{"Tăng, giảm", "so với năm 2024", "(điểm %)"})) << what;
      ++phrased;
    }
  }
  EXPECT_GT(phrased, 0) << "the widths must include the three phrases on their own lines";
}

// Bảng 1 of a commune's report on a portrait page: the change column's
// header takes the little more width that sets it in whole phrases.
TEST(TableWidths, HeaderLinesHoldWholePhrases) {
  doc::Document d = base();
  doc::Table t;
  t.id = "bang-1";
  doc::Row h;
  for (const char* s : {"STT", "Mô hình, chỉ số", "Số đạt", "Tổng số", "Tỷ lệ", "Chỉ tiêu",
                        "Tăng, giảm so với năm 2024 (điểm %)", "Đánh giá"})
    h.cells.push_back(cell(s, doc::Align::center, true));
  t.header_rows = {h};
  const char* names[] = {"Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập",
                         "Công dân học tập", "Công dân học tập trong đơn vị học tập"};
  for (int i = 0; i < 6; ++i)
    t.body_rows.push_back({{cell(std::to_string(i + 1), doc::Align::center), cell(names[i]),
                            cell("6.026", doc::Align::right), cell("7.069", doc::Align::right),
                            cell("85,2%", doc::Align::right), cell("70%", doc::Align::right),
                            cell("+4,6", doc::Align::center), cell("Chưa đạt", doc::Align::center)}});
  d.body.push_back(t);
  PagedDocument out = layout_document(d, font_set());
  for (const char* line : {"Tăng, giảm", "so với năm 2024", "(điểm %)"}) EXPECT_EQ(count_runs(out, line), 1u) << line;
  for (const char* s : {"6.026", "85,2%", "Chưa đạt", "Gia đình học tập"}) EXPECT_EQ(count_runs(out, s), 6u - (s[0] == 'G' ? 5u : 0u)) << s;
}

// A title line that wraps is set in lines of even length: no word or two
// left alone on the last line ("Lý)").
TEST(AppendixTitle, WrappedLinesAreBalanced) {
  doc::Document d = base();
  const std::string aside_text =
      "(Kèm theo Báo cáo số 87/BC-UBND ngày 12/12/2025 của Ủy ban nhân dân Phường Lý Thường Kiệt, tỉnh Ninh "
      "Bình)";
  d.appendices.push_back(
      {{"Phụ lục", "KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024 - 2025 CỦA PHƯỜNG LÝ THƯỜNG KIỆT", aside_text},
       false,
       {unit_table(3)}});
  PagedDocument out = layout_document(d, font_set());
  const Page& p = out.pages.back();
  for (fonts::Style style : {fonts::Style::italic, fonts::Style::bold}) {
    std::vector<double> widths;
    std::string joined;
    for (const TextRun& t : p.texts)
      if (t.style == style && t.size == 14 && t.text != "Phụ lục" && t.text.rfind("Bảng", 0) != 0) {
        widths.push_back(font_set().width(style, t.size, t.text));
        joined += (joined.empty() ? "" : " ") + t.text;
      }
    ASSERT_GE(widths.size(), 2u) << joined;
    auto [lo, hi] = std::minmax_element(widths.begin(), widths.end());
    EXPECT_GT(*lo, 0.75 * *hi) << joined;
    if (style == fonts::Style::italic) {
      EXPECT_EQ(joined, aside_text);
    }
  }
}

}  // namespace
}  // namespace baocao::layout
