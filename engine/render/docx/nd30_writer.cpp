// The ND30 blocks: header (boxes 1-5), closing (Nơi nhận and the signer's
// block side by side) and the titles of a Phụ lục, set as the PDF sets them
// (engine/layout/nd30_blocks.cpp): the same columns, sizes, lines and rules.
#include <algorithm>

#include "engine/layout/nd30_blocks.hpp"
#include "engine/render/docx/body_writer.hpp"
#include "engine/render/docx/glue.hpp"
#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::render::docx {

namespace {

using fonts::Style;

const std::string kQuocHieu = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const std::string kTieuNgu = "Độc lập - Tự do - Hạnh phúc";
// ND30: the rules under the issuing body and the trích yếu are 1/3-1/2 of
// the text; the PDF draws 0.4 of it.
constexpr double kShortRule = 0.4;

ParagraphProps styled(const char* id) {
  ParagraphProps p;
  p.style = id;
  return p;
}

}  // namespace

void write_nd30_header(Writer& w, const doc::Nd30Header& h) {
  XmlWriter& x = w.x;
  const auto& s = w.setup;
  // The PDF's columns: the right one as wide as the Quốc hiệu (at least 45%),
  // the left one the rest, kept 5 mm apart (the left cell's right margin).
  const layout::HeaderGrid g = layout::header_grid(w.fonts, s, 0, w.text_width);
  const double gap = w.text_width - g.left_w - g.right_w;
  const double left_w = g.left_w, right_w = g.right_w;

  open_grid(x, {left_w + gap, right_w});
  open_grid_row(x);
  // Left: cơ quan chủ quản (upright), cơ quan ban hành (bold), a short rule;
  // the lines and the size (12-13 pt) the PDF gives them, never breaking a
  // proper name (no-break spaces join its words here too).
  open_grid_cell(x, left_w + gap, gap);
  const layout::HeaderBodies bodies =
      layout::header_bodies(w.fonts, h.governing_body, h.issuing_body, left_w, s.header_size);
  RunProps size;
  if (bodies.size != s.header_size) size.size = bodies.size;
  if (!bodies.governing.empty()) lines_paragraph(x, styled(style::kGoverningBody), bodies.governing, size);
  if (!bodies.issuing.empty()) {
    lines_paragraph(x, styled(style::kIssuingBody), bodies.issuing, size);
    double longest = 0;
    for (const auto& line : bodies.issuing) longest = std::max(longest, w.fonts.width(Style::bold, bodies.size, line));
    rule_paragraph(x, left_w, longest * kShortRule, 2);
  }
  if (bodies.governing.empty() && bodies.issuing.empty()) x.element("w:p", "");
  x.close();
  // Right: Quốc hiệu, Tiêu ngữ and a rule as long as it.
  open_grid_cell(x, right_w);
  lines_paragraph(x, styled(style::kNationalTitle), {kQuocHieu}, {});
  lines_paragraph(x, styled(style::kMotto), {kTieuNgu}, {});
  rule_paragraph(x, right_w, w.fonts.width(Style::bold, s.header_size, kTieuNgu), 2);
  x.close();
  x.close();

  // Box 3 (Số, ký hiệu) and box 4 (địa danh, ngày) on one line, 6 pt below.
  open_grid_row(x);
  open_grid_cell(x, left_w + gap, gap);
  ParagraphProps number = styled(style::kNumber);
  number.before = 6;
  lines_paragraph(x, number, {h.number_symbol}, {});
  x.close();
  open_grid_cell(x, right_w);
  ParagraphProps place = styled(style::kPlaceDate);
  place.before = 6;
  // A date not given yet is the văn thư's to write: the PDF leaves room
  // for its stamp, the Word file the words with room to type in.
  lines_paragraph(x, place,
                  is_valid(h.date)   ? layout::place_date_lines(w.fonts, h.place, h.date, s.body_size, right_w)
                  : is_blank(h.date) ? std::vector<std::string>{text::nd30_place_date(h.place, h.date)}
                                     : std::vector<std::string>{h.place + ","},
                  {});
  x.close();
  x.close();
  // A công văn has no tên loại: its trích yếu ("V/v ...") sits under the
  // number, in a row of its own so that it reads after the date.
  const bool letter = h.doc_type.empty() && !h.summary_lines.empty();
  if (letter) {
    open_grid_row(x);
    open_grid_cell(x, left_w + gap, gap);
    std::vector<std::string> lines;
    for (const auto& line : h.summary_lines)
      for (auto& l : layout::wrap_text(w.fonts, line, Style::regular, s.header_size, left_w))
        lines.push_back(std::move(l));
    lines_paragraph(x, styled(style::kLetterSummary), lines, {});
    x.close();
    open_grid_cell(x, right_w);
    x.element("w:p", "");
    x.close();
    x.close();
  }
  x.close();

  if (letter) {
    spacer(x, 12);
    return;
  }
  // Box 5: tên loại and trích yếu, centred bold, a short rule under.
  if (!h.doc_type.empty()) {
    ParagraphProps p = styled(style::kDocType);
    p.before = 18;
    lines_paragraph(x, p, {h.doc_type}, {});
  }
  if (!h.summary_lines.empty()) {
    ParagraphProps p = styled(style::kSummary);
    if (h.doc_type.empty()) p.before = 18;
    lines_paragraph(x, p, h.summary_lines, {});
    double widest = 0;
    for (const auto& line : h.summary_lines) widest = std::max(widest, w.fonts.width(Style::bold, s.body_size, line));
    rule_paragraph(x, w.text_width, std::min(widest, w.text_width) * kShortRule, 18);
  } else {
    spacer(x, 18);
  }
}

namespace {
constexpr double kSignatureRoomMm = 30;  // hand signature and the seal over it (as the PDF)
}

void write_closing(Writer& w, const doc::Recipients& r, const doc::Signature& sig) {
  XmlWriter& x = w.x;
  const auto& s = w.setup;
  // Nơi nhận in the left 45%, the signer's block in the rest, as the PDF.
  const double left_w = w.text_width / 2 * 0.9, right_w = w.text_width - left_w;
  open_grid(x, {left_w, right_w});
  open_grid_row(x);
  open_grid_cell(x, left_w, 6);
  if (!r.items.empty()) {
    // "Nơi nhận:" level with the authority line, 12 pt bold italic; items 11 pt.
    ParagraphProps title = styled(style::kRecipientsTitle);
    title.before = 6;
    title.line = s.recipients_title_size * 1.2;
    lines_paragraph(x, title, {"Nơi nhận:"}, {});
    for (const auto& item : r.items) {
      const doc::Spans held = hold_glued_words({{item, false, false}}, w.fonts, s.recipients_size);
      lines_paragraph(x, styled(style::kRecipient), {held.front().text}, {});
    }
  } else {
    x.element("w:p", "");
  }
  x.close();
  open_grid_cell(x, right_w);
  for (std::size_t i = 0; i < sig.authority_lines.size(); ++i) {
    ParagraphProps p = styled(style::kAuthority);
    if (i == 0) p.before = 6;
    lines_paragraph(x, p, {sig.authority_lines[i]}, {});
  }
  // The room for the hand signature and the seal, then the signer's name.
  ParagraphProps name = styled(style::kSigner);
  name.before = mm_to_pt(kSignatureRoomMm);
  lines_paragraph(x, name, {sig.signer_name}, {});
  x.close();
  x.close();
  x.close();
}

void write_appendix_title(Writer& w, const std::vector<std::string>& lines) {
  std::vector<std::string> shown;
  for (const auto& l : lines)
    if (!l.empty()) shown.push_back(l);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    // "Phụ lục I" and the title bold; "(Kèm theo ...)" italic, as ND30's samples.
    const bool aside = shown[i].front() == '(';
    ParagraphProps p = styled(style::kAppendixTitle);
    if (i + 1 == shown.size()) p.after = 8;
    lines_paragraph(w.x, p, layout::appendix_title_lines(w.fonts, shown[i], w.setup.body_size, w.text_width),
                    aside ? RunProps{false, true, std::nullopt} : RunProps{});
  }
}

}  // namespace baocao::render::docx
