// Runs pdftoppm and parses its binary PGM (P5) output; see pgm_page.hpp.
#include "tests/support/pgm_page.hpp"

#include <sstream>
#include <stdexcept>

#include "tests/support/process.hpp"

namespace baocao::test {

GrayPage rasterise(const std::filesystem::path& pdf, int page, double dpi) {
  TempDir dir;
  std::string prefix = (dir / "p").string();
  std::string n = std::to_string(page);
  Result r = run("pdftoppm -gray -r " + std::to_string(static_cast<int>(dpi)) + " -f " + n + " -l " + n +
                 " -singlefile " + sh_quote(pdf.string()) + " " + sh_quote(prefix));
  if (r.status != 0) throw std::runtime_error("pdftoppm failed: " + r.err);
  std::string bytes = read_file(prefix + ".pgm");
  std::istringstream in(bytes);
  std::string magic;
  int w = 0, h = 0, maxval = 0;
  in >> magic >> w >> h >> maxval;
  if (magic != "P5" || w <= 0 || h <= 0 || maxval != 255) throw std::runtime_error("not a P5 PGM: " + magic);
  std::size_t start = static_cast<std::size_t>(in.tellg()) + 1;  // one whitespace byte after maxval
  std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  if (bytes.size() < start + count) throw std::runtime_error("short PGM");
  GrayPage g;
  g.width = w;
  g.height = h;
  g.dpi = dpi;
  g.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                  bytes.begin() + static_cast<std::ptrdiff_t>(start + count));
  g.stderr_text = r.err;
  return g;
}

}  // namespace baocao::test
