#include "data-adapters/csv/csv_reader.hpp"

#include <array>
#include <fstream>

#include "engine/core/diagnostic.hpp"
#include "engine/text/encoding.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::csv {

char sniff_delimiter(std::string_view line) {
  std::array<int, 3> counts{};
  constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (std::size_t i = 0; i < kCandidates.size(); ++i)
      if (c == kCandidates[i]) ++counts[i];
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return kCandidates[best];
}

namespace {

[[noreturn]] void line_too_long(const std::string& file, int line, const CsvLimits& limits) {
  Location where = at_file(file);
  where.line = line;
  fail(ErrorFamily::input, MsgId::csv_line_too_long, {std::to_string(limits.max_line_bytes)}, where);
}

}  // namespace

CsvTable parse_csv(std::string_view bytes, const std::string& file, const CsvLimits& limits) {
  const std::size_t bom = bytes.size() - text::strip_utf8_bom(bytes).size();
  bytes.remove_prefix(bom);
  if (std::int64_t bad = text::find_invalid_utf8(bytes); bad >= 0) {
    Location where = at_file(file);
    where.offset = bad + static_cast<std::int64_t>(bom);  // offset in the file as it is on disk
    fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(where.offset)}, where);
  }
  CsvTable table;
  table.file = file;
  table.delimiter = sniff_delimiter(bytes.substr(0, bytes.find('\n')));

  CsvRow row;
  std::string cell;
  int line = 1;
  row.line = 1;
  bool quoted = false, cell_was_quoted = false;
  int quote_line = 0;
  std::size_t record_start = 0;  // offset of the current record, for the length limit
  auto end_cell = [&] {
    if (auto refused = text::find_refused_char(cell)) {
      // Named by its row and column, before the gate would name only a byte.
      Location where = at_line(file, row.line);
      std::size_t col = row.cells.size();
      where.field = !table.rows.empty() && col < table.rows.front().cells.size() ? table.rows.front().cells[col]
                                                                               : std::to_string(col + 1);
      text::fail_refused_char(*refused, where);
    }
    row.cells.push_back(text::to_nfc(cell));
    cell.clear();
    cell_was_quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    bool blank = row.cells.size() == 1 && row.cells[0].empty();
    if (!blank) table.rows.push_back(std::move(row));
    row = CsvRow{};
    row.line = line;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (i - record_start >= limits.max_line_bytes) line_too_long(file, row.line, limits);
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.empty() && !cell_was_quoted) {
      quoted = cell_was_quoted = true;
      quote_line = line;
    } else if (c == table.delimiter) {
      end_cell();
    } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      ++line;
      end_row();
      record_start = i + 1;
    } else {
      cell += c;
    }
  }
  if (quoted) {
    Location where = at_file(file);
    where.line = quote_line;
    fail(ErrorFamily::input, MsgId::csv_unterminated_quote, {}, where);
  }
  if (!cell.empty() || !row.cells.empty()) end_row();
  return table;
}

CsvTable read_csv(const std::string& path, const CsvLimits& limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path});
  // Streamed in blocks so an endless line is refused after max_line_bytes,
  // before the rest of the file is read into memory.
  std::string bytes;
  std::size_t line_bytes = 0;
  int line = 1;
  std::array<char, 1 << 16> block;
  while (in) {
    in.read(block.data(), block.size());
    std::string_view got(block.data(), static_cast<std::size_t>(in.gcount()));
    for (char c : got) {
      if (c == '\n') {
        ++line;
        line_bytes = 0;
      } else if (++line_bytes > limits.max_line_bytes) {
        line_too_long(path, line, limits);
      }
    }
    bytes.append(got);
  }
  if (in.bad()) fail(ErrorFamily::input, MsgId::file_read_failed, {path, "I/O"});
  // UTF-8 goes straight to the parser (its NFC gate); a UTF-16 BOM, or bytes
  // that are not UTF-8 (TCVN3, VNI, Windows-1258 exports), go through the
  // text layer's detection and decoding first.
  bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (utf16 || text::find_invalid_utf8(bytes) >= 0) {
    try {
      bytes = text::decode(bytes, text::detect(bytes).encoding);
    } catch (const Error& e) {
      std::vector<Diagnostic> named = e.diagnostics();
      for (auto& d : named) d.where.file = path;
      throw Error(e.family(), std::move(named));
    }
  }
  return parse_csv(bytes, path, limits);
}

}  // namespace baocao::csv
