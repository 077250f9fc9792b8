// RFC 4180 CSV as offices export it: comma, semicolon (Excel in a Vietnamese
// locale) or tab, sniffed from the header line; quoted fields with "" and line
// breaks; a UTF-8 byte order mark. Every cell passes the NFC text gate.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::csv {

// Safety limits for CSV files that arrive from outside. The reader streams
// the file and stops as soon as one line passes max_line_bytes, so a 200 MB
// file of one line costs at most one limit's worth of memory, not the file.
struct CsvLimits {
  // Bytes of one record (and so of one physical line and one field). The
  // widest real form, 3,321 communes' names or 100 indicators x 2 columns,
  // is a few KB a line; 1 MiB leaves a wide margin and refuses a file that
  // is one endless line. `--max-csv-line-bytes N` changes it.
  std::size_t max_line_bytes = 1u << 20;
};

struct CsvRow {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> cells;
};

struct CsvTable {
  std::string file;  // as given, for messages
  char delimiter = ',';
  std::vector<CsvRow> rows;  // blank lines dropped
};

// Parses `bytes` read from `file`. Throws Error(input) naming the file and
// line for an unterminated quote, invalid UTF-8 or a record longer than
// limits.max_line_bytes.
CsvTable parse_csv(std::string_view bytes, const std::string& file, const CsvLimits& limits = {});

// Reads and parses `path`; throws Error(input, file_not_found) if missing,
// Error(input, csv_line_too_long) as soon as a line passes the limit.
CsvTable read_csv(const std::string& path, const CsvLimits& limits = {});

// The delimiter of `first_line`: the most frequent of , ; \t outside quotes.
char sniff_delimiter(std::string_view first_line);

}  // namespace baocao::csv
