#include "engine/layout/nd30_blocks.hpp"

#include <algorithm>

#include "engine/layout/line_breaker.hpp"
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

}  // namespace

void layout_nd30_header(Flow& flow, const doc::Nd30Header& h) {
  const auto& s = flow.setup;
  const std::string quoc_hieu = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  const std::string tieu_ngu = "Độc lập - Tự do - Hạnh phúc";
  // Right column: about 55% of the text width, wide enough for Quốc hiệu.
  double qh_w = flow.fonts.width(Style::bold, s.national_title_size, quoc_hieu);
  double right_w = std::max(flow.width() * 0.55, qh_w + 8);
  double left_w = flow.width() - right_w;
  double lx = flow.left(), rx = flow.left() + left_w;
  double top = flow.y;
  double lead = 1.15;

  // Left: cơ quan chủ quản (upright), cơ quan ban hành (bold), rule 1/3.
  double y = top;
  y = centred_block(flow, h.governing_body, Style::regular, s.header_size, lx, left_w, y);
  y = centred_block(flow, h.issuing_body, Style::bold, s.header_size, lx, left_w, y);
  if (!h.issuing_body.empty()) {
    // The rule is 1/3-1/2 of the issuing body's longest line (ND30).
    double longest = 0;
    for (const auto& line : break_lines({{h.issuing_body, true, false}}, flow.fonts, s.header_size, left_w))
      longest = std::max(longest, line.width);
    y += kRuleGap;
    rule(flow, lx + left_w / 2, longest * kShortRule, y);
    y += 2;
  }
  double left_bottom = y;

  // Right: Quốc hiệu, Tiêu ngữ with a rule as long as itself.
  double ry = top;
  ry = centred_block(flow, quoc_hieu, Style::bold, s.national_title_size, rx, right_w, ry);
  double tn_size = s.header_size;
  double tn_w = centred(flow, tieu_ngu, Style::bold, tn_size, rx, right_w,
                        ry + tn_size * flow.fonts.face(Style::bold).ascender());
  ry += tn_size * lead;
  ry += kRuleGap;
  rule(flow, rx + right_w / 2, tn_w, ry);
  ry += 2;

  // Row of box 3 (Số, ký hiệu) and box 4 (địa danh, ngày), on one baseline.
  double row = std::max(left_bottom, ry) + 6;
  double base = row + s.header_size * flow.fonts.face(Style::regular).ascender();
  centred(flow, h.number_symbol, Style::regular, s.header_size, lx, left_w, base);
  flow.page().number_room = number_room(flow, h.number_symbol, s.header_size, lx, left_w, row);
  if (is_valid(h.date))
    centred(flow, text::nd30_place_date(h.place, h.date), Style::italic, s.body_size, rx, right_w, base);
  else
    place_and_date_room(flow, h.place, s.body_size, rx, right_w, row, base);
  flow.y = row + s.body_size * lead + 18;

  // A công văn has no tên loại: its trích yếu ("V/v ...") sits under the
  // number in the left column, upright, 12-13 pt (ND30 box 5b).
  if (h.doc_type.empty() && !h.summary_lines.empty()) {
    double vy = base + s.header_size * lead;
    for (const auto& line : h.summary_lines) {
      for (const auto& l : break_lines({{line, false, false}}, flow.fonts, s.header_size, left_w)) {
        std::string text;
        for (const auto& word : l.words) {
          if (!text.empty()) text += ' ';
          for (const auto& piece : word.pieces) text += piece.text;
        }
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

void layout_appendix_title(Flow& flow, const std::vector<std::string>& lines) {
  const double size = flow.setup.body_size;
  for (const std::string& text : lines) {
    if (text.empty()) continue;
    // "Phụ lục I" and the title bold; "(Kèm theo ...)" italic, as ND30's
    // appendix samples set it.
    const bool aside = text.front() == '(';
    const Style style = aside ? Style::italic : Style::bold;
    auto words = split_words({{text, !aside, aside}}, flow.fonts, size);
    // A title that wraps is set in lines of even length, the narrowest
    // width giving as few lines, so no word is left alone on the last.
    const std::size_t count = count_lines(words, flow.width());
    double lo = 0, hi = flow.width();
    if (count > 1)
      for (int i = 0; i < 16 && hi - lo > 0.5; ++i) {
        double mid = (lo + hi) / 2;
        (count_lines(words, mid) <= count ? hi : lo) = mid;
      }
    auto lines_at = fill_lines(std::move(words), hi);
    const double asc = size * flow.fonts.face(style).ascender();
    for (const Line& line : lines_at) {
      place_line(line, doc::Align::center, true, flow.left(), flow.y + asc, flow.width(), size, flow.page().texts);
      flow.y += size * 1.15;
    }
  }
  flow.y += 8;
}

}  // namespace baocao::layout
