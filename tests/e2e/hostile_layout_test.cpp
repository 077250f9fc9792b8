// What layout once cut while the exit status said 0, through `render` as a
// clerk runs it: a table cell taller than a page continues on the next pages
// (every word printed, in order), and a long địa danh wraps inside the
// header's right column instead of running past the page's edge.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kStem = "chữ";

TEST(HostileLayout, TableCellTallerThanAPageIsPrintedWhole) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  std::string words;
  for (int i = 1; i <= 1000; ++i) words += (i > 1 ? " " : "") + kStem + std::to_string(i);
  write_file(dir / "dai.tpl",
             "---\nngay: 2025-12-10\nco_quan_ban_hanh: Sở Giáo dục và Đào tạo\nso_ky_hieu: Số: 7/BC-SGDĐT\n"
             "dia_danh: Lai Châu\nho_ten: Lò Văn Hùng\n---\nKết quả như sau:\n\n"
             "| STT | Đơn vị | Ghi chú |\n|---|---|---|\n| 1 | Xã Bình Lư | ngắn |\n| 2 | Xã Sin Suối Hồ | " +
                 words + " |\n| 3 | Phường Đoàn Kết | hết |\n");
  Result r = in_dir(dir, baocao_cmd("render dai.tpl --out dai.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  Result text = run("pdftotext " + sh_quote((dir / "dai.pdf").string()) + " -");
  ASSERT_EQ(text.status, 0) << text.err;
  std::istringstream in(text.out);
  std::vector<std::string> printed;
  for (std::string w; in >> w;)
    if (w.rfind(kStem, 0) == 0 && w.size() > kStem.size() &&
        std::isdigit(static_cast<unsigned char>(w[kStem.size()])))
      printed.push_back(w);
  ASSERT_EQ(printed.size(), 1000u) << "318 of 1,000 words were printed before";
  for (int i = 1; i <= 1000; ++i)
    EXPECT_EQ(printed[static_cast<std::size_t>(i - 1)], kStem + std::to_string(i));
  const auto last = text.out.find(kStem + "1000"), next_row = text.out.find("Phường");
  EXPECT_NE(next_row, std::string::npos);
  EXPECT_GT(next_row, last) << "the row after it follows it";
  Result pages = run("pdfinfo " + sh_quote((dir / "dai.pdf").string()) + " | grep '^Pages:'");
  const int page_count = std::stoi(pages.out.substr(pages.out.find_first_of("0123456789")));
  EXPECT_GE(page_count, 3) << pages.out;
  // Every page the cell continues on repeats the table's header.
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = text.out.find("STT Đơn vị", at)) != std::string::npos; ++at) ++headers;
  EXPECT_EQ(headers, static_cast<std::size_t>(page_count)) << text.out.substr(0, 2000);
  EXPECT_EQ(run("qpdf --check " + sh_quote((dir / "dai.pdf").string())).status, 0);
  EXPECT_NOTHING_OUTSIDE(above);
}

// Words of page 1 as pdftotext -bbox places them: text, xMax, yMin.
struct Word {
  std::string text;
  double x_max, y_min;
};
std::vector<Word> first_page_words(const fs::path& pdf, double& page_width) {
  Result r = run("pdftotext -bbox -f 1 -l 1 " + sh_quote(pdf.string()) + " -");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<Word> out;
  auto attr = [](const std::string& line, const std::string& name) {
    auto at = line.find(name + "=\"");
    return at == std::string::npos ? 0.0 : std::stod(line.substr(at + name.size() + 2));
  };
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    if (line.find("<page ") != std::string::npos) page_width = attr(line, "width");
    auto open = line.find("<word ");
    if (open == std::string::npos) continue;
    auto text_at = line.find('>', open) + 1;
    out.push_back(
        {line.substr(text_at, line.find("</word>") - text_at), attr(line, "xMax"), attr(line, "yMin")});
  }
  return out;
}

TEST(HostileLayout, LongPlaceNameWrapsInsideTheHeader) {
  Workspace dir;
  OutsideWatch above = dir.watch();
  write_file(dir / "dd.tpl",
             "---\nngay: 2025-12-10\nco_quan_chu_quan: UBND tỉnh Sơn La\n"
             "co_quan_ban_hanh: Ủy ban nhân dân thị trấn Nông trường Mộc Châu\nso_ky_hieu: Số: 9/BC-UBND\n"
             "dia_danh: {{ dd }}\nho_ten: Lò Văn Hùng\n---\nNội dung báo cáo.\n");
  Result r = in_dir(dir, baocao_cmd("render dd.tpl --set " + sh_quote("dd=Thị trấn Nông trường Mộc Châu") +
                                    " --out dd.pdf"));
  ASSERT_EQ(r.status, 0) << r.err;
  double width = 0;
  std::vector<Word> words = first_page_words(dir / "dd.pdf", width);
  ASSERT_GT(width, 500.0);
  // ND30: a right margin of 15 to 20 mm; nothing may pass it.
  const double right_edge = width - 15 / 25.4 * 72;
  double place_y = -1, date_y = -1;
  for (const Word& w : words) {
    EXPECT_LE(w.x_max, right_edge + 0.5) << "'" << w.text << "' runs past the right margin";
    if (w.text == "Châu,") place_y = w.y_min;
    if (w.text == "ngày" && date_y < 0) date_y = w.y_min;
  }
  ASSERT_GT(place_y, 0) << "the place line ends with its comma";
  ASSERT_GT(date_y, 0);
  EXPECT_GT(date_y, place_y + 5) << "the date wraps to the line under the place";
  EXPECT_NOTHING_OUTSIDE(above);
}

}  // namespace
}  // namespace baocao::test
