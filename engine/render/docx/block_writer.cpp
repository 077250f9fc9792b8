// Headings, paragraphs, lists, tables and charts of a body or a Phụ lục.
#include <algorithm>
#include <type_traits>

#include "engine/layout/line_breaker.hpp"
#include "engine/layout/table_layout.hpp"
#include "engine/render/docx/body_writer.hpp"
#include "engine/render/docx/glue.hpp"
#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"

namespace baocao::render::docx {

namespace {

void heading(Writer& w, const doc::Heading& h, bool page_break, bool keep_next) {
  ParagraphProps p;
  p.style = style::kHeading[std::clamp(h.level, 1, 4) - 1];
  p.page_break_before = page_break;
  p.keep_next = keep_next;
  doc::Spans spans;
  if (!h.number.empty()) spans.push_back({h.number + " ", false, false});
  spans.insert(spans.end(), h.title.begin(), h.title.end());
  // Bold or upright, italic or not, as the template's numbering style sets
  // the level ("I." and "1." bold, "a)" upright), whatever the style says.
  paragraph(w.x, p, hold_glued_words(spans, w.fonts, w.setup.body_size), {h.bold, h.italic, std::nullopt});
}

void body_paragraph(Writer& w, const doc::Paragraph& para, bool page_break, bool keep_next) {
  ParagraphProps p;
  p.style = style::kBody;
  p.page_break_before = page_break;
  p.keep_next = keep_next;
  if (para.align != doc::Align::justify) p.align = para.align;
  if (!para.first_line_indent) p.first_line = 0;
  paragraph(w.x, p, hold_glued_words(para.spans, w.fonts, w.setup.body_size));
}

// "Kính gửi:" and one "- …;" line per recipient, the items aligned after
// the label and the block centred on the page, as the PDF sets it: the
// label, a tab, then each item with the label's width hanging.
void labelled_list(Writer& w, const doc::List& l, bool page_break, bool keep_next) {
  const double size = w.setup.body_size;
  const double label_w = w.fonts.width(fonts::Style::regular, size, l.label + " ");
  const double room = std::max(w.text_width / 2, w.text_width - label_w);
  double widest = 0;
  for (const doc::Spans& item : l.items) {
    doc::Spans spans{{l.marker + " ", false, false}};
    spans.insert(spans.end(), item.begin(), item.end());
    for (const layout::Line& line : layout::break_lines(spans, w.fonts, size, room))
      widest = std::max(widest, line.width);
  }
  const double start = std::max(0.0, (w.text_width - label_w - widest) / 2);
  for (std::size_t i = 0; i < l.items.size(); ++i) {
    ParagraphProps p;
    p.style = style::kListItem;
    p.page_break_before = page_break && i == 0;
    // The label keeps two lines with it; the last, what follows when asked.
    p.keep_next = i + 1 < std::min<std::size_t>(l.items.size(), 2) || (keep_next && i + 1 == l.items.size());
    p.align = doc::Align::left;
    p.left = start + label_w;
    p.right = std::max(0.0, w.text_width - start - label_w - room);
    if (i == 0) {
      p.hanging = label_w;
      p.tab = start + label_w;
    } else {
      p.first_line = 0;
    }
    if (i + 1 < l.items.size()) p.after = 0;
    w.x.open("w:p");
    paragraph_properties(w.x, p);
    if (i == 0) {
      text_run(w.x, l.label, {});
      w.x.open("w:r");
      w.x.empty("w:tab");
      w.x.close();
    }
    doc::Spans spans{{l.marker + " ", false, false}};
    spans.insert(spans.end(), l.items[i].begin(), l.items[i].end());
    span_runs(w.x, hold_glued_words(spans, w.fonts, size), {});
    w.x.close();
  }
}

void list(Writer& w, const doc::List& l, bool page_break, bool keep_next) {
  if (!l.label.empty()) return labelled_list(w, l, page_break, keep_next);
  for (std::size_t i = 0; i < l.items.size(); ++i) {
    ParagraphProps p;
    p.style = style::kListItem;
    p.page_break_before = page_break && i == 0;
    p.keep_next = keep_next && i + 1 == l.items.size();
    doc::Spans spans{{l.marker + " ", false, false}};
    spans.insert(spans.end(), l.items[i].begin(), l.items[i].end());
    paragraph(w.x, p, hold_glued_words(spans, w.fonts, w.setup.body_size));
  }
}

void table(Writer& w, const doc::Table& t, const TableStyle& style, bool page_break) {
  write_table(w.x, t, layout::table_column_widths(t, w.fonts, style.size, w.text_width), w.fonts, style,
              page_break);
  spacer(w.x, w.setup.paragraph_gap);  // and never two tables side by side: Word would join them
}

}  // namespace

void write_blocks(Writer& w, const std::vector<doc::Block>& blocks, const TableStyle& tables, bool keep_with_next) {
  bool page_break = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const bool keep = keep_with_next && i + 1 == blocks.size();
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, doc::PageBreak>) {
            page_break = true;
            return;
          } else if constexpr (std::is_same_v<T, doc::Heading>) {
            heading(w, b, page_break, true);
          } else if constexpr (std::is_same_v<T, doc::Paragraph>) {
            body_paragraph(w, b, page_break, keep);
          } else if constexpr (std::is_same_v<T, doc::List>) {
            list(w, b, page_break, keep);
          } else if constexpr (std::is_same_v<T, doc::Table>) {
            table(w, b, tables, page_break);
          } else if constexpr (std::is_same_v<T, doc::Chart>) {
            table(w, chart_table(b), tables, page_break);
          }
          page_break = false;
        },
        blocks[i]);
  }
  if (page_break) {
    // A page break that ends the blocks: an empty paragraph on the new page.
    ParagraphProps p;
    p.style = style::kRule;
    p.page_break_before = true;
    w.x.open("w:p");
    paragraph_properties(w.x, p);
    w.x.close();
  }
}

}  // namespace baocao::render::docx
