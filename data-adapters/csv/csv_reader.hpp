// RFC 4180 CSV as offices export it: comma, semicolon (Excel in a Vietnamese
// locale) or tab, sniffed from the header line; quoted fields with "" and line
// breaks; a UTF-8 byte order mark. Every cell passes the NFC text gate.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::csv {

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
// line for an unterminated quote or invalid UTF-8.
CsvTable parse_csv(std::string_view bytes, const std::string& file);

// Reads and parses `path`; throws Error(input, file_not_found) if missing.
CsvTable read_csv(const std::string& path);

// The delimiter of `first_line`: the most frequent of , ; \t outside quotes.
char sniff_delimiter(std::string_view first_line);

}  // namespace baocao::csv
