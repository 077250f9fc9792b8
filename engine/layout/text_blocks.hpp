// Headings, paragraphs and lists of the body, in ND30 style.
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

// Lays out `p` at the cursor, splitting it across pages without leaving a
// single line alone at the bottom or top of a page.
void layout_paragraph(Flow& flow, const doc::Paragraph& p, double size);
// Lays out `h`, keeping it on the page of at least two lines of what follows.
void layout_heading(Flow& flow, const doc::Heading& h, double size);
void layout_list(Flow& flow, const doc::List& l, double size);

// Height of the first `lines` lines of a paragraph at `size`.
double lines_height(const Flow& flow, double size, int lines);

}  // namespace baocao::layout
