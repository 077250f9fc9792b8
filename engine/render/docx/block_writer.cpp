// Headings, paragraphs, lists, tables and charts of a body or a Phụ lục.
#include <algorithm>
#include <type_traits>

#include "engine/layout/table_layout.hpp"
#include "engine/render/docx/body_writer.hpp"
#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"

namespace baocao::render::docx {

namespace {

// What the next paragraph-like block carries from the blocks before it.
struct Pending {
  bool page_break = false;  // a doc::PageBreak came before it
};

void heading(Writer& w, const doc::Heading& h, bool page_break, bool keep_next) {
  ParagraphProps p;
  p.style = style::kHeading[std::clamp(h.level, 1, 4) - 1];
  p.page_break_before = page_break;
  p.keep_next = keep_next;
  doc::Spans spans;
  if (!h.number.empty()) spans.push_back({h.number + " ", false, false});
  spans.insert(spans.end(), h.title.begin(), h.title.end());
  paragraph(w.x, p, spans);
}

void body_paragraph(Writer& w, const doc::Paragraph& para, bool page_break, bool keep_next) {
  ParagraphProps p;
  p.style = style::kBody;
  p.page_break_before = page_break;
  p.keep_next = keep_next;
  if (para.align != doc::Align::justify) p.align = para.align;
  if (!para.first_line_indent) p.first_line = 0;
  paragraph(w.x, p, para.spans);
}

void list(Writer& w, const doc::List& l, bool page_break, bool keep_next) {
  for (std::size_t i = 0; i < l.items.size(); ++i) {
    ParagraphProps p;
    p.style = style::kListItem;
    p.page_break_before = page_break && i == 0;
    p.keep_next = keep_next && i + 1 == l.items.size();
    doc::Spans spans{{l.marker + " ", false, false}};
    spans.insert(spans.end(), l.items[i].begin(), l.items[i].end());
    paragraph(w.x, p, spans);
  }
}

void table(Writer& w, const doc::Table& t, const TableStyle& style, bool page_break) {
  write_table(w.x, t, layout::table_column_widths(t, w.fonts, style.size, w.text_width), style, page_break);
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
