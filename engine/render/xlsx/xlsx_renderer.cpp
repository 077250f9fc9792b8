#include "engine/render/xlsx/xlsx_renderer.hpp"

#include <sys/statvfs.h>
#include <unicode/utf8.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/document/column_widths.hpp"
#include "engine/render/xlsx/first_page_header.hpp"
#include "engine/render/xlsx/sheet_text_width.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::render {

namespace {

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

void check(lxw_error err, const char* what) {
  if (err != LXW_NO_ERROR)
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {std::string(what) + ": " + lxw_strerror(err)});
}

// Type sizes: table text as the PDF's body tables (and never below 12 pt
// on paper: sheets print at 100 %); appendix titles and captions as the
// PDF's body; the page number as ND30 asks.
constexpr double kCellPt = 12;
constexpr double kTitlePt = 14;
constexpr double kNotePt = 12;
constexpr double kPageNumberPt = 13;
constexpr double kCellPadPt = 3;  // besides the 5 px every column has
constexpr double kDefaultRowPt = 15;  // libxlsxwriter's and Excel's

// ND30 margins in mm, as the PDF's pages: a landscape page keeps the binding
// margin (30 mm) at its top edge, because bound with the portrait pages it is
// turned a quarter and its top edge lies at the spine (a left 30 mm margin
// would put the binding into the table's first rows' ends instead).
struct Margins {
  double left, right, top, bottom;
};
constexpr Margins kPortrait{30, 15, 20, 20};
constexpr Margins kLandscape{20, 20, 30, 15};
constexpr double kA4Short = 210, kA4Long = 297;
// The page number sits in the top margin, about as high as the PDF's.
constexpr double kHeaderMarginMm = 10;

double mm_to_inch(double mm) {
  return mm / 25.4;
}
double mm_to_pt(double mm) {
  return mm * 72 / 25.4;
}

std::string plain_text(const doc::Spans& spans) {
  std::string s;
  for (const auto& span : spans) s += span.text;
  text::require_nfc(s);
  return s;
}

bool all_bold(const doc::Spans& spans) {
  bool any = false;
  for (const auto& s : spans) {
    if (s.text.find_first_not_of(' ') == std::string::npos) continue;
    if (!s.bold) return false;
    any = true;
  }
  return any;
}

// "A1"-style reference; absolute ($C$5) when `absolute`.
std::string cell_ref(lxw_row_t row, std::size_t col, bool absolute = false) {
  std::string letters;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  std::string d = absolute ? "$" : "";
  return d + letters + d + std::to_string(row + 1);
}

// Excel sheet names: at most 31 characters, none of []:*?/\, unique.
std::string sheet_name(const std::string& id, std::set<std::string>& used) {
  std::string base;
  for (char c : id)
    if (std::string_view("[]:*?/\\'").find(c) == std::string_view::npos) base += c;
  if (base.empty()) base = "Bang";
  base = base.substr(0, 28);
  std::string name = base;
  for (int n = 2; used.count(name); ++n) name = base + "-" + std::to_string(n);
  used.insert(name);
  return name;
}

// The number format that shows a value as the PDF shows its text: as many
// decimals as the text has ("70%" and "85,2%"), a sign when the text has
// one ("+4,6"), thousands separators, dates day first. Excel's codes are
// locale-neutral: a Vietnamese Excel shows 1.234 and 72,5%.
std::string number_format(doc::ValueKind kind, const std::string& text) {
  if (kind == doc::ValueKind::date) return "dd/mm/yyyy";
  std::size_t decimals = 0;
  if (auto comma = text.rfind(','); comma != std::string::npos)
    while (comma + 1 + decimals < text.size() && std::isdigit(static_cast<unsigned char>(text[comma + 1 + decimals])))
      ++decimals;
  std::string frac = decimals ? "." + std::string(decimals, '0') : "";
  const std::string base = kind == doc::ValueKind::percent ? "0" + frac + "%" : "#,##0" + frac;
  // A change shown with its sign ("+4,6", "+12", "+2,5%"): the sign kept
  // for a rise, whatever the kind of number.
  if (!text.empty() && text.front() == '+') return "+" + base + ";-" + base + ";" + base;
  return base;
}

// A target (percent) as the documents print it: "70%", "99,5%", with no
// decimal a whole target does not have. The one place the workbook turns a
// target into text of its own (tables carry the template's text).
std::string target_text(double percent) {
  const bool whole = std::abs(percent - std::round(percent)) < 1e-9;
  return text::format_vi_percent(percent, whole ? 0 : 1);
}

struct FormatSpec {
  bool bold = false, italic = false, underline = false;
  double size = kCellPt;
  uint8_t align = LXW_ALIGN_LEFT;
  std::string num;
  bool border = true;
  uint32_t color = 0;  // font colour, 0 = automatic
  uint32_t fill = 0;   // 0 = none

  std::string key() const {
    std::ostringstream k;
    k << bold << italic << underline << '|' << size << '|' << int(align) << '|' << num << '|' << border << '|'
      << color << '|' << fill;
    return k.str();
  }
};

// One lxw_format per distinct look, made on first use.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {}
  lxw_format* get(const FormatSpec& s) {
    auto [it, fresh] = cache_.try_emplace(s.key(), nullptr);
    if (!fresh) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, s.size);
    if (s.bold) format_set_bold(f);
    if (s.italic) format_set_italic(f);
    if (s.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
    if (!s.num.empty()) format_set_num_format(f, s.num.c_str());
    format_set_align(f, s.align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    if (s.border) format_set_border(f, LXW_BORDER_THIN);
    if (s.color) format_set_font_color(f, s.color);
    if (s.fill) format_set_bg_color(f, s.fill);
    it->second = f;
    return f;
  }
  // Rates below their column's target: bold and underlined, so black and
  // white print shows them; dark red on pink on a screen.
  lxw_format* below_target() {
    if (!below_) {
      below_ = workbook_add_format(wb_);
      format_set_bold(below_);
      format_set_underline(below_, LXW_UNDERLINE_SINGLE);
      format_set_font_color(below_, 0x9C0006);
      format_set_bg_color(below_, 0xFFC7CE);
    }
    return below_;
  }

 private:
  lxw_workbook* wb_;
  std::map<std::string, lxw_format*> cache_;
  lxw_format* below_ = nullptr;
};

uint8_t lxw_align(doc::Align a) {
  switch (a) {
    case doc::Align::center:
      return LXW_ALIGN_CENTER;
    case doc::Align::right:
      return LXW_ALIGN_RIGHT;
    case doc::Align::left:
    case doc::Align::justify:
      break;
  }
  return LXW_ALIGN_LEFT;
}

// A cell with its place on the sheet, after spans are resolved.
struct Placed {
  const doc::Cell* cell;
  lxw_row_t row;
  std::size_t col;
  std::size_t col_span, row_span;
};

std::vector<Placed> place(const std::vector<doc::Row>& rows, lxw_row_t first_row, std::size_t ncols) {
  std::vector<Placed> out;
  std::vector<std::size_t> busy(ncols, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t col = 0;
    for (const doc::Cell& c : rows[r].cells) {
      while (col < ncols && busy[col] > 0) ++col;
      if (col >= ncols) break;
      std::size_t cspan = std::min<std::size_t>(std::max(1, c.col_span), ncols - col);
      std::size_t rspan = std::min<std::size_t>(std::max(1, c.row_span), rows.size() - r);
      out.push_back({&c, static_cast<lxw_row_t>(first_row + r), col, cspan, rspan});
      for (std::size_t k = col; k < col + cspan; ++k) busy[k] = rspan;
      col += cspan;
    }
    for (auto& b : busy)
      if (b > 0) --b;
  }
  return out;
}

struct BodyRange {
  lxw_row_t first = 0, last = 0;  // inclusive; empty when first > last
};

void write_cell(lxw_worksheet* ws, const Placed& p, Formats& f, bool header, const BodyRange& body) {
  const doc::Cell& c = *p.cell;
  lxw_col_t col = static_cast<lxw_col_t>(p.col);
  std::string text = plain_text(c.content);
  const bool number = c.value && c.kind != doc::ValueKind::text && !header;
  FormatSpec spec;
  spec.bold = all_bold(c.content);
  spec.align = lxw_align(c.align);
  if (number) spec.num = number_format(c.kind, text);
  lxw_format* fmt = f.get(spec);
  if (p.col_span > 1 || p.row_span > 1) {
    check(worksheet_merge_range(ws, p.row, col, static_cast<lxw_row_t>(p.row + p.row_span - 1),
                                static_cast<lxw_col_t>(p.col + p.col_span - 1), text.c_str(), fmt),
          "merge_range");
    return;
  }
  if (!number) {
    if (text.empty()) check(worksheet_write_blank(ws, p.row, col, fmt), "write_blank");
    else check(worksheet_write_string(ws, p.row, col, text.c_str(), fmt), "write_string");
    return;
  }
  if (c.kind == doc::ValueKind::date) {  // days since 1970-01-01
    check(worksheet_write_unixtime(ws, p.row, col, static_cast<int64_t>(std::llround(*c.value)) * 86400, fmt),
          "write_date");
    return;
  }
  // The document holds percentages; Excel formats fractions.
  double cached = c.kind == doc::ValueKind::percent ? *c.value / 100.0 : *c.value;
  std::string formula;
  if (c.derived == doc::Derived::column_sum && body.first <= body.last) {
    formula = "=SUM(" + cell_ref(body.first, p.col) + ":" + cell_ref(body.last, p.col) + ")";
  } else if (c.derived == doc::Derived::ratio) {
    long num = static_cast<long>(p.col) + c.numerator_offset, den = static_cast<long>(p.col) + c.denominator_offset;
    if (num >= 0 && den >= 0)
      formula = "=IFERROR(" + cell_ref(p.row, static_cast<std::size_t>(num)) + "/" +
                cell_ref(p.row, static_cast<std::size_t>(den)) + ",\"\")";
  }
  if (formula.empty())
    check(worksheet_write_number(ws, p.row, col, cached, fmt), "write_number");
  else  // the cached result lets viewers that never recalculate show the number
    check(worksheet_write_formula_num(ws, p.row, col, formula.c_str(), fmt, cached), "write_formula");
}

std::size_t column_count(const doc::Table& t) {
  std::size_t ncols = t.column_widths_mm.size();
  for (const auto* rows : {&t.header_rows, &t.body_rows, &t.footer_rows})
    for (const auto& row : *rows) {
      std::size_t n = 0;
      for (const auto& c : row.cells) n += static_cast<std::size_t>(std::max(1, c.col_span));
      ncols = std::max(ncols, n);
    }
  return ncols;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Lines `widths` (points, with a space of `space` between words) take when
// filled greedily into `width` points.
std::size_t lines_at(const std::vector<double>& widths, double space, double width) {
  std::size_t lines = widths.empty() ? 0 : 1;
  double x = -1;
  for (double w : widths) {
    if (x >= 0 && x + space + w > width + 1e-6) {
      ++lines;
      x = -1;
    }
    x = x < 0 ? w : x + space + w;
  }
  return lines;
}

// What a cell needs, in column units, measured as it prints (Times New
// Roman 12 pt, bold when the PDF sets it bold).
doc::CellNeed need_of(const Placed& p, bool header) {
  const std::string text = plain_text(p.cell->content);
  const bool bold = all_bold(p.cell->content);
  std::vector<double> w;
  for (const std::string& word : words_of(text)) w.push_back(times_width_pt(word, kCellPt, bold));
  const double space = times_width_pt(" ", kCellPt, bold);
  double widest = 0, line = 0;
  for (double x : w) widest = std::max(widest, x), line += x;
  if (!w.empty()) line += space * static_cast<double>(w.size() - 1);
  if (w.size() <= 2) widest = line;  // "Số đạt", "Chưa đạt": one line, as in the PDF
  auto units = [](double pt) { return pt_to_column_units(pt + kCellPadPt); };
  doc::CellNeed n{p.col, p.col_span, header, units(widest), units(line), 0, 0};
  if (header) {
    for (std::size_t lines : {3u, 2u}) {
      double lo = widest, hi = std::max(widest, line);
      for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
        double mid = (lo + hi) / 2;
        (lines_at(w, space, mid) <= lines ? hi : lo) = mid;
      }
      (lines == 3 ? n.three_lines : n.two_lines) = units(hi);
    }
  }
  return n;
}

// A title line set across `width_units` columns: when it wraps, broken by
// hand into lines of even length (the narrowest width giving as few lines),
// as the PDF sets it, so no word is left alone. Returns the text and its
// number of lines.
std::pair<std::string, std::size_t> balanced(const std::string& text, double size, bool bold, double width_units) {
  // 5 % narrower than measured, as row heights are: a line that only just
  // fits here may wrap in the spreadsheet program.
  const double width = (column_units_to_pt(width_units) - kCellPadPt) * 0.95;
  const std::vector<std::string> words = words_of(text);
  std::vector<double> w;
  for (const std::string& word : words) w.push_back(times_width_pt(word, size, bold));
  const double space = times_width_pt(" ", size, bold);
  const std::size_t lines = std::max<std::size_t>(1, lines_at(w, space, width));
  if (lines == 1) return {text, 1};
  double lo = 0, hi = width;
  for (int i = 0; i < 16 && hi - lo > 0.5; ++i) {
    double mid = (lo + hi) / 2;
    (lines_at(w, space, mid) <= lines ? hi : lo) = mid;
  }
  std::string out;
  double x = -1;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (x >= 0 && x + space + w[i] > hi + 1e-6) {
      out += '\n';
      x = -1;
    } else if (x >= 0) {
      out += ' ';
    }
    out += words[i];
    x = x < 0 ? w[i] : x + space + w[i];
  }
  return {out, lines};
}

// Paper, ND30 margins, the page number at the top centre counted from
// `first_page` (each appendix is numbered on its own, from 1 on its first
// sheet), header rows repeated.
void page_setup(lxw_worksheet* ws, bool landscape, bool fits, int first_page) {
  worksheet_set_paper(ws, 9);  // A4
  if (landscape) worksheet_set_landscape(ws);
  else worksheet_set_portrait(ws);
  const Margins& m = landscape ? kLandscape : kPortrait;
  worksheet_set_margins(ws, mm_to_inch(m.left), mm_to_inch(m.right), mm_to_inch(m.top), mm_to_inch(m.bottom));
  lxw_header_footer_options opts{};
  opts.margin = mm_to_inch(kHeaderMarginMm);
  std::string number = "&C&\"Times New Roman,Regular\"&" + std::to_string(static_cast<int>(kPageNumberPt)) + "&P";
  check(worksheet_set_header_opt(ws, number.c_str(), &opts), "header");
  worksheet_set_start_page(ws, static_cast<uint16_t>(std::clamp(first_page, 1, 65535)));
  worksheet_center_horizontally(ws);
  // Printed at 100 %, so the text keeps its size; only a table too wide for
  // the page (more columns than the template's samples) is fitted to it.
  if (fits) worksheet_set_print_scale(ws, 100);
  else worksheet_fit_to_pages(ws, 1, 0);
}

// The page breaks of a table's sheet, chosen here rather than by the
// spreadsheet program, so that the number of pages each sheet prints is
// known (the next sheet of the same appendix goes on numbering from it) and
// the last page never holds the total alone. `heights` are the row heights
// (points) from row 0; rows [body_first, table_end) are the table's body
// and totals, `footer_rows` of them totals; `header_pt` the header rows
// repeated on each page; `after_pt` what follows the table (the note).
// Returns the rows that start a new page.
std::vector<lxw_row_t> page_breaks(const std::vector<double>& heights, lxw_row_t body_first, lxw_row_t table_end,
                                   std::size_t footer_rows, double header_pt, double after_pt, double page_pt) {
  std::vector<lxw_row_t> breaks;
  double y = 0;
  for (lxw_row_t k = 0; k < body_first; ++k) y += heights[k];
  for (lxw_row_t k = body_first; k < table_end; ++k) {
    const double need = heights[k] + (k + 1 == table_end ? after_pt : 0);
    if (y + need > page_pt && y > header_pt + 1e-6) {
      breaks.push_back(k);
      y = header_pt;
    }
    y += heights[k];
  }
  // The totals with at least two body rows above them on their page, as
  // the PDF's tables: the last break moves up (the rows it moves fit, as
  // the page they leave had room for them).
  if (!breaks.empty() && footer_rows > 0) {
    const lxw_row_t last_body = static_cast<lxw_row_t>(table_end - footer_rows);
    const lxw_row_t want = last_body >= body_first + 2 ? static_cast<lxw_row_t>(last_body - 2) : body_first;
    lxw_row_t& last = breaks.back();
    const lxw_row_t before = breaks.size() > 1 ? breaks[breaks.size() - 2] : body_first;
    if (last > want && want > before) last = want;
  }
  return breaks;
}

// Writes table `t` on a sheet of its own, numbered from `first_page`;
// returns the number of pages the sheet prints.
int write_table(lxw_workbook* wb, const doc::Table& t, const doc::Appendix* appendix,
                std::set<std::string>& used, Formats& f, int first_page) {
  std::string name = sheet_name(t.id, used);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + name});
  const std::size_t ncols = column_count(t);
  if (ncols == 0) {
    page_setup(ws, appendix && appendix->landscape, true, first_page);
    return 1;
  }

  // Rows: the appendix's title lines, a blank row, the caption, the table,
  // a note on what marks a rate below its target.
  lxw_row_t r = 0;
  std::vector<std::pair<lxw_row_t, const std::string*>> titles;
  if (appendix) {
    for (const std::string& line : appendix->title_lines)
      if (!line.empty()) titles.push_back({r++, &line});
    if (!titles.empty()) ++r;
  }
  std::string caption = plain_text(t.caption);
  lxw_row_t caption_row = r;
  if (!caption.empty()) ++r;
  const lxw_row_t header_first = r;
  auto header = place(t.header_rows, header_first, ncols);
  const lxw_row_t body_first = static_cast<lxw_row_t>(header_first + t.header_rows.size());
  auto body = place(t.body_rows, body_first, ncols);
  const lxw_row_t footer_first = static_cast<lxw_row_t>(body_first + t.body_rows.size());
  auto footer = place(t.footer_rows, footer_first, ncols);
  const lxw_row_t table_end = static_cast<lxw_row_t>(footer_first + t.footer_rows.size());
  BodyRange range{body_first, static_cast<lxw_row_t>(footer_first - 1)};
  if (t.body_rows.empty()) range = {1, 0};

  // Column widths from the content, by the rule the PDF's layout follows,
  // within the printable width of the page at 100 %.
  std::vector<doc::CellNeed> needs;
  for (const Placed& p : header) needs.push_back(need_of(p, true));
  for (const auto* cells : {&body, &footer})
    for (const Placed& p : *cells) needs.push_back(need_of(p, false));
  std::vector<double> hints;
  for (double mm : t.column_widths_mm) hints.push_back(mm > 0 ? pt_to_column_units(mm_to_pt(mm)) : 0);
  auto printable_units = [&](bool landscape) {
    const Margins& m = landscape ? kLandscape : kPortrait;
    double mm = (landscape ? kA4Long : kA4Short) - m.left - m.right;
    // 8 % to spare: Excel's unit is 7 px (Calibri 11's '0' at 96 dpi), but
    // LibreOffice measures the same font at 7.4 px and rounds per column.
    return (mm_to_pt(mm) / 0.75 * 0.92 - 5 * static_cast<double>(ncols)) / 7;
  };
  bool landscape = appendix && appendix->landscape;
  double least = 0;
  for (double w : doc::minimum_column_widths(ncols, needs)) least += w;
  if (!landscape && least > printable_units(false)) landscape = true;  // too wide for portrait
  const double available = printable_units(landscape);
  int pages = 1;
  std::vector<double> widths = doc::resolve_column_widths(ncols, hints, needs, std::max(available, least));
  double total_units = 0;
  for (double w : widths) total_units += w;

  // Heights of the rows above the header (titles, the blank row after them,
  // the caption), for the page breaks.
  std::vector<double> above(header_first, kDefaultRowPt);
  FormatSpec title_spec;
  title_spec.size = kTitlePt;
  title_spec.align = LXW_ALIGN_CENTER;
  title_spec.border = false;
  auto heading = [&](lxw_row_t row, const std::string& line, bool italic) {
    text::require_nfc(line);
    FormatSpec s = title_spec;
    s.bold = !italic;
    s.italic = italic;
    auto [text, lines] = balanced(line, kTitlePt, !italic, total_units);
    if (ncols > 1)
      check(worksheet_merge_range(ws, row, 0, row, static_cast<lxw_col_t>(ncols - 1), text.c_str(), f.get(s)),
            "title");
    else
      check(worksheet_write_string(ws, row, 0, text.c_str(), f.get(s)), "title");
    above[row] = static_cast<double>(lines) * kTitlePt * 1.2 + 2;
    worksheet_set_row(ws, row, above[row], nullptr);
  };
  for (auto [row, line] : titles) heading(row, *line, line->front() == '(');  // "(Kèm theo ...)": italic, as in the PDF
  if (!caption.empty()) heading(caption_row, caption, false);

  // Row heights from the lines each cell takes at its column's width:
  // spreadsheet programs do not measure wrapped text when they open a file.
  std::vector<double> column_pt;
  for (double w : widths) column_pt.push_back(column_units_to_pt(w));
  auto row_height = [](double lines) { return lines * kCellPt * 1.25 + 3; };
  std::vector<double> heights(table_end - header_first, row_height(1));
  auto lines_in = [&](const Placed& p) {
    double w = -kCellPadPt;
    for (std::size_t c = p.col; c < p.col + p.col_span; ++c) w += column_pt[c];
    const bool bold = all_bold(p.cell->content);
    std::vector<double> ws_;
    for (const std::string& word : words_of(plain_text(p.cell->content)))
      ws_.push_back(times_width_pt(word, kCellPt, bold));
    // 5 % narrower than measured: a line that only just fits may not on screen.
    return static_cast<double>(std::max<std::size_t>(1, lines_at(ws_, times_width_pt(" ", kCellPt, bold), w * 0.95)));
  };
  for (const auto* cells : {&header, &body, &footer}) {
    for (const Placed& p : *cells)
      if (p.row_span == 1) {
        double& h = heights[p.row - header_first];
        h = std::max(h, row_height(lines_in(p)));
      }
    for (const Placed& p : *cells) {
      if (p.row_span == 1) continue;
      double have = 0;
      for (std::size_t k = 0; k < p.row_span; ++k) have += heights[p.row - header_first + k];
      double need = row_height(lines_in(p));
      if (need > have) heights[p.row - header_first + p.row_span - 1] += need - have;
    }
  }
  for (std::size_t k = 0; k < heights.size(); ++k)
    worksheet_set_row(ws, static_cast<lxw_row_t>(header_first + k), heights[k], nullptr);
  bool marked = false;  // a rate column with a target: a note under the table
  for (std::size_t c = 0; c < t.column_targets.size() && c < ncols; ++c)
    marked = marked || (t.column_targets[c] && !t.body_rows.empty());
  const double note_pt = kNotePt * 1.25 + 3;
  std::vector<double> rows_pt = above;
  rows_pt.insert(rows_pt.end(), heights.begin(), heights.end());
  double header_pt = 0;
  for (std::size_t k = 0; k < t.header_rows.size(); ++k) header_pt += heights[k];
  {
    const Margins& m = landscape ? kLandscape : kPortrait;
    // 2 % to spare: spreadsheet programs round each row's height to whole
    // pixels (at most 0.375 pt per 18 pt row).
    const double page_pt = mm_to_pt((landscape ? kA4Short : kA4Long) - m.top - m.bottom) * 0.98;
    std::vector<lxw_row_t> breaks = page_breaks(rows_pt, body_first, table_end, t.footer_rows.size(), header_pt,
                                                marked ? kDefaultRowPt + note_pt : 0, page_pt);
    pages = static_cast<int>(breaks.size()) + 1;
    if (!breaks.empty()) {
      breaks.push_back(0);  // the end, for libxlsxwriter
      check(worksheet_set_h_pagebreaks(ws, breaks.data()), "page_breaks");
    }
  }

  for (const Placed& p : header) write_cell(ws, p, f, true, range);
  for (const Placed& p : body) write_cell(ws, p, f, false, range);
  for (const Placed& p : footer) write_cell(ws, p, f, false, range);
  for (std::size_t c = 0; c < ncols; ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::round(widths[c] * 100) / 100,
                         nullptr);

  // Rates below the column's target: marked (format and note) so a black
  // and white print shows them as a screen does.
  for (std::size_t c = 0; c < t.column_targets.size() && c < ncols; ++c) {
    if (!t.column_targets[c] || t.body_rows.empty()) continue;
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
    cf.value = *t.column_targets[c] / 100.0;
    cf.format = f.below_target();
    lxw_row_t last = t.footer_rows.empty() ? range.last : static_cast<lxw_row_t>(table_end - 1);
    check(worksheet_conditional_format_range(ws, body_first, static_cast<lxw_col_t>(c), last,
                                             static_cast<lxw_col_t>(c), &cf),
          "conditional_format");
  }
  if (marked) {
    FormatSpec s;
    s.size = kNotePt;
    s.italic = true;
    s.border = false;
    const char* note = "Ghi chú: tỷ lệ in đậm, gạch chân là tỷ lệ dưới chỉ tiêu.";
    lxw_row_t row = static_cast<lxw_row_t>(table_end + 1);
    worksheet_set_row(ws, row, note_pt, nullptr);
    if (ncols > 1)
      check(worksheet_merge_range(ws, row, 0, row, static_cast<lxw_col_t>(ncols - 1), note, f.get(s)), "note");
    else
      check(worksheet_write_string(ws, row, 0, note, f.get(s)), "note");
  }

  if (!t.header_rows.empty()) {
    worksheet_freeze_panes(ws, body_first, 0);
    check(worksheet_repeat_rows(ws, header_first, static_cast<lxw_row_t>(body_first - 1)), "repeat_rows");
  }
  page_setup(ws, landscape, total_units <= available + 1e-6, first_page);
  return pages;
}

// A chart block: its data on a sheet, and a native column chart of the rate
// against the target beside it.
void write_chart(lxw_workbook* wb, const doc::Chart& ch, std::set<std::string>& used, Formats& f, int first_page) {
  std::string name = sheet_name(ch.id.empty() ? "bieu-do" : ch.id, used);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"add_worksheet " + name});
  text::require_nfc(ch.value_label);
  text::require_nfc(ch.target_label);
  FormatSpec hs;
  hs.bold = true;
  hs.align = LXW_ALIGN_CENTER;
  FormatSpec ps;
  ps.align = LXW_ALIGN_RIGHT;
  ps.num = "0.0%";
  lxw_format* head = f.get(hs);
  lxw_format* pct = f.get(ps);
  lxw_format* txt = f.get(FormatSpec{});
  auto target_of = [&](std::size_t i) -> std::optional<double> {
    return ch.targets.empty() ? ch.target : (i < ch.targets.size() ? ch.targets[i] : std::nullopt);
  };
  bool any_target = false;
  for (std::size_t i = 0; i < ch.categories.size(); ++i) any_target = any_target || target_of(i).has_value();
  check(worksheet_write_string(ws, 0, 0, "", head), "chart header");
  check(worksheet_write_string(ws, 0, 1, ch.value_label.c_str(), head), "chart header");
  if (any_target) check(worksheet_write_string(ws, 0, 2, ch.target_label.c_str(), head), "chart header");
  double label_pt = 0;
  for (std::size_t i = 0; i < ch.categories.size(); ++i) {
    lxw_row_t row = static_cast<lxw_row_t>(i + 1);
    text::require_nfc(ch.categories[i]);
    check(worksheet_write_string(ws, row, 0, ch.categories[i].c_str(), txt), "chart category");
    label_pt = std::max(label_pt, times_width_pt(ch.categories[i], kCellPt, false));
    if (i < ch.values.size() && ch.values[i]) check(worksheet_write_number(ws, row, 1, *ch.values[i] / 100.0, pct), "chart value");
    if (auto t = target_of(i)) {
      FormatSpec ts = ps;
      ts.num = number_format(doc::ValueKind::percent, target_text(*t));
      check(worksheet_write_number(ws, row, 2, *t / 100.0, f.get(ts)), "chart target");
    }
  }
  worksheet_set_column(ws, 0, 0, std::clamp(pt_to_column_units(label_pt + kCellPadPt), 10.0, 50.0), nullptr);
  worksheet_set_column(ws, 1, 2, 12, nullptr);
  page_setup(ws, true, false, first_page);
  if (ch.categories.empty()) return;

  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
  lxw_row_t last = static_cast<lxw_row_t>(ch.categories.size());
  lxw_chart_series* rate = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(rate, name.c_str(), 1, 0, last, 0);
  chart_series_set_values(rate, name.c_str(), 1, 1, last, 1);
  chart_series_set_name(rate, ch.value_label.c_str());
  if (any_target) {
    lxw_chart_series* target = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(target, name.c_str(), 1, 0, last, 0);
    chart_series_set_values(target, name.c_str(), 1, 2, last, 2);
    chart_series_set_name(target, ch.target_label.c_str());
  }
  std::string title = plain_text(ch.caption);
  if (!title.empty()) chart_title_set_name(chart, title.c_str());
  chart_axis_set_num_format(chart->y_axis, "0%");
  chart_axis_set_min(chart->y_axis, 0);
  chart_axis_set_max(chart->y_axis, 1);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  lxw_chart_options opts{};
  opts.x_scale = 1.6;
  opts.y_scale = 1.4;
  check(worksheet_insert_chart_opt(ws, 1, 4, chart, &opts), "insert_chart");
}

// Sheets in document order: body blocks, then each appendix's (headed by
// the appendix's title lines, "Phụ lục I", "(Kèm theo ...)"). A body
// table's sheet is numbered from 1; an appendix is numbered from 1 on its
// first sheet, its later sheets going on from the pages before them, as
// the PDF numbers an appendix. The sheets whose first page is page 1 go to
// `unnumbered` (1-based): that page shows no number.
void write_blocks(lxw_workbook* wb, const std::vector<doc::Block>& blocks, const doc::Appendix* appendix,
                  std::set<std::string>& used, Formats& f, int& sheets, std::set<int>& unnumbered) {
  int page = 1;
  for (const auto& b : blocks) {
    int pages = 0;
    if (page == 1 && (std::holds_alternative<doc::Table>(b) || std::holds_alternative<doc::Chart>(b)))
      unnumbered.insert(sheets + 1);
    if (const auto* t = std::get_if<doc::Table>(&b)) {
      pages = write_table(wb, *t, appendix, used, f, page);
      ++sheets;
    } else if (const auto* c = std::get_if<doc::Chart>(&b)) {
      write_chart(wb, *c, used, f, page);
      pages = 1;
      ++sheets;
    }
    if (appendix) page += pages;
  }
}

// Where libxlsxwriter keeps each part of a workbook until it zips them: a
// new file per part, and making those files on disk was a tenth of a
// country's run. A document's parts are a few kilobytes, so they go to
// memory (tmpfs) where the system has it; libxlsxwriter unlinks each at once.
char* scratch_dir() {
  static const bool in_memory = [] {
    struct statvfs fs {};
    return ::access("/dev/shm", W_OK | X_OK) == 0 && ::statvfs("/dev/shm", &fs) == 0 &&
           static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize >= (64ull << 20);
  }();
  static char dir[] = "/dev/shm";
  return in_memory ? dir : nullptr;
}

}  // namespace

void write_xlsx(const doc::Document& d, const std::filesystem::path& path, const XlsxOptions& options) {
  PendingFile pending(path);
  std::set<int> unnumbered;
  {
    lxw_workbook_options opts{};
    opts.tmpdir = scratch_dir();
    WorkbookPtr wb(workbook_new_opt(pending.temp_path().c_str(), &opts));
    if (!wb) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"workbook_new"});
    Formats f(wb.get());
    std::set<std::string> used;
    int sheets = 0;
    write_blocks(wb.get(), d.body, nullptr, used, f, sheets, unnumbered);
    for (const auto& a : d.appendices) write_blocks(wb.get(), a.blocks, &a, used, f, sheets, unnumbered);
    if (sheets == 0) workbook_add_worksheet(wb.get(), nullptr);

    // The document properties are text the user reads too: same NFC gate.
    for (const std::string* meta : {&d.meta.title, &d.meta.author, &d.meta.subject, &d.meta.keywords})
      text::require_nfc(*meta);
    lxw_doc_properties props{};
    props.title = const_cast<char*>(d.meta.title.c_str());
    props.author = const_cast<char*>(d.meta.author.c_str());
    props.subject = const_cast<char*>(d.meta.subject.c_str());
    props.keywords = const_cast<char*>(d.meta.keywords.c_str());
    props.company = const_cast<char*>(d.header.issuing_body.c_str());
    long long ts = options.timestamp ? *options.timestamp : to_unix_seconds(d.header.date);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); !options.timestamp && sde && *sde) ts = std::atoll(sde);
    props.created = static_cast<time_t>(ts);
    check(workbook_set_properties(wb.get(), &props), "set_properties");
    check(workbook_close(wb.release()), "close");
  }
  omit_first_page_numbers(pending.temp_path(), unnumbered);
  pending.commit();
}

}  // namespace baocao::render
