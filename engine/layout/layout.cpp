#include "engine/layout/layout.hpp"

#include <type_traits>

#include "engine/layout/chart_layout.hpp"
#include "engine/layout/flow.hpp"
#include "engine/layout/nd30_blocks.hpp"
#include "engine/layout/table_layout.hpp"
#include "engine/layout/text_blocks.hpp"

namespace baocao::layout {

namespace {

void layout_blocks(Flow& flow, const std::vector<doc::Block>& blocks, double table_size) {
  const double size = flow.setup.body_size;
  for (const doc::Block& b : blocks) {
    std::visit(
        [&](const auto& block) {
          using T = std::decay_t<decltype(block)>;
          if constexpr (std::is_same_v<T, doc::Heading>) layout_heading(flow, block, size);
          else if constexpr (std::is_same_v<T, doc::Paragraph>) layout_paragraph(flow, block, size);
          else if constexpr (std::is_same_v<T, doc::List>) layout_list(flow, block, size);
          else if constexpr (std::is_same_v<T, doc::Table>) layout_table(flow, block, table_size);
          else if constexpr (std::is_same_v<T, doc::PageBreak>) flow.new_page(flow.landscape());
          else if constexpr (std::is_same_v<T, doc::Chart>) layout_chart(flow, block);
        },
        b);
  }
}

// Page numbers for pages [first, last): none on the first, then 2, 3, ...
void number_pages(std::vector<Page>& pages, std::size_t first, std::size_t last,
                  const fonts::FontSet& fonts, const PageSetup& setup) {
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

PagedDocument layout_document(const doc::Document& d, const fonts::FontSet& fonts,
                              const PageSetup& base) {
  PageSetup setup = base;  // the document's own type and spacing win
  setup.body_size = d.style.body_size;
  setup.line_spacing = d.style.line_spacing;
  setup.first_indent_mm = d.style.first_indent_mm;
  setup.paragraph_gap = d.style.paragraph_gap;
  PagedDocument out;
  out.meta = d.meta;
  out.date = d.header.date;
  Flow flow(fonts, setup, out.pages);
  flow.new_page(false);
  layout_nd30_header(flow, d.header);
  layout_blocks(flow, d.body, setup.table_size);
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
