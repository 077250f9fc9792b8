// The rows of one worksheet, read from its XML a row at a time instead of
// all at once: a 100,000-row form is 1,000,000 cells (24 MB) in memory,
// more than the import may use in all. read_workbook has already read the
// part once (with ReadOptions::keep_cells), so its merges, size, limits and
// cell order are known; this re-reads the same part through a fresh guarded
// stream and decodes the values, refusing a damaged one as read_workbook
// would. The parse is expat's own API, fed 64 KB at a time, with namespaces
// off: Poco's SAX wrapper cannot pause between rows, and its namespace
// splitting and attribute objects cost more than the whole parse here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "data-adapters/xlsx/xlsx_reader.hpp"

namespace baocao::xlsx {

// One row: its cells in column order. Valid until the next RowStream::next.
struct RowView {
  int row = 0;  // 0 when there are no more rows
  const Cell* begin = nullptr;
  const Cell* end = nullptr;
  const Cell* find(int col) const;  // the cell in `col`, or nullptr
};

class RowStream {
 public:
  // `book` and `sheet` (a sheet of `book`, read in row-major order) must
  // outlive the stream. Throws Error(input) as read_workbook does.
  RowStream(const Workbook& book, const Sheet& sheet);
  ~RowStream();
  RowStream(const RowStream&) = delete;
  RowStream& operator=(const RowStream&) = delete;

  // The next row holding at least one cell; row 0 once the sheet ends.
  RowView next();
  // The text of a text or error cell of the current row (shared or inline).
  std::string_view text(const Cell& c) const;

  struct Parse;

 private:
  const Workbook& book_;
  std::unique_ptr<Parse> parse_;
};

}  // namespace baocao::xlsx
