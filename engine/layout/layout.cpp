#include "engine/layout/layout.hpp"

#include <algorithm>
#include <type_traits>

#include "engine/layout/chart_layout.hpp"
#include "engine/layout/flow.hpp"
#include "engine/layout/nd30_blocks.hpp"
#include "engine/layout/table_layout.hpp"
#include "engine/layout/text_blocks.hpp"

namespace baocao::layout {

namespace {

void layout_block(Flow& flow, const doc::Block& b, double table_size, double keep) {
  const double size = flow.setup.body_size;
  std::visit(
      [&](const auto& block) {
        using T = std::decay_t<decltype(block)>;
        if constexpr (std::is_same_v<T, doc::Heading>)
          layout_heading(flow, block, size);
        else if constexpr (std::is_same_v<T, doc::Paragraph>)
          layout_paragraph(flow, block, size, keep);
        else if constexpr (std::is_same_v<T, doc::List>)
          layout_list(flow, block, size, keep);
        else if constexpr (std::is_same_v<T, doc::Table>)
          layout_table(flow, block, table_size, keep);
        else if constexpr (std::is_same_v<T, doc::PageBreak>)
          flow.new_page(flow.landscape());
        else if constexpr (std::is_same_v<T, doc::Chart>)
          layout_chart(flow, block);
      },
      b);
}

// `keep_after`: height of what follows the last block and must share its
// page (the closing block); 0 for none. A run of headings is laid out with
// the block after it; when that block starts on a later page than the last
// heading (it moved to keep with the closing, or a table row did not fit),
// the run is laid out again from a new page so no heading ends a page.
void layout_blocks(Flow& flow, const std::vector<doc::Block>& blocks, double table_size,
                   double keep_after = 0) {
  const std::size_t n = blocks.size();
  auto keep_for = [&](std::size_t i) { return i + 1 == n ? keep_after : 0.0; };
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j < n && std::holds_alternative<doc::Heading>(blocks[j])) ++j;
    if (j == i || j == n) {  // not a heading, or headings ending the body
      for (const std::size_t end = std::max(j, i + 1); i < end; ++i)
        layout_block(flow, blocks[i], table_size, keep_for(i));
      continue;
    }
    const Flow::Mark start = flow.mark();
    const bool started_at_top = flow.at_top();
    auto lay_run = [&] {
      for (std::size_t k = i; k < j; ++k) layout_block(flow, blocks[k], table_size, 0);
      const std::size_t heading_page = flow.page_index();
      const std::size_t heading_texts = flow.page().texts.size();
      layout_block(flow, blocks[j], table_size, keep_for(j));
      return flow.page_index() > heading_page && flow.page_at(heading_page).texts.size() == heading_texts;
    };
    if (lay_run() && !started_at_top) {  // a heading ends a page: start the run on the next
      flow.rewind(start);
      flow.new_page(flow.landscape());
      lay_run();
    }
    i = j + 1;
  }
}

// Page numbers for pages [first, last): none on the first, then 2, 3, ...
void number_pages(std::vector<Page>& pages, std::size_t first, std::size_t last, const fonts::FontSet& fonts,
                  const PageSetup& setup) {
  for (std::size_t i = first + 1; i < last; ++i) {
    Page& p = pages[i];
    std::string n = std::to_string(i - first + 1);
    double w = fonts.width(fonts::Style::regular, setup.page_number_size, n);
    bool landscape = p.width > p.height;
    double margin = mm_to_pt(landscape ? setup.left_mm : setup.top_mm);
    // Centred in the top margin, with its baseline at about two thirds of it.
    p.texts.push_back({(p.width - w) / 2, margin * 0.62, fonts::Style::regular, setup.page_number_size, n});
  }
}

}  // namespace

PageSetup effective_setup(const doc::Style& style, const PageSetup& base) {
  // The document's own type and spacing win, held to what ND30 allows.
  PageSetup setup = base;
  setup.body_size = std::clamp(style.body_size, 13.0, 14.0);
  setup.line_spacing = std::clamp(style.line_spacing, 1.0, 1.5);
  setup.first_indent_mm = std::clamp(style.first_indent_mm, 10.0, 12.7);
  setup.paragraph_gap = std::max(style.paragraph_gap, 6.0);
  return setup;
}

PagedDocument layout_document(const doc::Document& d, const fonts::FontSet& fonts, const PageSetup& base) {
  const PageSetup setup = effective_setup(d.style, base);
  PagedDocument out;
  out.meta = d.meta;
  out.date = d.header.date;
  Flow flow(fonts, setup, out.pages);
  flow.new_page(false);
  layout_nd30_header(flow, d.header);
  layout_blocks(flow, d.body, setup.table_size, closing_height(flow, d.recipients, d.signature));
  layout_closing(flow, d.recipients, d.signature);
  number_pages(out.pages, 0, out.pages.size(), fonts, setup);
  for (const doc::Appendix& a : d.appendices) {
    std::size_t first = out.pages.size();
    flow.new_page(a.landscape);
    layout_appendix_title(flow, a.title_lines);
    layout_blocks(flow, a.blocks, setup.appendix_table_size);
    number_pages(out.pages, first, out.pages.size(), fonts, setup);
  }
  return out;
}

}  // namespace baocao::layout
