// expat callbacks never throw: a problem is recorded and the parser stopped,
// and the error is raised once XML_ParseBuffer has returned. Rows are told
// apart by their cells' references (as read_workbook does), so a row is
// complete once a cell of a later row, or the end of <sheetData>, is seen.
#include "data-adapters/xlsx/row_stream.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <istream>

#include "data-adapters/xlsx/xlsx_archive.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::xlsx {

namespace {

constexpr int kMaxRows = 1'048'576;
constexpr int kMaxCols = 16'384;
// Inline text of a streamed cell: its index in the stream's own texts.
constexpr std::uint32_t kInline = 0x8000'0000u;
constexpr std::size_t kChunk = 1 << 16;

// "c" for both "c" and "x:c": namespaces are off, prefixes stay in names.
std::string_view local(const XML_Char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

std::string_view attr(const XML_Char** atts, std::string_view name) {
  for (; atts[0]; atts += 2)
    if (local(atts[0]) == name) return atts[1];
  return {};
}

struct ParserFree {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

}  // namespace

const Cell* RowView::find(int col) const {
  const Cell* it = std::lower_bound(begin, end, col, [](const Cell& c, int k) { return c.col < k; });
  return it != end && it->col == col ? it : nullptr;
}

struct RowStream::Parse {
  const Workbook* book = nullptr;
  std::string part;
  std::unique_ptr<Archive> zip;
  std::unique_ptr<std::istream> in;
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser;

  // The cell being read.
  int row = 0, col = 0, style = 0;
  std::string type, value, inline_text, bad_ref;
  bool has_value = false, formula = false, in_inline = false, in_phonetic = false;
  bool in_v = false, in_t = false;

  // Cells read and not yet handed out; those before `complete` form whole rows.
  std::vector<Cell> ready;
  std::vector<std::string> texts;  // inline texts; strings reused across chunks
  std::size_t texts_used = 0;
  std::size_t complete = 0, served = 0;
  bool data_done = false;  // </sheetData> seen: the rest of the part is not needed
  bool finished = false;   // nothing more to parse
  std::string problem;

  void stop(std::string what) {
    if (problem.empty()) problem = std::move(what);
    XML_StopParser(parser.get(), XML_FALSE);
  }

  void start(std::string_view name, const XML_Char** atts) {
    if (name == "c") {
      std::string_view r = attr(atts, "r");
      int rr = 0, cc = 0;
      bad_ref.clear();
      if (!r.empty() && parse_cell_ref(r, rr, cc)) {
        row = rr;
        col = cc;
      } else {
        if (!r.empty()) bad_ref = r.substr(0, 32);
        col = std::min(col, kMaxCols) + 1;
      }
      type = attr(atts, "t");
      std::string_view s = attr(atts, "s");
      style = 0;
      if (!s.empty()) std::from_chars(s.data(), s.data() + s.size(), style);
      has_value = formula = false;
      value.clear();
      inline_text.clear();
    } else if (name == "v") {
      in_v = has_value = true;
    } else if (name == "row") {
      std::string_view r = attr(atts, "r");
      int n = 0;
      row = !r.empty() && std::from_chars(r.data(), r.data() + r.size(), n).ec == std::errc()
                ? n
                : std::min(row, kMaxRows) + 1;
      col = 0;
    } else if (name == "f") {
      formula = true;
    } else if (name == "is") {
      in_inline = has_value = true;
    } else if (name == "rPh") {
      in_phonetic = true;
    } else if (name == "t" && in_inline && !in_phonetic) {
      in_t = true;
    }
  }

  void end(std::string_view name) {
    if (name == "c")
      finish_cell();
    else if (name == "v")
      in_v = false;
    else if (name == "t")
      in_t = false;
    else if (name == "rPh")
      in_phonetic = false;
    else if (name == "is")
      in_inline = false;
    else if (name == "sheetData") {
      data_done = true;
      XML_StopParser(parser.get(), XML_FALSE);
    }
  }

  std::uint32_t keep_text(std::string&& s) {
    if (texts_used == texts.size()) texts.emplace_back();
    std::string& t = texts[texts_used];
    t = std::move(s);
    // Text enters the engine only through the NFC gate.
    if (!text::is_nfc(t)) t = text::to_nfc(t);
    return kInline | static_cast<std::uint32_t>(texts_used++);
  }

  // The same reading of a cell as read_workbook's; it has already refused
  // a damaged part, so a problem here means the file changed in between.
  void finish_cell() {
    if (!has_value || !problem.empty()) return;
    if (!bad_ref.empty()) return stop("cell reference '" + bad_ref + "' outside the sheet (A1:XFD1048576)");
    if (row < 1 || row > kMaxRows || col < 1 || col > kMaxCols)
      return stop("cell outside the sheet (row " + std::to_string(row) + ")");
    Cell c;
    c.row = row;
    c.col = col;
    c.formula = formula;
    const auto& styles = book->styles;
    const CellStyle* xf =
        style >= 0 && static_cast<std::size_t>(style) < styles.size() ? &styles[style] : nullptr;
    c.font = xf ? xf->font : 0;
    if (type == "s") {
      unsigned idx = 0;
      auto res = std::from_chars(value.data(), value.data() + value.size(), idx);
      if (res.ec != std::errc() || idx >= book->shared_strings)
        return stop("shared string index '" + value + "' at " + cell_ref(row, col));
      c.kind = CellKind::text;
      c.text = idx;
    } else if (type == "inlineStr" || type == "str" || type == "e" || type == "d") {
      c.kind = type == "e" ? CellKind::error : CellKind::text;
      c.text = keep_text(type == "inlineStr" ? std::move(inline_text) : std::move(value));
    } else if (type == "b") {
      c.kind = CellKind::boolean;
      c.number = value == "1" || value == "true" ? 1 : 0;
    } else {
      if (value.empty()) return;  // a styled blank cell
      auto res = std::from_chars(value.data(), value.data() + value.size(), c.number);
      if (res.ec == std::errc::result_out_of_range || (res.ec == std::errc() && !std::isfinite(c.number))) {
        c.kind = CellKind::text;
        c.text = keep_text(std::move(value));
      } else if (res.ec != std::errc() || res.ptr != value.data() + value.size()) {
        return stop("number '" + value + "' at " + cell_ref(row, col));
      } else {
        bool date = xf && xf->date && c.number >= 0 && c.number <= 2958465;
        c.kind = date ? CellKind::date : CellKind::number;
      }
    }
    if (!ready.empty() && ready.back().row != c.row) complete = ready.size();
    ready.push_back(c);
  }

  // Drops the rows handed out; the incomplete row left, with its texts, moves to the front.
  void compact() {
    std::size_t keep = ready.size() - complete;
    std::size_t moved_texts = 0;
    for (std::size_t i = 0; i < keep; ++i) {
      Cell c = ready[complete + i];
      if (c.text & kInline && (c.kind == CellKind::text || c.kind == CellKind::error)) {
        std::swap(texts[moved_texts], texts[c.text & ~kInline]);
        c.text = kInline | static_cast<std::uint32_t>(moved_texts++);
      }
      ready[i] = c;
    }
    ready.resize(keep);
    texts_used = moved_texts;
    complete = served = 0;
  }

  void feed() {
    char* buf = static_cast<char*>(XML_GetBuffer(parser.get(), kChunk));
    if (!buf) fail(ErrorFamily::input, MsgId::xlsx_damaged, {part + ": out of memory"}, at_file(book->file));
    in->read(buf, kChunk);
    auto got = static_cast<int>(in->gcount());
    bool last = got == 0;
    if (XML_ParseBuffer(parser.get(), got, last) != XML_STATUS_OK) {
      if (!problem.empty())
        fail(ErrorFamily::input, MsgId::xlsx_damaged, {part + ": " + problem}, at_file(book->file));
      if (!data_done)
        fail(ErrorFamily::input, MsgId::xlsx_bad_xml, {part, XML_ErrorString(XML_GetErrorCode(parser.get()))},
             at_file(book->file));
    }
    if (last || data_done) {
      finished = true;
      complete = ready.size();
    }
  }
};

namespace {

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** atts) {
  static_cast<RowStream::Parse*>(data)->start(local(name), atts);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<RowStream::Parse*>(data)->end(local(name));
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  auto* p = static_cast<RowStream::Parse*>(data);
  if (p->in_v)
    p->value.append(s, static_cast<std::size_t>(len));
  else if (p->in_t)
    p->inline_text.append(s, static_cast<std::size_t>(len));
}

}  // namespace

RowStream::RowStream(const Workbook& book, const Sheet& sheet)
    : book_(book), parse_(std::make_unique<Parse>()) {
  Parse& p = *parse_;
  p.book = &book;
  p.part = sheet.part;
  p.zip = std::make_unique<Archive>(book.file, book.limits);
  p.in = p.zip->open(sheet.part);
  // No namespace processing, no external entities (expat loads none without
  // a handler, and the guarded stream has refused any DTD).
  p.parser.reset(XML_ParserCreate(nullptr));
  if (!p.parser)
    fail(ErrorFamily::input, MsgId::xlsx_damaged, {sheet.part + ": out of memory"}, at_file(book.file));
  XML_SetUserData(p.parser.get(), &p);
  XML_SetElementHandler(p.parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(p.parser.get(), on_text);
}

RowStream::~RowStream() = default;

RowView RowStream::next() {
  Parse& p = *parse_;
  if (p.served >= p.complete) {
    p.compact();
    while (p.complete == 0 && !p.finished) p.feed();
    if (p.complete == 0) return {};
  }
  const Cell* first = p.ready.data() + p.served;
  std::size_t end = p.served + 1;
  while (end < p.complete && p.ready[end].row == first->row) ++end;
  p.served = end;
  return {first->row, first, p.ready.data() + end};
}

std::string_view RowStream::text(const Cell& c) const {
  if (c.text & kInline) return parse_->texts[c.text & ~kInline];
  return c.text < book_.strings.size() ? book_.strings[c.text] : std::string_view();
}

}  // namespace baocao::xlsx
