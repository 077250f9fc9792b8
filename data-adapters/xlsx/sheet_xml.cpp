// The reading of one worksheet cell, shared by read_workbook and RowStream
// (see sheet_xml.hpp). Nothing here throws inside expat's callbacks: a
// damaged cell is an Outcome, and the caller stops the parser.
#include "data-adapters/xlsx/sheet_xml.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::xlsx {

namespace {
constexpr int kChunk = 1 << 16;
}  // namespace

// Never throws (it runs inside expat's callbacks): characters the gate
// refuses are found where the cell's text is used (the import's checks).
std::string nfc_text(std::string s) {
  return text::is_nfc(s) ? s : text::nfc_only(s);
}

// True when the number `text` (read as `value`) is past 2^53. Whole digits
// are compared exactly: 9007199254740993 reads as the double 2^53.
static bool beyond_exact(std::string_view text, double value) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (!(std::fabs(value) >= kExact)) return false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  std::uint64_t whole = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
  if (end == text.data() + text.size() && ec == std::errc()) return whole > (std::uint64_t{1} << 53);
  return end != text.data() + text.size() ? std::fabs(value) > kExact : true;
}

std::string_view local_name(const XML_Char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

std::string_view attribute(const XML_Char** atts, std::string_view name) {
  for (; atts[0]; atts += 2)
    if (local_name(atts[0]) == name) return atts[1];
  return {};
}

ExpatParser make_sheet_parser(void* user, XML_StartElementHandler start, XML_EndElementHandler end,
                              XML_CharacterDataHandler text, const std::string& file,
                              const std::string& part) {
  ExpatParser p(XML_ParserCreate(nullptr));
  if (!p) baocao::fail(ErrorFamily::input, MsgId::xlsx_damaged, {part + ": out of memory"}, at_file(file));
  XML_SetUserData(p.get(), user);
  XML_SetElementHandler(p.get(), start, end);
  XML_SetCharacterDataHandler(p.get(), text);
  return p;
}

bool feed_sheet(XML_Parser parser, std::istream& in, bool& ok) {
  char* buf = static_cast<char*>(XML_GetBuffer(parser, kChunk));
  if (!buf) {
    ok = false;
    return true;
  }
  in.read(buf, kChunk);
  auto got = static_cast<int>(in.gcount());
  bool last = got == 0;
  ok = XML_ParseBuffer(parser, got, last) == XML_STATUS_OK;
  return last;
}

void CellReader::start(std::string_view local, const XML_Char** atts) {
  if (local == "c") {
    std::string_view r = attribute(atts, "r");
    int row = 0, col = 0;
    bad_ref_.clear();
    if (!r.empty() && parse_cell_ref(r, row, col)) {
      row_ = row;
      col_ = col;
    } else {
      // A reference that names no cell of the grid ("UVXWJ1", column
      // 10,000,000) must not quietly become the next column's value.
      if (!r.empty()) bad_ref_ = r.substr(0, 32);
      col_ = std::min(col_, kMaxCols) + 1;
    }
    type_ = attribute(atts, "t");
    std::string_view s = attribute(atts, "s");
    style_ = 0;
    if (!s.empty()) std::from_chars(s.data(), s.data() + s.size(), style_);
    has_value_ = formula_ = false;
    value_.clear();
    inline_.clear();
  } else if (local == "v") {
    in_v_ = has_value_ = true;
  } else if (local == "row") {
    std::string_view r = attribute(atts, "r");
    int n = 0;
    row_ = !r.empty() && std::from_chars(r.data(), r.data() + r.size(), n).ec == std::errc()
               ? n
               : std::min(row_, kMaxRows) + 1;
    col_ = 0;
  } else if (local == "f") {
    formula_ = true;
  } else if (local == "is") {
    in_inline_ = has_value_ = true;
  } else if (local == "rPh") {
    in_phonetic_ = true;
  } else if (local == "t" && in_inline_ && !in_phonetic_) {
    in_t_ = true;
  }
}

bool CellReader::end(std::string_view local) {
  if (local == "c") return true;
  if (local == "v")
    in_v_ = false;
  else if (local == "t")
    in_t_ = false;
  else if (local == "rPh")
    in_phonetic_ = false;
  else if (local == "is")
    in_inline_ = false;
  return false;
}

void CellReader::text(const XML_Char* s, int len) {
  if (in_v_)
    value_.append(s, static_cast<std::size_t>(len));
  else if (in_t_)
    inline_.append(s, static_cast<std::size_t>(len));
}

CellReader::Outcome CellReader::fail(std::string what) {
  problem_ = std::move(what);
  return Outcome::problem;
}

CellReader::Outcome CellReader::locate(Cell& c) {
  if (!has_value_) return Outcome::blank;
  if (!bad_ref_.empty()) return fail("cell reference '" + bad_ref_ + "' outside the sheet (A1:XFD1048576)");
  if (row_ < 1 || row_ > kMaxRows || col_ < 1 || col_ > kMaxCols)
    return fail("cell outside the sheet (row " + std::to_string(row_) + ", column " + std::to_string(col_) +
                ")");
  bool typed =
      type_ == "s" || type_ == "inlineStr" || type_ == "str" || type_ == "e" || type_ == "d" || type_ == "b";
  if (!typed && value_.empty()) return Outcome::blank;  // a styled blank cell
  c = Cell{};
  c.row = row_;
  c.col = col_;
  return Outcome::cell;
}

CellReader::Outcome CellReader::finish(const std::vector<CellStyle>& styles, std::size_t shared_strings,
                                       const KeepText& keep, Cell& c) {
  if (Outcome where = locate(c); where != Outcome::cell) return where;
  c.formula = formula_;
  const CellStyle* xf =
      style_ >= 0 && static_cast<std::size_t>(style_) < styles.size() ? &styles[style_] : nullptr;
  c.font = xf ? xf->font : 0;
  auto keep_text = [&](std::string&& s) {
    std::optional<std::uint32_t> at = keep(nfc_text(std::move(s)));
    if (at) c.text = *at;
    return at.has_value();
  };
  if (type_ == "s") {
    unsigned idx = 0;
    auto res = std::from_chars(value_.data(), value_.data() + value_.size(), idx);
    if (res.ec != std::errc() || idx >= shared_strings)
      return fail("shared string index '" + value_ + "' at " + cell_ref(row_, col_));
    c.kind = CellKind::text;
    c.text = idx;
  } else if (type_ == "inlineStr" || type_ == "str" || type_ == "e" || type_ == "d") {
    c.kind = type_ == "e" ? CellKind::error : CellKind::text;
    if (!keep_text(type_ == "inlineStr" ? std::move(inline_) : std::move(value_)))
      return fail("more than 4 GiB of text");
  } else if (type_ == "b") {
    c.kind = CellKind::boolean;
    c.number = value_ == "1" || value_ == "true" ? 1 : 0;
  } else {
    auto res = std::from_chars(value_.data(), value_.data() + value_.size(), c.number);
    // Past 2^53 a double no longer holds every whole number: kept as its
    // digits too, which the form reader refuses as too large, never rounded.
    if (res.ec == std::errc::result_out_of_range ||
        (res.ec == std::errc() && (!std::isfinite(c.number) || beyond_exact(value_, c.number)))) {
      // 1e309, NaN, inf: no spreadsheet writes these, but a hand-made
      // file can. Kept as the text it is, so the form reader says "ô D7:
      // '1e309' không phải là số" like any other figure that is not one.
      c.kind = CellKind::text;
      if (!keep_text(std::move(value_))) return fail("more than 4 GiB of text");
    } else if (res.ec != std::errc() || res.ptr != value_.data() + value_.size()) {
      return fail("number '" + value_ + "' at " + cell_ref(row_, col_));
    } else {
      // Excel's dates end at 9999-12-31 (serial 2958465); a larger serial
      // in a date format is shown as the number it is.
      bool date = xf && xf->date && c.number >= 0 && c.number <= 2958465;
      c.kind = date ? CellKind::date : CellKind::number;
      c.percent = !date && xf && xf->percent;
    }
  }
  return Outcome::cell;
}

}  // namespace baocao::xlsx
