// A PDF page as gray pixels, rasterised by poppler's pdftoppm (-gray, binary
// PGM), so tests can measure where ink lands and how long rules are without
// trusting our own geometry.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace baocao::test {

struct GrayPage {
  int width = 0, height = 0;
  double dpi = 72;
  std::vector<std::uint8_t> pixels;  // row by row, 0 = black, 255 = white
  std::string stderr_text;           // what pdftoppm printed there

  std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
  bool ink(int x, int y, int threshold = 160) const { return at(x, y) < threshold; }
  double px_to_mm(double px) const { return px * 25.4 / dpi; }
  int mm_to_px(double mm) const { return static_cast<int>(mm * dpi / 25.4 + 0.5); }
};

// Page `page` (1-based) of `pdf` at `dpi`. Throws std::runtime_error when
// pdftoppm fails or writes something that is not a binary PGM.
GrayPage rasterise(const std::filesystem::path& pdf, int page, double dpi);

}  // namespace baocao::test
