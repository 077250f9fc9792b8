// Fuzz target: bytes of an .xlsx file → read_workbook (Poco::Zip guarded
// by the limits, expat SAX), then every cell shown as a clerk sees it and
// looked up through merges. Any input must end in a workbook or a
// baocao::Error. The reader takes a path, so each input is written to one
// scratch file of this process. Seeds are real workbooks (LibreOffice,
// libxlsxwriter) and the hostile fixtures of tests/data-adapters/xlsx.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "data-adapters/xlsx/xlsx_reader.hpp"
#include "engine/core/diagnostic.hpp"

namespace {

const std::string& scratch() {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("baocao-fuzz-xlsx-" + std::to_string(getpid()) + ".xlsx"))
          .string();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  {
    std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }
  baocao::xlsx::Limits limits;
  limits.max_total_bytes = 16u << 20;  // keeps each run fast; the bound itself is what is tested
  limits.max_cells = 100'000;
  try {
    baocao::xlsx::Workbook book = baocao::xlsx::read_workbook(scratch(), limits);
    std::size_t sink = 0;
    for (const auto& sheet : book.sheets) {
      for (const auto& cell : sheet.cells) {
        sink += book.display(cell).size() + book.font_of(cell).size();
        if (sheet.at(cell.row, cell.col) == nullptr) __builtin_trap();  // a stored cell must be found
      }
      for (const auto& m : sheet.merged) sink += sheet.at(m.first_row, m.first_col) != nullptr;
    }
    if (sink == static_cast<std::size_t>(-1)) __builtin_trap();
  } catch (const baocao::Error&) {
  }
  return 0;
}
