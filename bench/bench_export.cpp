// Benchmark: the monthly export writer (render::TableExport, as `baocao
// export` drives it) writing 100,000 rows x 10 columns to XLSX and CSV, the
// same rows as bench/baselines/plain_libxlsxwriter.c. Prints wall time and
// peak RSS (getrusage). The store query is not part of it: it is measured
// separately by timing `baocao export` (BENCHMARKS.md).
// Usage: bench_export OUT_DIR [ROWS=100000]
#include <sys/resource.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "engine/core/diagnostic.hpp"
#include "engine/render/xlsx/table_export.hpp"

int main(int argc, char** argv) {
  using namespace baocao;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR [ROWS]\n", argv[0]);
    return 2;
  }
  std::filesystem::path out = argv[1];
  long rows = argc > 2 ? std::atol(argv[2]) : 100000;
  try {
    std::filesystem::create_directories(out);
    auto start = std::chrono::steady_clock::now();
    std::vector<render::ExportColumn> columns;
    for (const char* h : {"Lượt nộp", "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tệp nguồn",
                          "Thời điểm nhập (UTC)", "Chỉ số", "Số đạt", "Tổng số", "Ghi chú"})
      columns.push_back({h, 14});
    render::TableExportOptions opts;
    opts.sheet_name = "Số liệu 2026-11";
    opts.created = 1796083200;  // 2026-12-01, as `baocao export` fixes it: the same rows give the same bytes
    render::TableExport ex(out / "bench-export.xlsx", out / "bench-export.csv", columns, opts);
    char code[16], name[64], file[64], note[64];
    for (long i = 0; i < rows; ++i) {
      std::snprintf(code, sizeof code, "%05ld", 10000 + i / 5 % 3000);
      std::snprintf(name, sizeof name, "Phường Phủ Lý %ld", i / 5 % 3000);
      std::snprintf(file, sizeof file, "so-lieu-%ld.xlsx", i / 5);
      std::snprintf(note, sizeof note, "ghi chú %ld", i);
      std::array<render::ExportCell, 10> cells = {
          render::ExportCell::id(static_cast<double>(i / 5 + 1)),
          render::ExportCell::of(code),
          render::ExportCell::of(name),
          render::ExportCell::id(2025),
          render::ExportCell::of(file),
          render::ExportCell::of("2026-11-23T12:00:00Z"),
          render::ExportCell::of("gia_dinh_hoc_tap"),
          render::ExportCell::num(static_cast<double>(i * 37 % 7069)),
          render::ExportCell::num(7069),
          render::ExportCell::of(note),
      };
      ex.row(cells);
    }
    ex.finish();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("baocao export writer: %ld rows x 10 columns, XLSX + CSV: %.3f s, peak RSS %.1f MB\n", rows,
                s, static_cast<double>(ru.ru_maxrss) / 1024.0);
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
