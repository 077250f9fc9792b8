// The title lines of a Phụ lục ("KẾT QUẢ ... CỦA PHƯỜNG LÝ THƯỜNG KIỆT",
// "(Kèm theo Báo cáo số ... của Ủy ban nhân dân phường Lý Thường Kiệt)")
// for every unit of the 2025 list, as the shipped templates write them, on
// a portrait and a landscape page at 13 and 14 pt: as few lines as the
// width needs, no word alone on the last line, no line much shorter than
// another, never a break inside the unit's proper name when another break
// will do. Checked on the lines layout places, not on pixels.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/layout/layout.hpp"
#include "engine/layout/nd30_blocks.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/vi_case.hpp"
#include "tests/support/process.hpp"

namespace baocao::layout {
namespace {

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : " ") + l;
  return out;
}

struct Counts {
  std::size_t titles = 0, wrapped = 0;
};

// The promises for one title line `text` set at `size` in `width` points;
// `proper` is a proper name that should stay on one line ("" for none).
void check_title(const std::string& text, const std::string& proper, double size, double width, Counts& n) {
  const bool aside = text.front() == '(';
  const fonts::Style style = aside ? fonts::Style::italic : fonts::Style::bold;
  const std::vector<std::string> lines = appendix_title_lines(font_set(), text, size, width);
  const std::string what = text + " at " + std::to_string(size) + " pt in " + std::to_string(width) + " pt";
  ++n.titles;
  ASSERT_FALSE(lines.empty()) << what;
  EXPECT_EQ(join(lines), join(words_of(text))) << what << ": words lost or moved";
  EXPECT_EQ(lines.size(), wrap_text(font_set(), text, style, size, width).size())
      << what << ": more lines than the width needs";
  double widest = 0, narrowest = 1e9;
  for (const std::string& l : lines) {
    const double w = font_set().width(style, size, l);
    if (words_of(l).size() > 1) EXPECT_LE(w, width + 0.01) << what << ": '" << l << "' wider than the page";
    widest = std::max(widest, w);
    narrowest = std::min(narrowest, w);
  }
  if (lines.size() < 2) return;
  ++n.wrapped;
  EXPECT_GE(words_of(lines.back()).size(), 2u) << what << ": '" << lines.back() << "' alone on the last line";
  EXPECT_GE(narrowest, 0.5 * widest) << what << ": lines of uneven length: " << [&] {
    std::string s;
    for (const std::string& l : lines) s += "\n  " + l;
    return s;
  }();
  if (proper.empty() || font_set().width(style, size, proper) > 0.5 * width) return;
  bool whole = false;
  for (const std::string& l : lines) whole = whole || l.find(proper) != std::string::npos;
  EXPECT_TRUE(whole) << what << ": '" << proper << "' broken: " << [&] {
    std::string s;
    for (const std::string& l : lines) s += "\n  " + l;
    return s;
  }();
}

// Every commune and province of the 2025 list as the issuer of a report
// with a Phụ lục (templates/bao-cao-xa.tpl, bao-cao-tinh.tpl): its title
// line in capitals and its "(Kèm theo ...)" line, on the page sizes an
// appendix can take.
TEST(AppendixTitle, EveryUnitOfThe2025ListWithoutALoneWord) {
  const auto path = test::source_dir() / "data" / "units" / "don-vi-hanh-chinh-2025.csv";
  const PageSetup setup;
  const double portrait = mm_to_pt(setup.width_mm - setup.left_mm - setup.right_mm);
  const double landscape = mm_to_pt(setup.height_mm - setup.top_mm - setup.bottom_mm);
  const std::string blank = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";
  Counts n;
  std::size_t units = 0;
  for (const baocao::Unit& u : csv::units_from_csv(csv::read_csv(path.string()))) {
    ++units;
    text::NameOrigin origin{};
    text::parse_name_origin(u.name_origin, origin);
    auto parsed = text::parse_admin_name(u.name, origin);
    ASSERT_TRUE(parsed) << u.name;
    const std::string issuer = text::body_name("Ủy ban nhân dân", *parsed);
    const std::string aside = "(Kèm theo Báo cáo số " + blank + "/BC-UBND ngày 10/12/2025 của " + issuer + ")";
    const std::string title = "KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024 - 2025 CỦA " + text::upper_vi(u.name);
    for (double size : {13.0, 14.0})
      for (double width : {portrait, landscape}) {
        check_title(aside, parsed->proper, size, width, n);
        check_title(title, "", size, width, n);
        check_title("KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2025 THEO ĐƠN VỊ", "", size, width, n);
      }
    if (::testing::Test::HasFailure()) break;  // one unit's faults say enough
  }
  EXPECT_GT(units, 3300u);
  // Most "(Kèm theo ...)" lines wrap on a portrait page: the cases matter.
  EXPECT_GT(n.wrapped, units * 2) << n.titles << " titles";
}

// The line that left "Lý)" alone: two even lines, the ward's name whole.
TEST(AppendixTitle, KemTheoLineOfAWardBreaksBeforeItsName) {
  const std::string text =
      "(Kèm theo Báo cáo số 87/BC-UBND ngày 12/12/2025 của Ủy ban nhân dân phường Lý Thường Kiệt, tỉnh Ninh Bình)";
  const PageSetup setup;
  const double portrait = mm_to_pt(setup.width_mm - setup.left_mm - setup.right_mm);
  const auto lines = appendix_title_lines(font_set(), text, 14, portrait);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines.back(), "Lý)");
  EXPECT_NE(lines.back().find("Lý Thường Kiệt"), std::string::npos) << lines[0] << " / " << lines[1];
  EXPECT_NE(lines.back().find("Ninh Bình)"), std::string::npos) << lines[0] << " / " << lines[1];
}

}  // namespace
}  // namespace baocao::layout
