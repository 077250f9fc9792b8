// The sample Báo cáo rasterised by poppler's pdftoppm and measured in
// pixels: ink stays inside the ND30 margins (±1 mm) except the page number,
// page numbers sit top centre from page 2 of each numbering, and the header
// rules have the lengths ND30 asks. Our own geometry is not trusted here.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/pgm_page.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

namespace fs = std::filesystem;

struct Rendered {
  test::TempDir dir;
  fs::path pdf;
  std::size_t pages = 0;
};

const Rendered& sample_pdf() {
  static const std::unique_ptr<Rendered> r = [] {
    static const fonts::FontSet fonts = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
    auto out = std::make_unique<Rendered>();
    out->pdf = out->dir / "bao-cao.pdf";
    layout::PagedDocument paged = layout::layout_document(test::nd30_sample(40), fonts);
    out->pages = paged.pages.size();
    write_pdf(paged, fonts, out->pdf);
    return out;
  }();
  return *r;
}

// ND30 margins in mm; on landscape pages the binding edge (30 mm) is on top.
struct Box {
  double left, top, right, bottom;  // distances from the page's edges
};
constexpr Box kPortrait{30, 20, 15, 20};
constexpr Box kLandscape{20, 30, 20, 15};

struct Extent {
  int x0 = -1, x1 = -1;  // first and last column with ink, -1 when none
};

Extent ink_extent(const test::GrayPage& g, int y0, int y1, int x0, int x1) {
  Extent e;
  for (int y = std::max(0, y0); y <= std::min(g.height - 1, y1); ++y)
    for (int x = std::max(0, x0); x <= std::min(g.width - 1, x1); ++x)
      if (g.ink(x, y)) {
        e.x0 = e.x0 < 0 ? x : std::min(e.x0, x);
        e.x1 = std::max(e.x1, x);
      }
  return e;
}

TEST(PdfRaster, InkOnlyInsideTheNd30MarginsExceptThePageNumber) {
  const Rendered& s = sample_pdf();
  bool seen_landscape = false;
  for (std::size_t p = 1; p <= s.pages; ++p) {
    test::GrayPage g = test::rasterise(s.pdf, static_cast<int>(p), 100);
    EXPECT_EQ(g.stderr_text, "");
    bool landscape = g.width > g.height;
    // Page 1 and the appendix's first page carry no number.
    bool numbered = p > 1 && !(landscape && !seen_landscape);
    seen_landscape = seen_landscape || landscape;
    const Box m = landscape ? kLandscape : kPortrait;
    const double w_mm = g.px_to_mm(g.width), h_mm = g.px_to_mm(g.height);
    int outside = 0, number_ink = 0;
    Extent number;
    for (int y = 0; y < g.height; ++y)
      for (int x = 0; x < g.width; ++x) {
        if (!g.ink(x, y)) continue;
        double xm = g.px_to_mm(x + 0.5), ym = g.px_to_mm(y + 0.5);
        bool inside =
            xm >= m.left - 1 && xm <= w_mm - m.right + 1 && ym >= m.top - 1 && ym <= h_mm - m.bottom + 1;
        if (inside) continue;
        if (ym < m.top && std::abs(xm - w_mm / 2) < 10) {  // page number zone
          ++number_ink;
          number.x0 = number.x0 < 0 ? x : std::min(number.x0, x);
          number.x1 = std::max(number.x1, x);
          if (numbered) continue;
        }
        if (outside++ == 0)
          ADD_FAILURE() << "page " << p << ": ink at " << xm << " mm, " << ym << " mm is outside the margins";
      }
    EXPECT_EQ(outside, 0) << "page " << p;
    if (numbered) {
      ASSERT_GT(number_ink, 0) << "page " << p << " has no page number";
      double centre = g.px_to_mm((number.x0 + number.x1 + 1) / 2.0);
      EXPECT_NEAR(centre, w_mm / 2, 1.0) << "page number of page " << p << " is not centred";
    } else {
      EXPECT_EQ(number_ink, 0) << "page " << p << " must not be numbered";
    }
  }
  EXPECT_TRUE(seen_landscape) << "the appendix should be landscape";
}

// A horizontal rule found in the pixels: rows [y0, y1], columns [x0, x1].
struct FoundRule {
  int y0, y1, x0, x1;
  double length_mm(const test::GrayPage& g) const { return g.px_to_mm(x1 - x0 + 1); }
  double centre_mm(const test::GrayPage& g) const { return g.px_to_mm((x0 + x1 + 1) / 2.0); }
};

// Runs of ink at least `min_mm` long in rows [y0, y1], merged across
// neighbouring rows. Text has gaps between letters; only rules are this long.
std::vector<FoundRule> horizontal_rules(const test::GrayPage& g, int y0, int y1, double min_mm) {
  std::vector<FoundRule> rules;
  const int min_px = g.mm_to_px(min_mm);
  for (int y = y0; y <= y1; ++y) {
    for (int x = 0; x < g.width;) {
      if (!g.ink(x, y)) {
        ++x;
        continue;
      }
      int start = x;
      while (x < g.width && g.ink(x, y)) ++x;
      if (x - start < min_px) continue;
      bool merged = false;
      for (FoundRule& r : rules)
        if (r.y1 >= y - 1 && std::abs(r.x0 - start) <= 2 && std::abs(r.x1 - (x - 1)) <= 2) {
          r.y1 = y;
          merged = true;
        }
      if (!merged) rules.push_back({y, y, start, x - 1});
    }
  }
  return rules;
}

TEST(PdfRaster, HeaderRulesHaveTheLengthsNd30Asks) {
  test::GrayPage g = test::rasterise(sample_pdf().pdf, 1, 200);
  std::vector<FoundRule> rules = horizontal_rules(g, g.mm_to_px(20), g.mm_to_px(90), 8);
  ASSERT_EQ(rules.size(), 3u) << "expected the rules under cơ quan ban hành, Tiêu ngữ and trích yếu";
  // The two header rules are on about the same height; the trích yếu's is below.
  std::sort(rules.begin(), rules.end(), [](const FoundRule& a, const FoundRule& b) { return a.y0 < b.y0; });
  FoundRule issuing = rules[0], motto = rules[1], summary = rules[2];
  if (issuing.x0 > motto.x0) std::swap(issuing, motto);
  const int boundary = (issuing.x1 + motto.x0) / 2;

  // Text just above a rule: a band ending 0.6 mm over it, inside its column.
  auto text_above = [&](const FoundRule& r, int x0, int x1) {
    return ink_extent(g, r.y0 - g.mm_to_px(4.5), r.y0 - g.mm_to_px(0.6), x0, x1);
  };

  Extent motto_text = text_above(motto, boundary, g.width - 1);
  ASSERT_GE(motto_text.x0, 0);
  double motto_w = g.px_to_mm(motto_text.x1 - motto_text.x0 + 1);
  EXPECT_NEAR(motto.length_mm(g), motto_w, 1.0) << "the Tiêu ngữ rule is as long as the Tiêu ngữ";
  EXPECT_NEAR(motto.centre_mm(g), g.px_to_mm((motto_text.x0 + motto_text.x1 + 1) / 2.0), 1.0);

  Extent issuing_text = text_above(issuing, 0, boundary);
  ASSERT_GE(issuing_text.x0, 0);
  double issuing_w = g.px_to_mm(issuing_text.x1 - issuing_text.x0 + 1);
  EXPECT_GE(issuing.length_mm(g), issuing_w / 3) << "cơ quan ban hành rule: 1/3-1/2 of the text";
  EXPECT_LE(issuing.length_mm(g), issuing_w / 2);
  EXPECT_NEAR(issuing.centre_mm(g), g.px_to_mm((issuing_text.x0 + issuing_text.x1 + 1) / 2.0), 1.0);

  Extent summary_text = text_above(summary, 0, g.width - 1);
  ASSERT_GE(summary_text.x0, 0);
  double summary_w = g.px_to_mm(summary_text.x1 - summary_text.x0 + 1);
  EXPECT_GE(summary.length_mm(g), summary_w / 3) << "trích yếu rule: 1/3-1/2 of the text";
  EXPECT_LE(summary.length_mm(g), summary_w / 2);
  // Centred on the text width (30 mm from the left, 15 mm from the right).
  EXPECT_NEAR(summary.centre_mm(g), (30 + 210 - 15) / 2.0, 1.0);
}

}  // namespace
}  // namespace baocao::render
