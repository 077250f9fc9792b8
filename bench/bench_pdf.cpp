// Benchmark: the sample 6-page ND30 Báo cáo with a 40-row table (the same
// document the PDF tests check), laid out and rendered `count` times in one
// process; prints the time per document and the file size. Fonts are loaded
// once, as a server producing many reports would.
// Usage: bench_pdf OUT_DIR [COUNT=50] [ROWS=40]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "engine/core/diagnostic.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/nd30_sample.hpp"

int main(int argc, char** argv) {
  using namespace baocao;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR [COUNT] [ROWS]\n", argv[0]);
    return 2;
  }
  std::filesystem::path out = argv[1];
  int count = argc > 2 ? std::atoi(argv[2]) : 50;
  int rows = argc > 3 ? std::atoi(argv[3]) : 40;
  try {
    std::filesystem::create_directories(out);
    fonts::FontSet fonts = fonts::FontSet::load(fonts::FontSet::default_manifest());
    doc::Document d = test::nd30_sample(rows);
    std::size_t size = 0, pages = 0;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    for (int i = 0; i < count; ++i) {
      layout::PagedDocument paged = layout::layout_document(d, fonts);
      std::filesystem::path file = out / ("baocao-" + std::to_string(i) + ".pdf");
      render::write_pdf(paged, fonts, file);
      size = std::filesystem::file_size(file);
      pages = paged.pages.size();
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    // Wall time includes fsync (outputs are written atomically); CPU time is
    // steadier on a shared machine.
    std::printf(
        "baocao: %d documents, %zu pages each, %.1f ms/doc wall, %.1f ms/doc CPU, %zu bytes (%.1f KB)\n",
        count, pages, ms / count, cpu_ms / count, size, static_cast<double>(size) / 1024.0);
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", e.render(Lang::en).c_str());
    return 1;
  }
  return 0;
}
