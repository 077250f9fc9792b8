// expat callbacks never throw: a problem is recorded and the parser stopped,
// and the error is raised once XML_ParseBuffer has returned. Rows are told
// apart by their cells' references (as read_workbook does), so a row is
// complete once a cell of a later row, or the end of <sheetData>, is seen.
#include "data-adapters/xlsx/row_stream.hpp"

#include <algorithm>
#include <istream>

#include "data-adapters/xlsx/sheet_xml.hpp"
#include "data-adapters/xlsx/xlsx_archive.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::xlsx {

namespace {

// Inline text of a streamed cell: its index in the stream's own texts.
constexpr std::uint32_t kInline = 0x8000'0000u;

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
  ExpatParser parser;
  CellReader cell;
  CellReader::KeepText keep = [this](std::string&& s) -> std::optional<std::uint32_t> {
    if (texts_used == texts.size()) texts.emplace_back();
    texts[texts_used] = std::move(s);
    return kInline | static_cast<std::uint32_t>(texts_used++);
  };

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

  void end(std::string_view name) {
    if (cell.end(name)) {
      finish_cell();
    } else if (name == "sheetData") {
      data_done = true;
      XML_StopParser(parser.get(), XML_FALSE);
    }
  }

  // read_workbook has already checked where the cells are; a damaged value
  // past the head rows (it did not decode them) is refused here.
  void finish_cell() {
    if (!problem.empty()) return;
    Cell c;
    switch (cell.finish(book->styles, book->shared_strings, keep, c)) {
      case CellReader::Outcome::blank:
        return;
      case CellReader::Outcome::problem:
        return stop(cell.problem());
      case CellReader::Outcome::cell:
        break;
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
    bool ok = true;
    bool last = feed_sheet(parser.get(), *in, ok);
    if (!ok) {
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
  static_cast<RowStream::Parse*>(data)->cell.start(local_name(name), atts);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<RowStream::Parse*>(data)->end(local_name(name));
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  static_cast<RowStream::Parse*>(data)->cell.text(s, len);
}

}  // namespace

RowStream::RowStream(const Workbook& book, const Sheet& sheet)
    : book_(book), parse_(std::make_unique<Parse>()) {
  Parse& p = *parse_;
  p.book = &book;
  p.part = sheet.part;
  p.zip = std::make_unique<Archive>(book.file, book.limits);
  p.in = p.zip->open(sheet.part);
  p.parser = make_sheet_parser(&p, on_start, on_end, on_text, book.file, sheet.part);
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
