// An XLSX workbook read into plain cells: shared and inline strings, numbers,
// dates (recognised by their number format), booleans, cached results of
// formulas, errors, merged ranges, hidden sheets, and the font name of each
// cell so text typed in legacy Vietnamese fonts (.VnTime = TCVN3, VNI-Times)
// can be decoded. Reading is SAX on a guarded stream (Poco::XML for the small
// parts, expat's own API for sheets, which are nearly all of the XML); see
// xlsx_limits.hpp for what is refused and why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data-adapters/xlsx/merge_index.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/core/civil_date.hpp"

namespace baocao::xlsx {

enum class CellKind : std::uint8_t { number, text, boolean, date, error };

// 24 bytes, so a million cells fit in about 24 MB; text lives in the
// workbook's string table.
struct Cell {
  std::int32_t row = 0;  // 1-based
  std::int32_t col = 0;  // 1-based
  CellKind kind = CellKind::number;
  bool formula = false;    // the value is the cached result of a formula
  bool percent = false;    // a number shown as a percentage: 0.72 shows "72%"
  std::uint16_t font = 0;  // index into Workbook::fonts
  std::uint32_t text = 0;  // index into Workbook::strings (text, error)
  double number = 0;       // number, date serial, boolean 0/1
};

struct Range {
  int first_row = 0, first_col = 0, last_row = 0, last_col = 0;
  bool contains(int r, int c) const {
    return r >= first_row && r <= last_row && c >= first_col && c <= last_col;
  }
};

struct Sheet {
  std::string name;
  bool hidden = false;      // state="hidden" or "veryHidden"
  std::vector<Cell> cells;  // row-major, as stored
  std::vector<Range> merged;
  int max_row = 0, max_col = 0;
  std::string part;  // the ZIP entry of its XML, for a RowStream
  // Read with ReadOptions::keep_cells exceeded: `cells` holds only rows up
  // to `head_rows` (headings, period cell); the rest is read by a RowStream.
  bool partial = false;
  int head_rows = 0;
  // The file stores cells out of row-major order (a hand-made file):
  // `cells` was sorted, but the part cannot be streamed row by row.
  bool unordered = false;

  // Builds the lookup index of `merged`; read_workbook calls it once a sheet
  // is read, and whoever changes `merged` afterwards calls it again.
  void index_merges() { merge_index = MergeIndex(merged); }

  // The cell at (row, col); inside a merged range, the range's top-left
  // cell (Excel shows the merged value across the whole range).
  const Cell* at(int row, int col) const;
  const Cell* own(int row, int col) const;  // ignoring merges

  MergeIndex merge_index;
};

// The workbook's texts in one buffer: 200,000 shared strings as
// std::string each took 11 MB, a third of what a large import may use.
class StringTable {
 public:
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    std::size_t from = i ? ends_[i - 1] : 0;
    return std::string_view(chars_).substr(from, ends_[i] - from);
  }
  // False, adding nothing, past 4 GiB of text (offsets are 32-bit; only a
  // --max-xlsx-bytes raised past 4 GiB lets a file get there).
  [[nodiscard]] bool push_back(std::string_view s) {
    if (s.size() > UINT32_MAX - chars_.size()) return false;
    chars_.append(s);
    ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
    return true;
  }
  // Drops the spare capacity growth left, once the table is complete.
  void shrink_to_fit() {
    chars_.shrink_to_fit();
    ends_.shrink_to_fit();
  }

 private:
  std::string chars_;
  std::vector<std::uint32_t> ends_;
};

// What a cell's style says that matters here: a date or percentage format,
// and its font.
struct CellStyle {
  bool date = false;
  bool percent = false;
  std::uint16_t font = 0;
};

struct Workbook {
  std::string file;
  Limits limits;                   // those it was read with, for a RowStream
  std::vector<CellStyle> styles;   // by the cells' `s` attribute
  std::vector<Sheet> sheets;       // in workbook order, hidden ones included
  StringTable strings;             // shared strings, then inline ones (NFC)
  std::size_t shared_strings = 0;  // how many of `strings` are the shared ones
  std::vector<std::string> fonts;  // font names by style font id ("" if none)
  bool date1904 = false;

  const Sheet* sheet(std::string_view name) const;
  const Sheet* first_visible() const;
  // The cell as a clerk sees it, without any legacy-font decoding: text as is,
  // numbers in shortest round-trip form ("12.5"), dates "YYYY-MM-DD",
  // booleans "TRUE"/"FALSE", errors "#DIV/0!".
  std::string display(const Cell& c) const;
  // Both arms are string_view: `fonts[i] : ""` would make a temporary std::string and dangle.
  std::string_view font_of(const Cell& c) const {
    return c.font < fonts.size() ? std::string_view(fonts[c.font]) : std::string_view();
  }
  CivilDate date_of(const Cell& c) const;
};

// "D7" for (7, 4); "AA10" for (10, 27).
std::string cell_ref(int row, int col);
// Column number of "D" (4), "AA" (27); 0 when not letters.
int column_number(std::string_view letters);
// Splits "D7" into (7, 4); false when malformed.
bool parse_cell_ref(std::string_view ref, int& row, int& col);

// How much of each sheet read_workbook keeps in memory. A sheet with more
// than `keep_cells` cells keeps only its first `head_rows` rows and is
// marked `partial` (its merges, size, cell order and every limit are still
// checked over the whole part; the values of later rows are not decoded,
// so a damaged one is refused by the RowStream that reads it); a
// 1,000,000-cell form would otherwise take 24 MB.
struct ReadOptions {
  std::uint64_t keep_cells = UINT64_MAX;
  int head_rows = 64;
};

// Reads `path`. Throws Error(input) naming the file for anything that is not
// a sound workbook or that exceeds `limits`.
Workbook read_workbook(const std::string& path, const Limits& limits = {}, const ReadOptions& options = {});

}  // namespace baocao::xlsx
