// A worksheet's XML as both of its readers parse it: read_workbook (the
// whole sheet, once) and RowStream (a row at a time, again), so a cell is
// read alike by both. The parse is expat's own API with namespaces off, fed
// 64 KB at a time: Poco's SAX layer cannot pause between rows, and its
// namespace splitting cost more than the whole parse. No external entity is
// ever loaded (expat loads none without a handler, and the guarded stream
// has refused any DTD before expat sees it).
#pragma once

#include <expat.h>

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "data-adapters/xlsx/xlsx_reader.hpp"

namespace baocao::xlsx {

// Excel's grid, 1,048,576 rows x 16,384 columns (XFD): a reference outside
// it is a damaged or hostile file, and would make the readers that walk
// rows x columns walk billions of empty cells.
inline constexpr int kMaxRows = 1'048'576;
inline constexpr int kMaxCols = 16'384;

// Text enters the engine only through the NFC gate.
std::string nfc_text(std::string s);

// "c" for both "c" and "x:c": namespaces are off, prefixes stay in names.
std::string_view local_name(const XML_Char* name);
// The attribute `name` (with any prefix), "" when absent.
std::string_view attribute(const XML_Char** atts, std::string_view name);

struct ExpatFree {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};
using ExpatParser = std::unique_ptr<std::remove_pointer_t<XML_Parser>, ExpatFree>;

// A parser without namespace processing calling `start`, `end` and `text`
// with `user` as their data. Throws Error(input) naming `file` and `part`
// when expat has no memory.
ExpatParser make_sheet_parser(void* user, XML_StartElementHandler start, XML_EndElementHandler end,
                              XML_CharacterDataHandler text, const std::string& file,
                              const std::string& part);

// Feeds the next 64 KB of `in` to `parser`. Returns true at the end of the
// input. A parse error (or a stop by a handler) is returned in `ok`; the
// caller decides what it means.
bool feed_sheet(XML_Parser parser, std::istream& in, bool& ok);

// The row and cell elements of <sheetData>, read into one Cell at a time.
class CellReader {
 public:
  // Where a cell's own text goes (inline strings, formula strings, errors, a
  // number too large for a double), already NFC: returns its index, or
  // nullopt when there is no room left.
  using KeepText = std::function<std::optional<std::uint32_t>(std::string&&)>;
  enum class Outcome { cell, blank, problem };

  // <row>, <c>, <v>, <f>, <is>, <t>, <rPh>; other elements are ignored.
  void start(std::string_view local, const XML_Char** atts);
  // True when a </c> has ended a cell: call finish() then.
  bool end(std::string_view local);
  void text(const XML_Char* s, int len);

  // The cell just ended: `cell` when `out` holds it, `blank` for a cell
  // without value (a styled empty cell), `problem` when the cell is damaged
  // (problem() says how). Text goes through `keep`.
  Outcome finish(const std::vector<CellStyle>& styles, std::size_t shared_strings, const KeepText& keep,
                 Cell& out);
  // As finish(), but only where the cell is: `out` gets its row and column
  // and nothing of its value, whose damage (a bad number, a shared string
  // index past the table) is then left to whoever reads the value.
  Outcome locate(Cell& out);
  int row() const { return row_; }
  const std::string& problem() const { return problem_; }

 private:
  Outcome fail(std::string what);

  int row_ = 0, col_ = 0, style_ = 0;
  std::string type_, value_, inline_, bad_ref_, problem_;
  bool has_value_ = false, formula_ = false, in_inline_ = false, in_phonetic_ = false;
  bool in_v_ = false, in_t_ = false;
};

}  // namespace baocao::xlsx
