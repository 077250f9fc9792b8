// SAX handlers for the parts of an XLSX that carry data (workbook, its
// relationships, styles, shared strings, sheets). Handlers never throw: they
// record a problem or raise the `stop` flag, and the parse is ended from
// outside expat (by the guarded stream, see xlsx_archive.hpp, or by
// parse_expat's loop).
#include "data-adapters/xlsx/xlsx_reader.hpp"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <expat.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <utility>

#include "data-adapters/xlsx/sheet_xml.hpp"
#include "data-adapters/xlsx/xlsx_archive.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::xlsx {

using Poco::XML::Attributes;
using Poco::XML::XMLChar;
using Poco::XML::XMLString;

std::string cell_ref(int row, int col) {
  std::string letters;
  for (int c = col; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

int column_number(std::string_view letters) {
  int n = 0;
  for (char ch : letters) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (ch < 'A' || ch > 'Z') return 0;
    n = n * 26 + (ch - 'A' + 1);
    if (n > 16384) return 0;
  }
  return n;
}

bool parse_cell_ref(std::string_view ref, int& row, int& col) {
  std::size_t i = 0;
  while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i]))) ++i;
  col = column_number(ref.substr(0, i));
  row = 0;
  auto [p, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  return col > 0 && row > 0 && ec == std::errc() && p == ref.data() + ref.size();
}

namespace {

bool parse_ref(std::string_view ref, int& row, int& col) {
  return parse_cell_ref(ref, row, col);
}

bool parse_range(std::string_view ref, Range& r) {
  auto colon = ref.find(':');
  std::string_view a = ref.substr(0, colon), b = colon == std::string_view::npos ? a : ref.substr(colon + 1);
  return parse_ref(a, r.first_row, r.first_col) && parse_ref(b, r.last_row, r.last_col);
}

std::string attr(const Attributes& a, std::string_view local) {
  for (int i = 0; i < a.getLength(); ++i)
    if (a.getLocalName(i) == local || (a.getLocalName(i).empty() && a.getQName(i) == local))
      return a.getValue(i);
  return {};
}

// Excel's built-in date and time formats (ECMA-376 18.8.30).
bool builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format is a date when, outside quoted text, escapes and [...]
// colour/locale blocks, it uses d, m, y, h or s.
bool custom_date_format(std::string_view code) {
  bool quoted = false;
  int bracket = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char ch = code[i];
    if (quoted) {
      if (ch == '"') quoted = false;
      continue;
    }
    if (ch == '"')
      quoted = true;
    else if (ch == '\\' || ch == '_' || ch == '*')
      ++i;
    else if (ch == '[') {
      // [h], [mm], [ss] are elapsed time; [Red], [$-42A] are not.
      std::size_t close = code.find(']', i);
      std::string_view inner = code.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      if (!inner.empty() && inner.find_first_not_of("hHmMsS") == std::string_view::npos) return true;
      ++bracket;
    } else if (ch == ']')
      --bracket;
    else if (bracket == 0 && std::string_view("dDmMyYhHsS").find(ch) != std::string_view::npos)
      return true;
  }
  return false;
}

struct Problem {
  bool set = false;
  std::string detail;
  void raise(std::string d) {
    if (!set) detail = std::move(d);
    set = true;
  }
};

class TextCollector {
 public:
  void on() { on_ = true; }
  void off() { on_ = false; }
  void add(const XML_Char* ch, int length) {
    if (on_) buf_.append(ch, static_cast<std::size_t>(length));
  }
  std::string take() { return std::exchange(buf_, {}); }
  const std::string& peek() const { return buf_; }

 private:
  bool on_ = false;
  std::string buf_;
};

// _rels/.rels and xl/_rels/workbook.xml.rels: Id -> Target, Type -> Target.
class RelsHandler : public Poco::XML::DefaultHandler {
 public:
  std::map<std::string, std::string> by_id;
  std::map<std::string, std::string> by_type_suffix;
  void startElement(const XMLString&, const XMLString& local, const XMLString&,
                    const Attributes& a) override {
    if (local != "Relationship") return;
    std::string target = attr(a, "Target"), type = attr(a, "Type");
    by_id[attr(a, "Id")] = target;
    auto slash = type.rfind('/');
    by_type_suffix[slash == std::string::npos ? type : type.substr(slash + 1)] = target;
  }
};

struct SheetEntry {
  std::string name, rel_id;
  bool hidden = false;
};

class WorkbookHandler : public Poco::XML::DefaultHandler {
 public:
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void startElement(const XMLString&, const XMLString& local, const XMLString&,
                    const Attributes& a) override {
    if (local == "workbookPr") {
      std::string v = attr(a, "date1904");
      date1904 = v == "1" || v == "true";
    } else if (local == "sheet") {
      std::string state = attr(a, "state");
      sheets.push_back({attr(a, "name"), attr(a, "id"), state == "hidden" || state == "veryHidden"});
    }
  }
};

using Xf = CellStyle;

class StylesHandler : public Poco::XML::DefaultHandler {
 public:
  std::vector<std::string> fonts;
  std::vector<Xf> xfs;
  void startElement(const XMLString&, const XMLString& local, const XMLString&,
                    const Attributes& a) override {
    if (local == "numFmt")
      custom_[to_int(attr(a, "numFmtId"))] = attr(a, "formatCode");
    else if (local == "fonts")
      in_fonts_ = true;
    else if (local == "font" && in_fonts_)
      fonts.emplace_back();
    else if (local == "name" && in_fonts_ && !fonts.empty())
      fonts.back() = attr(a, "val");
    else if (local == "cellXfs")
      in_xfs_ = true;
    else if (local == "xf" && in_xfs_) {
      int fmt = to_int(attr(a, "numFmtId"));
      auto it = custom_.find(fmt);
      bool date = it != custom_.end() ? custom_date_format(it->second) : builtin_date_format(fmt);
      // Built-in 9 and 10 are "0%" and "0.00%"; a custom format with '%' outside quotes.
      bool percent = fmt == 9 || fmt == 10;
      if (it != custom_.end()) {
        bool quoted = false;
        for (char ch : it->second) {
          if (ch == '"') quoted = !quoted;
          if (ch == '%' && !quoted) percent = true;
        }
      }
      int font = to_int(attr(a, "fontId"));
      xfs.push_back({date, percent && !date, static_cast<std::uint16_t>(font >= 0 && font < 65535 ? font : 0)});
    }
  }
  void endElement(const XMLString&, const XMLString& local, const XMLString&) override {
    if (local == "fonts")
      in_fonts_ = false;
    else if (local == "cellXfs")
      in_xfs_ = false;
  }

 private:
  static int to_int(const std::string& s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
  }
  std::map<int, std::string> custom_;
  bool in_fonts_ = false, in_xfs_ = false;
};

// Driven by expat itself, as sheets are (parse_expat below): a workbook of
// 100,000 unit names has as many shared strings, and Poco's SAX layer took
// half their parse.
class SharedStringsHandler {
 public:
  explicit SharedStringsHandler(StringTable& out) : out_(out) {}
  bool full = false;  // the table refused a string (4 GiB of text)
  void startElement(std::string_view local, const XML_Char**) {
    if (local == "si") {
      text_.take();
      in_si_ = true;
    } else if (local == "rPh")
      in_phonetic_ = true;
    else if (local == "t" && in_si_ && !in_phonetic_)
      text_.on();
  }
  void endElement(std::string_view local) {
    if (local == "t")
      text_.off();
    else if (local == "rPh")
      in_phonetic_ = false;
    else if (local == "si") {
      full = full || !out_.push_back(nfc_text(text_.take()));
      in_si_ = false;
    }
  }
  void characters(const XML_Char* ch, int length) { text_.add(ch, length); }

 private:
  StringTable& out_;
  TextCollector text_;
  bool in_si_ = false, in_phonetic_ = false;
};

// Driven by expat itself (parse_expat below): a sheet is nearly all of a
// workbook's XML, and Poco's SAX layer (namespace splitting, attribute
// objects, a string per name) took two thirds of its parse time. The cells
// themselves are read by CellReader, as RowStream reads them.
class SheetHandler {
  static constexpr std::uint64_t kMaxReserve = 2'000'000;  // cells, 48 MB of address space

 public:
  SheetHandler(Sheet& sheet, Workbook& book, std::uint64_t& cells, std::uint64_t max_cells, bool& stop,
               Problem& problem, const ReadOptions& options)
      : sheet_(sheet),
        book_(book),
        cells_(cells),
        max_cells_(max_cells),
        stop_(stop),
        problem_(problem),
        options_(options),
        keep_([this](std::string&& s) -> std::optional<std::uint32_t> {
          auto at = static_cast<std::uint32_t>(book_.strings.size());
          if (!book_.strings.push_back(std::move(s))) return std::nullopt;
          return at;
        }) {}

  void startElement(std::string_view local, const XML_Char** a) {
    if (local == "mergeCell") {
      Range range;
      if (parse_range(attribute(a, "ref"), range)) sheet_.merged.push_back(range);
    } else if (local == "dimension" && sheet_.cells.empty()) {
      // The used range, as Excel and libxlsxwriter write it: one exact
      // allocation instead of doubling, which kept 1.5x a million cells
      // (36 MB) alive at once. It is only a hint from the file, so it is
      // capped by the cell limit and by kMaxReserve; pages never filled cost
      // no memory.
      Range d;
      if (parse_range(attribute(a, "ref"), d) && d.last_row >= d.first_row && d.last_col >= d.first_col) {
        std::uint64_t n =
            std::uint64_t(d.last_row - d.first_row + 1) * std::uint64_t(d.last_col - d.first_col + 1);
        std::uint64_t left = max_cells_ > cells_ ? max_cells_ - cells_ : 0;
        std::uint64_t kept = options_.keep_cells < UINT64_MAX ? options_.keep_cells + 1 : n;
        sheet_.cells.reserve(static_cast<std::size_t>(std::min({n, left, kept, kMaxReserve})));
      }
    } else {
      cell_.start(local, a);
    }
  }

  void endElement(std::string_view local) {
    if (cell_.end(local)) finish_cell();
  }

  void characters(const XML_Char* ch, int length) { cell_.text(ch, length); }

 private:
  void finish_cell() {
    if (stop_) return;
    Cell c;
    // Past the head of a partial sheet only where cells are matters (order,
    // size, the cell limit): their values are read by the RowStream.
    bool skipped = sheet_.partial && cell_.row() > options_.head_rows;
    switch (skipped ? cell_.locate(c) : cell_.finish(book_.styles, book_.shared_strings, keep_, c)) {
      case CellReader::Outcome::blank:
        return;
      case CellReader::Outcome::problem:
        return problem_.raise(cell_.problem());
      case CellReader::Outcome::cell:
        break;
    }
    if (c.row < last_row_ || (c.row == last_row_ && c.col < last_col_)) sheet_.unordered = true;
    last_row_ = c.row;
    last_col_ = c.col;
    if (!sheet_.partial || c.row <= options_.head_rows) sheet_.cells.push_back(c);
    if (!sheet_.partial && sheet_.cells.size() > options_.keep_cells) {
      // From here on only the head rows are kept; the rest of the form is
      // read again, a row at a time, by whoever needs it (RowStream).
      sheet_.partial = true;
      sheet_.head_rows = options_.head_rows;
      std::erase_if(sheet_.cells, [&](const Cell& x) { return x.row > options_.head_rows; });
      std::vector<Cell>(sheet_.cells).swap(sheet_.cells);
    }
    sheet_.max_row = std::max(sheet_.max_row, c.row);
    sheet_.max_col = std::max(sheet_.max_col, c.col);
    if (++cells_ > max_cells_) stop_ = true;
  }

  Sheet& sheet_;
  Workbook& book_;
  std::uint64_t& cells_;
  std::uint64_t max_cells_;
  bool& stop_;
  Problem& problem_;
  const ReadOptions& options_;
  CellReader::KeepText keep_;
  CellReader cell_;
  int last_row_ = 0, last_col_ = 0;  // of the previous cell, to see a file out of order
};

template <typename Handler>
void XMLCALL on_start(void* h, const XML_Char* name, const XML_Char** atts) {
  static_cast<Handler*>(h)->startElement(local_name(name), atts);
}
template <typename Handler>
void XMLCALL on_end(void* h, const XML_Char* name) {
  static_cast<Handler*>(h)->endElement(local_name(name));
}
template <typename Handler>
void XMLCALL on_text(void* h, const XML_Char* s, int len) {
  static_cast<Handler*>(h)->characters(s, len);
}

// Parses a whole part with expat's own API (namespaces off, prefixes
// dropped by local_name); returns early once `stop` is raised (the cell
// limit), as the guarded stream did before.
template <typename Handler>
void parse_expat(Archive& zip, const std::string& part, Handler& handler, const bool& stop) {
  auto in = zip.open(part);
  ExpatParser parser =
      make_sheet_parser(&handler, on_start<Handler>, on_end<Handler>, on_text<Handler>, zip.file(), part);
  for (;;) {
    bool ok = true;
    bool last = feed_sheet(parser.get(), *in, ok);
    if (!ok)
      fail(ErrorFamily::input, MsgId::xlsx_bad_xml,
           {part, std::string(XML_ErrorString(XML_GetErrorCode(parser.get()))) + " (line " +
                      std::to_string(XML_GetCurrentLineNumber(parser.get())) + ")"},
           at_file(zip.file()));
    if (last || stop) return;
  }
}

// Parses one part with expat through Poco: namespaces on, external
// entities never loaded (the guard has already refused any DTD).
void parse_part(Archive& zip, const std::string& part, Poco::XML::DefaultHandler& handler, const bool* stop) {
  zip.read(part, stop, [&](std::istream& in) {
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setContentHandler(&handler);
    Poco::XML::InputSource source(in);
    try {
      parser.parse(&source);
    } catch (const Poco::XML::SAXParseException& e) {
      fail(ErrorFamily::input, MsgId::xlsx_bad_xml, {part, e.message()}, at_file(zip.file()));
    } catch (const Poco::Exception& e) {
      fail(ErrorFamily::input, MsgId::xlsx_damaged, {part + ": " + e.displayText()}, at_file(zip.file()));
    }
  });
}

// "worksheets/sheet1.xml" relative to "xl/workbook.xml", or "/xl/..." absolute.
std::string resolve(const std::string& base_part, const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  auto slash = base_part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : base_part.substr(0, slash + 1);
  std::string path = dir + target;
  // Collapse "a/../b" as written by some generators.
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".")
      parts.push_back(seg);
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string rels_of(const std::string& part) {
  auto slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  return dir + "_rels/" + part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
}

}  // namespace

const Cell* Sheet::own(int row, int col) const {
  auto it =
      std::lower_bound(cells.begin(), cells.end(), std::make_pair(row, col),
                       [](const Cell& c, std::pair<int, int> k) { return std::make_pair(c.row, c.col) < k; });
  if (it != cells.end() && it->row == row && it->col == col) return &*it;
  return nullptr;
}

const Cell* Sheet::at(int row, int col) const {
  if (merge_index.size() != merged.size()) {
    // `merged` changed after index_merges(): still right, only slower.
    for (const Range& r : merged)
      if (r.contains(row, col)) return own(r.first_row, r.first_col);
    return own(row, col);
  }
  std::int64_t i = merge_index.find(row, col);
  if (i < 0) return own(row, col);
  const Range& r = merged[static_cast<std::size_t>(i)];
  return own(r.first_row, r.first_col);
}

const Sheet* Workbook::sheet(std::string_view name) const {
  for (const Sheet& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

const Sheet* Workbook::first_visible() const {
  for (const Sheet& s : sheets)
    if (!s.hidden) return &s;
  return sheets.empty() ? nullptr : &sheets.front();
}

CivilDate Workbook::date_of(const Cell& c) const {
  // Days since 1899-12-30 (Excel's 1900 system, which counts a 29 Feb 1900
  // that never was: serials below 61 are one day off and left as they are)
  // or since 1904-01-01.
  long long days = static_cast<long long>(std::floor(c.number)) + (date1904 ? 1462 : 0);
  if (!date1904 && c.number < 61) days += 1;
  // Civil-from-days (H. Hinnant), epoch 1970-01-01 = serial 25569.
  long long z = days - 25569 + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2)), m, d};
}

std::string Workbook::display(const Cell& c) const {
  switch (c.kind) {
    case CellKind::text:
    case CellKind::error:
      return c.text < strings.size() ? std::string(strings[c.text]) : std::string();
    case CellKind::boolean:
      return c.number != 0 ? "TRUE" : "FALSE";
    case CellKind::date:
      return to_iso(date_of(c));
    case CellKind::number: {
      char buf[32];
      auto res = std::to_chars(buf, buf + sizeof buf, c.number);
      return std::string(buf, res.ptr);
    }
  }
  return {};
}

Workbook read_workbook(const std::string& path, const Limits& limits, const ReadOptions& options) {
  Archive zip(path, limits);
  Workbook book;
  book.file = path;
  book.limits = limits;
  bool stop = false;

  std::string workbook_part = "xl/workbook.xml";
  if (zip.has("_rels/.rels")) {
    RelsHandler root;
    parse_part(zip, "_rels/.rels", root, nullptr);
    auto it = root.by_type_suffix.find("officeDocument");
    if (it != root.by_type_suffix.end()) workbook_part = resolve("", it->second);
  }
  if (!zip.has(workbook_part))
    fail(ErrorFamily::input, MsgId::xlsx_missing_part, {workbook_part}, at_file(path));

  WorkbookHandler wb;
  parse_part(zip, workbook_part, wb, nullptr);
  book.date1904 = wb.date1904;
  RelsHandler rels;
  if (zip.has(rels_of(workbook_part))) parse_part(zip, rels_of(workbook_part), rels, nullptr);

  auto part_for = [&](const char* type, const char* fallback) {
    auto it = rels.by_type_suffix.find(type);
    return it != rels.by_type_suffix.end() ? resolve(workbook_part, it->second) : std::string(fallback);
  };

  StylesHandler styles;
  std::string styles_part = part_for("styles", "xl/styles.xml");
  if (zip.has(styles_part)) parse_part(zip, styles_part, styles, nullptr);
  book.fonts = styles.fonts;
  book.styles = styles.xfs;

  std::string shared_part = part_for("sharedStrings", "xl/sharedStrings.xml");
  if (zip.has(shared_part)) {
    SharedStringsHandler sst(book.strings);
    parse_expat(zip, shared_part, sst, stop);
    if (sst.full)
      fail(ErrorFamily::input, MsgId::xlsx_damaged, {shared_part + ": more than 4 GiB of text"},
           at_file(path));
  }
  std::size_t shared_count = book.strings.size();
  book.shared_strings = shared_count;

  std::uint64_t cells = 0;
  Problem problem;
  for (const SheetEntry& e : wb.sheets) {
    auto it = rels.by_id.find(e.rel_id);
    if (it == rels.by_id.end()) continue;  // chart sheets and the like carry no cells
    std::string part = resolve(workbook_part, it->second);
    if (!zip.has(part)) fail(ErrorFamily::input, MsgId::xlsx_missing_part, {part}, at_file(path));
    Sheet sheet;
    sheet.name = e.name;
    sheet.hidden = e.hidden;
    sheet.part = part;
    SheetHandler handler(sheet, book, cells, limits.max_cells, stop, problem, options);
    try {
      parse_expat(zip, part, handler, stop);
    } catch (const StopRequested&) {
    }
    if (stop)
      fail(ErrorFamily::input, MsgId::xlsx_too_many_cells, {std::to_string(limits.max_cells)}, at_file(path));
    if (problem.set)
      fail(ErrorFamily::input, MsgId::xlsx_damaged, {part + ": " + problem.detail}, at_file(path));
    // Hand-made files may store cells out of order; lookups need row-major.
    auto row_major = [](const Cell& a, const Cell& b) {
      return a.row != b.row ? a.row < b.row : a.col < b.col;
    };
    if (!std::is_sorted(sheet.cells.begin(), sheet.cells.end(), row_major))
      std::stable_sort(sheet.cells.begin(), sheet.cells.end(), row_major);
    sheet.index_merges();
    book.sheets.push_back(std::move(sheet));
  }
  book.strings.shrink_to_fit();
  return book;
}

}  // namespace baocao::xlsx
