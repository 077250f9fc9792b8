// Fuzz target: bytes of a CSV file → read_csv (encoding detection and
// decoding for non-UTF-8 bytes, then the RFC 4180 parser) and the three
// readers built on it (figures, targets, units). Any input must end in
// tables or a baocao::Error. The readers take a path, so each input is
// written to one scratch file of this process.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "engine/core/diagnostic.hpp"

namespace {

const std::string& scratch() {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("baocao-fuzz-csv-" + std::to_string(getpid()) + ".csv"))
          .string();
  return path;
}

template <typename F>
void expect_clean(F&& f) {
  try {
    f();
  } catch (const baocao::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  {
    std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }
  baocao::csv::CsvLimits small;
  small.max_line_bytes = 4096;  // the limit itself is part of what is fuzzed
  expect_clean([&] { baocao::csv::read_csv(scratch(), small); });
  expect_clean([&] {
    baocao::Dataset d;
    baocao::csv::read_figures_csv(scratch(), d);
  });
  expect_clean([&] {
    baocao::forms::read_targets_file(scratch(), baocao::model::IndicatorCatalogue::national(), small);
  });
  expect_clean([&] { baocao::csv::read_units_csv(scratch()); });
  return 0;
}
