// Safety limits for reading XLSX files that arrive from outside (units'
// e-mail attachments): an XLSX is a ZIP of XML parts, so a small file can
// inflate to gigabytes (zip bomb) or hold millions of cells. Each limit has a
// default that fits real workbooks with a wide margin and can be changed on
// the command line (`baocao import --max-xlsx-bytes N`, ...).
// The sizes written in the ZIP headers are never trusted: the reader counts
// the bytes it actually inflates and the compressed bytes it actually reads.
#pragma once

#include <cstdint>

namespace baocao::xlsx {

struct Limits {
  // Total bytes inflated from all parts. A 1,000,000-cell sheet inflates to
  // about 60 MB; 256 MiB leaves 4x headroom yet stops a bomb early.
  std::uint64_t max_total_bytes = 256ull << 20;
  // Inflated / compressed bytes of one part, checked once the part has
  // inflated more than `ratio_grace_bytes`. Sheet XML compresses 5-30:1;
  // zeros or one repeated tag compress about 1000:1.
  std::uint64_t max_ratio = 100;
  std::uint64_t ratio_grace_bytes = 1ull << 20;
  // Entries in the archive. A workbook has a few parts per sheet; 10,000
  // entries would be a workbook of thousands of sheets, or an attack on
  // the time spent listing them.
  std::uint64_t max_entries = 10'000;
  // Cells (with a value) in all sheets. All 3,321 communes x 100 columns
  // is 332,100 cells; the 100,000 x 10 benchmark is 1,000,000.
  std::uint64_t max_cells = 5'000'000;
};

}  // namespace baocao::xlsx
