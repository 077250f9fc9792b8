// Headings, paragraphs and lists of the body, in ND30 style.
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

// Lays out `p` at the cursor, splitting it across pages without leaving a
// single line alone at the bottom or top of a page. When `keep_after` > 0 the
// paragraph's last lines stay on the page of the block that follows, of that
// height (the closing block is never alone on a page).
void layout_paragraph(Flow& flow, const doc::Paragraph& p, double size, double keep_after = 0);
// Lays out `h`, keeping it on the page of at least two lines of what follows.
void layout_heading(Flow& flow, const doc::Heading& h, double size);
// Items as paragraphs with a hanging marker; `keep_after` as for a paragraph,
// applied to the last item.
void layout_list(Flow& flow, const doc::List& l, double size, double keep_after = 0);

// Height of the first `lines` lines of a paragraph at `size`.
double lines_height(const Flow& flow, double size, int lines);

}  // namespace baocao::layout
