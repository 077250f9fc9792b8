#include "engine/layout/nd30_blocks.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

#include "engine/layout/line_breaker.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/vi_case.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::layout {

namespace {

using fonts::Style;

// ND30 wants the rules under the cơ quan ban hành and the trích yếu 1/3-1/2 of
// the text; the middle of the range keeps them clearly inside it.
constexpr double kShortRule = 0.4;
// Space between a line box and the rule under it, clear of descenders and
// the dot below (ụ, ạ) as offices print it.
constexpr double kRuleGap = 3;

// One centred line inside [x, x + w]; returns its width.
double centred(Flow& flow, const std::string& text, Style style, double size, double x, double w,
               double baseline) {
  double tw = flow.fonts.width(style, size, text);
  if (!text.empty()) flow.page().texts.push_back({x + (w - tw) / 2, baseline, style, size, text});
  return tw;
}

// Lines of `text` wrapped to `w` and centred; returns the y below them.
double centred_block(Flow& flow, const std::string& text, Style style, double size, double x, double w,
                     double y, double leading = 1.0) {
  if (text.empty()) return y;
  doc::Spans spans{{text, style == Style::bold || style == Style::bold_italic,
                    style == Style::italic || style == Style::bold_italic}};
  auto lines = break_lines(spans, flow.fonts, size, w);
  const double asc = size * flow.fonts.face(style).ascender();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    place_line(lines[i], doc::Align::center, true, x, y + asc, w, size, flow.page().texts);
    y += size * leading * 1.15;
  }
  return y;
}

void rule(Flow& flow, double cx, double length, double y) {
  flow.page().rules.push_back({cx - length / 2, y, cx + length / 2, y, 0.6});
}

// The gap of a blank number in box 3 ("Số:" + no-break spaces + "/BC-UBND",
// as a draft leaves it for the văn thư), as placed by centred(); empty when
// the number is printed or the line has no "/".
std::optional<Box> number_room(Flow& flow, const std::string& line, double size, double x, double w,
                               double top) {
  const std::size_t slash = line.find('/');
  const std::size_t colon = slash == std::string::npos ? std::string::npos : line.rfind(':', slash);
  if (colon == std::string::npos) return std::nullopt;
  // Spaces and no-break spaces (U+00A0, C2 A0 in UTF-8) only.
  for (std::size_t i = colon + 1; i < slash; ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c != ' ' && c != 0xC2 && c != 0xA0) return std::nullopt;
  }
  const double x0 = x + (w - flow.fonts.width(Style::regular, size, line)) / 2;
  const double from = x0 + flow.fonts.width(Style::regular, size, line.substr(0, colon + 2));
  const double to = x0 + flow.fonts.width(Style::regular, size, line.substr(0, slash));
  if (to - from < size) return std::nullopt;
  return Box{from, top, to - from, size * 1.2, {}};
}

// Box 4 of a document not dated yet: the place and its comma, and room for
// the date the văn thư gives at issuance, the whole line centred as it will
// read once filled ("ngày 28 tháng 12 năm 2025" is as wide as a date gets).
void place_and_date_room(Flow& flow, const std::string& place, double size, double x, double w, double top,
                         double baseline) {
  const std::string head = place + ", ";
  const double date_w = flow.fonts.width(Style::italic, size, "ngày 28 tháng 12 năm 2025") + size / 2;
  const double x0 = x + (w - flow.fonts.width(Style::italic, size, head) - date_w) / 2;
  flow.page().texts.push_back({x0, baseline, Style::italic, size, place + ","});
  flow.page().date_room = Box{x0 + flow.fonts.width(Style::italic, size, head), top, date_w, size * 1.2, {}};
}

const std::string kQuocHieu = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const std::string kTieuNgu = "Độc lập - Tự do - Hạnh phúc";
const std::string kNbsp(text::kNoBreakSpace);

// The text of laid-out lines, their words one space apart.
std::vector<std::string> line_texts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& l : lines) {
    std::string line;
    for (const auto& word : l.words) {
      if (!line.empty()) line += ' ';
      for (const auto& piece : word.pieces) line += piece.text;
    }
    out.push_back(std::move(line));
  }
  return out;
}

// `text` broken at its spaces into lines no wider than `width` (greedy); a
// no-break space never breaks, so a word wider than the line stays whole.
std::vector<std::string> wrap(const fonts::FontSet& fonts, const std::string& text, Style style, double size,
                              double width) {
  bool bold = style == Style::bold || style == Style::bold_italic;
  bool italic = style == Style::italic || style == Style::bold_italic;
  return line_texts(break_lines({{text, bold, italic}}, fonts, size, width));
}

// Whether `word` begins with a capital letter ("Phường", "Lý", "Ninh").
bool capitalised(const std::string& word) {
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0, len = static_cast<int32_t>(word.size());
  UChar32 c = 0;
  U8_NEXT(p, i, len, c);
  return c > 0 && u_isupper(c);
}

bool has_letter_or_digit(const std::string& word) {
  const auto* p = reinterpret_cast<const uint8_t*>(word.data());
  for (int32_t i = 0, len = static_cast<int32_t>(word.size()); i < len;) {
    UChar32 c = 0;
    U8_NEXT(p, i, len, c);
    if (c > 0 && u_isalnum(c)) return true;
  }
  return false;
}

// `text` in as few lines as greedy filling needs, but balanced: the lines as
// even as they can be (centred lines of a body's name look cut at random
// otherwise: "TRUNG TÂM GIÁO DỤC NGHỀ" / "NGHIỆP - ..." / "XUYÊN"), never
// between the two syllables of a word (text::one_word) when another break
// will do, and after a dash or a comma or before a proper name by
// preference. Minimum raggedness by dynamic programming over the words;
// names have a few dozen at most.
// With `running_text` (a Phụ lục's title lines, in sentence case) a line
// also never breaks inside a capitalised proper name ("Phường Lý / Thường
// Kiệt", "Ninh / Bình") nor before a sign ("%", "–") when another break will
// do.
std::vector<std::string> balanced_wrap(const fonts::FontSet& fonts, const std::string& text, Style style,
                                       double size, double width, bool running_text = false) {
  std::vector<std::string> greedy = wrap(fonts, text, style, size, width);
  const std::size_t k = greedy.size();
  if (k <= 1) return greedy;
  std::vector<std::string> words;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  const std::size_t n = words.size();
  auto line = [&](std::size_t a, std::size_t b) {  // words [a, b)
    std::string s = words[a];
    for (std::size_t x = a + 1; x < b; ++x) s += " " + words[x];
    return s;
  };
  // Proper names show only where the text has lower case letters.
  const bool cased = running_text && text::upper_vi(text) != text;
  const double inf = 1e300;
  // cost[l][i]: best cost of the first i words in l lines; from[l][i]: start of the last line.
  std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
  std::vector<std::vector<std::size_t>> from(k + 1, std::vector<std::size_t>(n + 1, 0));
  cost[0][0] = 0;
  for (std::size_t l = 1; l <= k; ++l)
    for (std::size_t i = 1; i <= n; ++i)
      for (std::size_t a = l - 1; a < i; ++a) {
        if (cost[l - 1][a] >= inf) continue;
        double w = fonts.width(style, size, line(a, i));
        if (w > width && i - a > 1) continue;
        double slack = width - w;
        double c = cost[l - 1][a] + slack * slack;
        const std::string& last = words[i - 1];
        if (i < n) {
          if (text::one_word(last, words[i])) c += width * width;  // inside a word: only if nothing else fits
          if (running_text) {
            if (!has_letter_or_digit(words[i]) || (last == "-" && std::isdigit(static_cast<unsigned char>(words[i][0]))) ||
                (cased && capitalised(last) && capitalised(words[i]) && last.back() != ','))
              c += width * width;  // before a sign, inside "2024 - 2025" or a proper name
            if (last.back() == ',' || opens_phrase(words[i])) c -= width * width / 16;
          } else if (last == "-" || last.back() == ',' || words[i].find(kNbsp) != std::string::npos) {
            c -= width * width / 16;  // a natural break
          }
        }
        if (c < cost[l][i]) cost[l][i] = c, from[l][i] = a;
      }
  if (cost[k][n] >= inf) return greedy;
  std::vector<std::string> out(k);
  for (std::size_t l = k, i = n; l > 0; i = from[l][i], --l) out[l - 1] = line(from[l][i], i);
  return out;
}

bool fits(const fonts::FontSet& fonts, const std::vector<std::string>& lines, Style style, double size,
          double width) {
  for (const std::string& l : lines)
    if (fonts.width(style, size, l) > width + 1e-6) return false;
  return true;
}

std::string unbound(std::string s) {
  for (std::size_t at; (at = s.find(kNbsp)) != std::string::npos;) s.replace(at, kNbsp.size(), " ");
  return s;
}

// How a body's name may be broken, from the best to the last resort.
enum class Break {
  before_unit,     // "ỦY BAN NHÂN DÂN" / "PHƯỜNG LÝ THƯỜNG KIỆT"
  before_proper,   // "ỦY BAN NHÂN DÂN PHƯỜNG" / "VĂN MIẾU - QUỐC TỬ GIÁM"
  between_words,   // any space: a name wider than the column at 12 pt
};

// The lines of one body's name. The unit it names gets a line of its own
// (the cơ quan chủ quản may stay on one line when it fits: "UBND TỈNH NINH
// BÌNH"); the organ's words break between whole words.
std::vector<std::string> body_lines(const fonts::FontSet& fonts, const std::string& body, Style style,
                                    double size, double width, bool one_line_if_fits, Break how) {
  if (body.empty()) return {};
  if (how == Break::between_words) return wrap(fonts, unbound(body), style, size, width);
  text::BodyParts parts = text::split_body_name(body);
  if (parts.unit.empty()) return balanced_wrap(fonts, parts.organ, style, size, width);
  std::string organ = parts.organ, unit = parts.unit;
  if (how == Break::before_proper) {
    // The generic noun goes up to the organ's line; the proper name stays whole.
    auto name = text::parse_admin_name(unbound(unit));
    if (name) {
      std::size_t words = 1 + static_cast<std::size_t>(std::count(name->generic.begin(), name->generic.end(), ' '));
      std::size_t at = 0;
      for (std::size_t k = 0; k < words && at != std::string::npos; ++k) {
        at = unit.find(kNbsp, at);
        if (at != std::string::npos && k + 1 < words) at += kNbsp.size();
      }
      if (at != std::string::npos) {
        organ += (organ.empty() ? "" : " ") + unbound(unit.substr(0, at));
        unit = unit.substr(at + kNbsp.size());
      }
    }
  }
  if (one_line_if_fits && how == Break::before_unit) {
    std::string whole = organ.empty() ? unit : organ + " " + unit;
    if (fonts.width(style, size, whole) <= width) return {whole};
  }
  std::vector<std::string> lines =
      organ.empty() ? std::vector<std::string>{} : balanced_wrap(fonts, organ, style, size, width);
  lines.push_back(unit);
  return lines;
}

}  // namespace

HeaderGrid header_grid(const Flow& flow) {
  return header_grid(flow.fonts, flow.setup, flow.left(), flow.width());
}

HeaderGrid header_grid(const fonts::FontSet& fonts, const PageSetup& setup, double left, double width) {
  // Right: exactly as wide as the Quốc hiệu (its widest line, centred over
  // the Tiêu ngữ) but not under 45% of the text width; left: the rest, less
  // the gap that keeps the two columns apart.
  double qh_w = fonts.width(Style::bold, setup.national_title_size, kQuocHieu);
  HeaderGrid g;
  g.right_w = std::max(qh_w, width * 0.45);
  g.right_x = left + width - g.right_w;
  g.left_x = left;
  g.left_w = g.right_x - g.left_x - mm_to_pt(kHeaderGapMm);
  return g;
}

std::vector<std::string> place_date_lines(const fonts::FontSet& fonts, const std::string& place,
                                          const CivilDate& date, double size, double width) {
  std::string one = text::nd30_place_date(place, date);
  if (fonts.width(Style::italic, size, one) <= width) return {one};
  std::string bound = place;
  for (std::size_t at; (at = bound.find(' ')) != std::string::npos;) bound.replace(at, 1, kNbsp);
  std::vector<std::string> lines = fonts.width(Style::italic, size, bound + ",") <= width
                                       ? std::vector<std::string>{bound + ","}
                                       : wrap(fonts, place + ",", Style::italic, size, width);
  for (std::string& l : wrap(fonts, text::nd30_date(date), Style::italic, size, width)) lines.push_back(std::move(l));
  return lines;
}

std::vector<std::string> wrap_text(const fonts::FontSet& fonts, const std::string& text, fonts::Style style,
                                   double size, double width) {
  return wrap(fonts, text, style, size, width);
}

HeaderBodies header_bodies(const fonts::FontSet& fonts, const std::string& governing, const std::string& issuing,
                           double width, double size) {
  // ND30 sets both bodies in 12-13 pt: the largest size at which both fit,
  // then, for a name too wide for the column even at 12 pt, the next break.
  HeaderBodies out;
  for (Break how : {Break::before_unit, Break::before_proper, Break::between_words}) {
    for (double s = size; s >= 12 - 1e-9; s -= 0.5) {
      out.size = s;
      out.governing = body_lines(fonts, governing, Style::regular, s, width, true, how);
      out.issuing = body_lines(fonts, issuing, Style::bold, s, width, false, how);
      if (fits(fonts, out.governing, Style::regular, s, width) && fits(fonts, out.issuing, Style::bold, s, width))
        return out;
      if (how != Break::before_unit) break;  // the later breaks are tried at 12 pt only
    }
  }
  return out;
}

void layout_nd30_header(Flow& flow, const doc::Nd30Header& h) {
  const auto& s = flow.setup;
  const HeaderGrid g = header_grid(flow);
  const double lx = g.left_x, rx = g.right_x, left_w = g.left_w, right_w = g.right_w;
  double top = flow.y;
  double lead = 1.15;

  // Left: cơ quan chủ quản (upright), cơ quan ban hành (bold), rule 1/3.
  HeaderBodies bodies = header_bodies(flow.fonts, h.governing_body, h.issuing_body, left_w, s.header_size);
  double y = top;
  auto place_lines = [&](const std::vector<std::string>& lines, Style style) {
    const double asc = bodies.size * flow.fonts.face(style).ascender();
    for (const std::string& line : lines) {
      centred(flow, line, style, bodies.size, lx, left_w, y + asc);
      y += bodies.size * lead;
    }
  };
  place_lines(bodies.governing, Style::regular);
  place_lines(bodies.issuing, Style::bold);
  if (!bodies.issuing.empty()) {
    // The rule is 1/3-1/2 of the issuing body's longest line (ND30).
    double longest = 0;
    for (const auto& line : bodies.issuing) longest = std::max(longest, flow.fonts.width(Style::bold, bodies.size, line));
    y += kRuleGap;
    rule(flow, lx + left_w / 2, longest * kShortRule, y);
    y += 2;
  }
  double left_bottom = y;

  // Right: Quốc hiệu, Tiêu ngữ with a rule as long as itself.
  double ry = top;
  ry = centred_block(flow, kQuocHieu, Style::bold, s.national_title_size, rx, right_w, ry);
  double tn_size = s.header_size;
  double tn_w = centred(flow, kTieuNgu, Style::bold, tn_size, rx, right_w,
                        ry + tn_size * flow.fonts.face(Style::bold).ascender());
  ry += tn_size * lead;
  ry += kRuleGap;
  rule(flow, rx + right_w / 2, tn_w, ry);
  ry += 2;

  // Row of box 3 (Số, ký hiệu) and box 4 (địa danh, ngày), on one baseline;
  // a place and date wider than the column go on two lines, after the comma.
  double row = std::max(left_bottom, ry) + 6;
  double base = row + s.header_size * flow.fonts.face(Style::regular).ascender();
  centred(flow, h.number_symbol, Style::regular, s.header_size, lx, left_w, base);
  flow.page().number_room = number_room(flow, h.number_symbol, s.header_size, lx, left_w, row);
  if (is_valid(h.date)) {
    std::vector<std::string> place_date = place_date_lines(flow.fonts, h.place, h.date, s.body_size, right_w);
    for (std::size_t i = 0; i < place_date.size(); ++i)
      centred(flow, place_date[i], Style::italic, s.body_size, rx, right_w, base + static_cast<double>(i) * s.body_size * lead);
    flow.y = row + static_cast<double>(place_date.size()) * s.body_size * lead + 18;
  } else {
    place_and_date_room(flow, h.place, s.body_size, rx, right_w, row, base);
    flow.y = row + s.body_size * lead + 18;
  }

  // A công văn has no tên loại: its trích yếu ("V/v ...") sits under the
  // number in the left column, upright, 12-13 pt (ND30 box 5b).
  if (h.doc_type.empty() && !h.summary_lines.empty()) {
    double vy = base + s.header_size * lead;
    for (const auto& line : h.summary_lines) {
      for (const std::string& text : wrap(flow.fonts, line, Style::regular, s.header_size, left_w)) {
        centred(flow, text, Style::regular, s.header_size, lx, left_w, vy);
        vy += s.header_size * lead;
      }
    }
    flow.y = std::max(flow.y, vy + 12);
    return;
  }

  // Box 5: tên loại and trích yếu, centred bold, short rule under.
  if (!h.doc_type.empty()) {
    flow.y = centred_block(flow, h.doc_type, Style::bold, s.body_size, flow.left(), flow.width(), flow.y);
  }
  double widest = 0;
  for (const auto& line : h.summary_lines) {
    widest = std::max(widest, flow.fonts.width(Style::bold, s.body_size, line));
    flow.y = centred_block(flow, line, Style::bold, s.body_size, flow.left(), flow.width(), flow.y);
  }
  if (!h.summary_lines.empty()) {
    flow.y += kRuleGap;
    rule(flow, flow.left() + flow.width() / 2, std::min(widest, flow.width()) * kShortRule, flow.y);
  }
  flow.y += 18;
}

namespace {
constexpr double kSignatureRoomMm = 30;  // hand signature and the seal over it
}

double closing_height(const Flow& flow, const doc::Recipients& r, const doc::Signature& sig) {
  const auto& s = flow.setup;
  double left_h =
      s.recipients_title_size * 1.2 + static_cast<double>(r.items.size()) * s.recipients_size * 1.2;
  double right_h = static_cast<double>(sig.authority_lines.size()) * s.body_size * 1.15 +
                   mm_to_pt(kSignatureRoomMm) + s.body_size * 1.2;
  return std::max(left_h, right_h) + 6;
}

void layout_closing(Flow& flow, const doc::Recipients& r, const doc::Signature& sig) {
  const auto& s = flow.setup;
  const double half = flow.width() / 2;
  const double lx = flow.left(), rx = flow.left() + half * 0.9, rw = flow.width() - half * 0.9;
  const double sig_room = mm_to_pt(kSignatureRoomMm);
  flow.ensure(closing_height(flow, r, sig));
  double top = flow.y + 6;

  // "Nơi nhận:" level with the authority line, 12 pt bold italic; items 11 pt.
  double y = top;
  if (!r.items.empty()) {
    double asc = s.recipients_title_size * flow.fonts.face(Style::bold_italic).ascender();
    flow.page().texts.push_back({lx, y + asc, Style::bold_italic, s.recipients_title_size, "Nơi nhận:"});
    y += s.recipients_title_size * 1.2;
    for (const auto& item : r.items) {
      doc::Spans spans{{item, false, false}};
      for (const auto& line : break_lines(spans, flow.fonts, s.recipients_size, half * 0.9 - 6)) {
        place_line(line, doc::Align::left, true, lx, y + s.recipients_size * 0.9, half, s.recipients_size,
                   flow.page().texts);
        y += s.recipients_size * 1.15;
      }
    }
  }
  double left_bottom = y;

  // Authority lines, bold caps, centred in the right half; room; signer name.
  double ry = top;
  for (const auto& line : sig.authority_lines)
    ry = centred_block(flow, line, Style::bold, s.body_size, rx, rw, ry);
  flow.page().signature_room = Box{rx, ry, rw, sig_room, {}};
  ry += sig_room;
  ry = centred_block(flow, sig.signer_name, Style::bold, s.body_size, rx, rw, ry);
  flow.y = std::max(left_bottom, ry) + s.paragraph_gap;
}

std::vector<std::string> appendix_title_lines(const fonts::FontSet& fonts, const std::string& text, double size,
                                              double width) {
  // As few lines as the width needs, as even as they can be, so no word
  // ("Lý)") is left alone on the last; breaks where a reader pauses, never
  // inside a proper name.
  const bool aside = !text.empty() && text.front() == '(';
  return balanced_wrap(fonts, text, aside ? Style::italic : Style::bold, size, width, true);
}

void layout_appendix_title(Flow& flow, const std::vector<std::string>& lines) {
  const double size = flow.setup.body_size;
  for (const std::string& text : lines) {
    if (text.empty()) continue;
    // "Phụ lục I" and the title bold; "(Kèm theo ...)" italic, as ND30's
    // appendix samples set it.
    const Style style = text.front() == '(' ? Style::italic : Style::bold;
    const double asc = size * flow.fonts.face(style).ascender();
    for (const std::string& line : appendix_title_lines(flow.fonts, text, size, flow.width())) {
      centred(flow, line, style, size, flow.left(), flow.width(), flow.y + asc);
      flow.y += size * 1.15;
    }
  }
  flow.y += 8;
}

}  // namespace baocao::layout
