// The XLSX reader on workbooks written by LibreOffice (committed fixtures, see
// fixtures/make_fixtures.py) and by libxlsxwriter (made here), and on hostile
// files made by make_hostile.py: each refused for its own reason.
#include "data-adapters/xlsx/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <chrono>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao::xlsx {
namespace {

using test::TempDir;

std::string fixture(const std::string& name) {
  return (test::source_dir() / "tests/data-adapters/xlsx/fixtures" / name).string();
}

std::string text_at(const Workbook& b, const Sheet& s, const std::string& ref) {
  int col = column_number(ref.substr(0, ref.find_first_of("0123456789")));
  int row = std::stoi(ref.substr(ref.find_first_of("0123456789")));
  const Cell* c = s.at(row, col);
  return c ? b.display(*c) : std::string("<none>");
}

TEST(XlsxReader, CellReferences) {
  EXPECT_EQ(cell_ref(7, 4), "D7");
  EXPECT_EQ(cell_ref(10, 27), "AA10");
  EXPECT_EQ(column_number("XFD"), 16384);
  EXPECT_EQ(column_number("D7"), 0);
}

TEST(XlsxReader, ReadsWhatLibreOfficeWrites) {
  Workbook b = read_workbook(fixture("libreoffice-features.xlsx"));
  ASSERT_EQ(b.sheets.size(), 2u);
  const Sheet& s = b.sheets[0];
  EXPECT_EQ(s.name, "Biểu 1");
  EXPECT_FALSE(s.hidden);
  EXPECT_EQ(b.sheets[1].name, "Ẩn");
  EXPECT_TRUE(b.sheets[1].hidden);
  EXPECT_EQ(b.first_visible(), &b.sheets[0]);

  EXPECT_EQ(text_at(b, s, "A3"), "Mã đơn vị");
  EXPECT_EQ(text_at(b, s, "A4"), "Mã đơn vị") << "A3:A4 is merged";
  EXPECT_EQ(text_at(b, s, "C3"), "Gia đình học tập") << "B3:C3 is merged";
  EXPECT_EQ(s.own(3, 3), nullptr);
  EXPECT_EQ(text_at(b, s, "C4"), "Tổng số");

  const Cell* num = s.at(5, 2);
  ASSERT_NE(num, nullptr);
  EXPECT_EQ(num->kind, CellKind::number);
  EXPECT_EQ(num->number, 812);
  EXPECT_EQ(s.at(5, 3)->number, 1204.5);
  EXPECT_EQ(text_at(b, s, "A5"), "13285") << "a code stored as text stays text";

  const Cell* date = s.at(5, 4);
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->kind, CellKind::date);
  EXPECT_EQ(text_at(b, s, "D5"), "2025-12-15");

  EXPECT_EQ(s.at(5, 5)->kind, CellKind::boolean);
  EXPECT_EQ(text_at(b, s, "E5"), "TRUE");
  EXPECT_EQ(text_at(b, s, "E6"), "FALSE");

  const Cell* formula = s.at(6, 3);
  ASSERT_NE(formula, nullptr);
  EXPECT_TRUE(formula->formula);
  EXPECT_EQ(formula->number, 1204) << "the cached result of =1000+204";
  EXPECT_EQ(text_at(b, s, "B6"), "12,5a");

  EXPECT_EQ(b.font_of(*s.at(7, 1)), ".VnTime");
  EXPECT_EQ(text_at(b, s, "A7"), "Hµ Néi") << "TCVN3 bytes as stored, decoded later by font";
  EXPECT_EQ(b.font_of(*s.at(7, 2)), "Times New Roman");
}

// libxlsxwriter: shared strings normally, inline strings in constant_memory.
void write_libxlsxwriter(const std::string& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  ASSERT_NE(wb, nullptr);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Biểu 1");
  lxw_worksheet* hidden = workbook_add_worksheet(wb, "Ẩn");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* vntime = workbook_add_format(wb);
  format_set_font_name(vntime, ".VnTime");
  worksheet_write_string(ws, 0, 0, "Mã đơn vị", nullptr);
  worksheet_write_string(ws, 0, 1, "Đạt", nullptr);
  worksheet_write_string(ws, 0, 2, "Ngày", nullptr);
  worksheet_write_string(ws, 1, 0, "13285", nullptr);
  worksheet_write_number(ws, 1, 1, 6026, nullptr);
  lxw_datetime dt = {2025, 12, 31, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 2, &dt, date);
  worksheet_write_boolean(ws, 1, 3, 1, nullptr);
  worksheet_write_formula_num(ws, 2, 1, "=B2*2", nullptr, 12052);
  worksheet_write_string(ws, 2, 0, "Hµ Néi", vntime);
  if (!constant_memory) worksheet_merge_range(ws, 3, 0, 3, 2, "Tổng cộng", nullptr);
  worksheet_write_string(hidden, 0, 0, "x", nullptr);
  worksheet_hide(hidden);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

TEST(XlsxReader, ReadsWhatLibxlsxwriterWrites) {
  for (bool constant_memory : {false, true}) {
    TempDir dir;
    std::string path = (dir / "w.xlsx").string();
    write_libxlsxwriter(path, constant_memory);
    Workbook b = read_workbook(path);
    SCOPED_TRACE(constant_memory ? "inline strings" : "shared strings");
    ASSERT_EQ(b.sheets.size(), 2u);
    EXPECT_TRUE(b.sheets[1].hidden);
    const Sheet& s = b.sheets[0];
    EXPECT_EQ(text_at(b, s, "A1"), "Mã đơn vị");
    EXPECT_EQ(text_at(b, s, "A2"), "13285");
    EXPECT_EQ(s.at(2, 2)->number, 6026);
    EXPECT_EQ(text_at(b, s, "C2"), "2025-12-31");
    EXPECT_EQ(text_at(b, s, "D2"), "TRUE");
    EXPECT_TRUE(s.at(3, 2)->formula);
    EXPECT_EQ(s.at(3, 2)->number, 12052);
    EXPECT_EQ(b.font_of(*s.at(3, 1)), ".VnTime");
    if (!constant_memory) {
      EXPECT_EQ(text_at(b, s, "C4"), "Tổng cộng");
    }
  }
}

class Hostile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    auto r =
        test::run("/usr/bin/python3 " +
                  test::sh_quote((test::source_dir() / "tests/data-adapters/xlsx/make_hostile.py").string()) +
                  " " + test::sh_quote(dir_->path().string()));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  // The English rendering of the refusal, which must name the file.
  static std::string refusal(const std::string& name, const Limits& limits = {}) {
    std::string path = (dir_->path() / name).string();
    try {
      read_workbook(path, limits);
    } catch (const Error& e) {
      EXPECT_EQ(e.family(), ErrorFamily::input);
      std::string en = e.render(Lang::en);
      EXPECT_NE(en.find(path), std::string::npos) << en;
      std::string vi = e.render(Lang::vi);
      EXPECT_FALSE(vi.empty());
      return en;
    }
    ADD_FAILURE() << name << " was accepted";
    return {};
  }
  static TempDir* dir_;
};
TempDir* Hostile::dir_ = nullptr;

TEST_F(Hostile, GoodControlFileIsRead) {
  Workbook b = read_workbook((dir_->path() / "good.xlsx").string());
  EXPECT_EQ(b.display(b.sheets.at(0).cells.at(0)), "Xin chào");
}

TEST_F(Hostile, SharedStringsOfOtherWriters) {
  Workbook b = read_workbook((dir_->path() / "shared-strings.xlsx").string());
  const Sheet& s = b.sheets.at(0);
  EXPECT_EQ(b.display(*s.at(1, 1)), "Gia đình") << "rich-text runs joined";
  EXPECT_EQ(b.display(*s.at(1, 2)), "Xã") << "the phonetic run is not text";
  EXPECT_EQ(b.display(*s.at(1, 3)), "Phồ") << "NFC";
}

TEST_F(Hostile, ZipBombRefusedQuickly) {
  auto start = std::chrono::steady_clock::now();
  EXPECT_NE(refusal("zip-bomb.xlsx").find("possibly a zip bomb"), std::string::npos);
  EXPECT_NE(refusal("zip-bomb-lying.xlsx").find("possibly a zip bomb"), std::string::npos);
  // Not a benchmark: only proves nothing near 1 GiB was inflated.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(Hostile, LyingBombStoppedByByteCountWhenRatioAllowsIt) {
  Limits l;
  l.max_ratio = 1'000'000;  // only the count of inflated bytes is left
  l.max_total_bytes = 8 << 20;
  EXPECT_NE(refusal("zip-bomb-lying.xlsx", l).find("exceeds the limit of 8388608 bytes"), std::string::npos);
}

TEST_F(Hostile, DtdAttacksRefused) {
  EXPECT_NE(refusal("billion-laughs.xlsx").find("declares a DTD"), std::string::npos);
  EXPECT_NE(refusal("external-entity.xlsx").find("declares a DTD"), std::string::npos);
}

TEST_F(Hostile, PathTraversalRefused) {
  EXPECT_NE(refusal("path-traversal.xlsx").find("'../../tmp/baocao-evil.txt' has a path outside"),
            std::string::npos);
}

TEST_F(Hostile, EntryAndCellLimits) {
  Limits few;
  few.max_entries = 10;
  EXPECT_NE(refusal("many-entries.xlsx", few).find("above the limit of 10"), std::string::npos);
  Limits one;
  one.max_cells = 0;
  EXPECT_NE(refusal("good.xlsx", one).find("more than 0 cells"), std::string::npos);
}

TEST_F(Hostile, BrokenFilesGetClearMessages) {
  EXPECT_NE(refusal("truncated.xlsx").find("damaged or truncated"), std::string::npos);
  EXPECT_NE(refusal("renamed-pdf.xlsx").find("PDF file renamed"), std::string::npos);
  EXPECT_NE(refusal("empty.xlsx").find("empty (0 bytes)"), std::string::npos);
  EXPECT_NE(refusal("text.xlsx").find("not a ZIP archive"), std::string::npos);
  EXPECT_NE(refusal("khong-co.xlsx").find("not found"), std::string::npos);
}

// a sheet claiming the whole grid is read as the two cells it
// holds; what walks rows x columns is bounded by Excel's grid, never more.
TEST_F(Hostile, WholeGridClaimIsBounded) {
  Workbook b = read_workbook((dir_->path() / "whole-grid.xlsx").string());
  const Sheet& s = b.sheets.at(0);
  EXPECT_EQ(s.cells.size(), 2u);
  EXPECT_EQ(s.max_row, 1048576);
  EXPECT_EQ(s.max_col, 16384);
  EXPECT_EQ(cell_ref(s.max_row, s.max_col), "XFD1048576");
  EXPECT_EQ(s.at(3, 3), nullptr) << "inside the merge, whose top-left cell is blank";
}

TEST_F(Hostile, CellsBeyondTheGridRefused) {
  EXPECT_NE(refusal("beyond-rows.xlsx").find("cell outside the sheet (row 2000000000, column 1)"),
            std::string::npos);
  EXPECT_NE(refusal("beyond-columns.xlsx").find("cell outside the sheet (row 1, column 16385)"),
            std::string::npos);
}

// a sheet claiming 10^7 columns (dimension, <col max>, row spans)
// is read as the cells it holds; a value at column 10,000,000 is refused,
// never moved into a column of the grid.
TEST_F(Hostile, TenMillionColumnsClaimIsBounded) {
  Workbook b = read_workbook((dir_->path() / "ten-million-columns.xlsx").string());
  const Sheet& s = b.sheets.at(0);
  EXPECT_EQ(s.cells.size(), 2u);
  EXPECT_EQ(s.max_col, 2);
  EXPECT_EQ(s.max_row, 1);
  EXPECT_NE(refusal("ten-million-columns-cell.xlsx").find("cell reference 'UVXWJ1' outside the sheet"),
            std::string::npos);
}

// 1e309, NaN and inf are kept as the text they are, so the form reader
// reports them as "not a number" at their cell like '12,5a'.
TEST_F(Hostile, OverflowNanAndInfinityAreNotNumbers) {
  Workbook b = read_workbook((dir_->path() / "odd-numbers.xlsx").string());
  const Sheet& s = b.sheets.at(0);
  ASSERT_EQ(s.cells.size(), 5u);
  const char* want[] = {"1e309", "NaN", "inf", "-1e309"};
  for (int c = 1; c <= 4; ++c) {
    ASSERT_NE(s.own(1, c), nullptr);
    EXPECT_EQ(s.own(1, c)->kind, CellKind::text) << c;
    EXPECT_EQ(b.display(*s.own(1, c)), want[c - 1]);
  }
  EXPECT_EQ(s.own(1, 5)->kind, CellKind::number);
  EXPECT_EQ(b.display(*s.own(1, 5)), "12.5");
}

// 100,000 merged ranges. Every cell of the 50,000 x 6 block is
// looked up (300,000 lookups; with a scan of every merge per lookup this
// test alone took hours): each finds its range's top-left cell.
TEST_F(Hostile, ManyMergesLookUpTheirTopLeftCell) {
  Workbook b = read_workbook((dir_->path() / "many-merges.xlsx").string());
  const Sheet& s = b.sheets.at(0);
  ASSERT_EQ(s.merged.size(), 100000u);
  for (int r = 1; r <= 50000; ++r) {
    for (int c = 1; c <= 2; ++c) {
      const Cell* cell = s.at(r, c);
      ASSERT_NE(cell, nullptr) << cell_ref(r, c);
      ASSERT_EQ(cell->number, r) << cell_ref(r, c);
    }
    for (int c = 3; c <= 5; ++c) {
      const Cell* cell = s.at(r, c);
      if (r % 2 == 0) {
        ASSERT_NE(cell, nullptr) << cell_ref(r, c);
        ASSERT_EQ(b.display(*cell), "c" + std::to_string(r)) << cell_ref(r, c);
      } else {
        ASSERT_EQ(cell, nullptr) << cell_ref(r, c) << ": the merge's top-left C" << r << " is blank";
      }
    }
    const Cell* f = s.at(r, 6);
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->number, r + 0.5) << "F is outside every merge";
  }
  ASSERT_NE(s.own(7, 4), nullptr) << "the value hidden under C7:E7 is still stored";
  EXPECT_EQ(s.at(7, 4), nullptr) << "but the merge shows its blank top-left cell";
  EXPECT_EQ(s.at(50001, 1), nullptr);
  EXPECT_EQ(s.at(0, 0), nullptr);
}

// The index against the plain scan it replaced, on overlapping ranges
// (which Excel never writes but a hand-made file may hold): the first range
// in file order that contains a cell wins, as before.
TEST(MergeIndex, AgreesWithAScanOnOverlappingRanges) {
  std::vector<Range> ranges;
  unsigned seed = 12345;
  auto next = [&seed](int n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 16) % static_cast<unsigned>(n));
  };
  for (int i = 0; i < 400; ++i) {
    int r = 1 + next(60), c = 1 + next(30);
    ranges.push_back({r, c, r + next(8), c + next(6)});
  }
  ranges.push_back({5, 5, 4, 9});                    // reversed rows: contains nothing
  ranges.push_back({2147483000, 1, 2147483647, 2});  // the largest row a ref can name
  MergeIndex index(ranges);
  for (int r = 0; r <= 70; ++r)
    for (int c = 0; c <= 40; ++c) {
      std::int64_t want = -1;
      for (std::size_t i = 0; i < ranges.size() && want < 0; ++i)
        if (ranges[i].contains(r, c)) want = static_cast<std::int64_t>(i);
      ASSERT_EQ(index.find(r, c), want) << cell_ref(r, c);
    }
  EXPECT_EQ(index.find(2147483647, 2), static_cast<std::int64_t>(ranges.size() - 1));
  EXPECT_EQ(index.find(2147483647, 3), -1);
  EXPECT_EQ(MergeIndex().find(1, 1), -1);
}

// A sheet whose merges change after reading still answers right.
TEST(MergeIndex, SheetChangedAfterIndexing) {
  Sheet s;
  s.cells.push_back({1, 1, CellKind::number, false, false, 0, 0, 42});
  s.index_merges();
  EXPECT_EQ(s.at(1, 2), nullptr);
  s.merged.push_back({1, 1, 1, 3});
  ASSERT_NE(s.at(1, 2), nullptr);
  EXPECT_EQ(s.at(1, 2)->number, 42);
  s.index_merges();
  ASSERT_NE(s.at(1, 3), nullptr);
  EXPECT_EQ(s.at(1, 4), nullptr);
}

}  // namespace
}  // namespace baocao::xlsx
