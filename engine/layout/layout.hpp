// Layout: document tree -> positioned pages. Knows fonts and geometry, never
// a PDF library; engine/render/pdf paints what this produces.
#pragma once

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"
#include "engine/layout/page_setup.hpp"

namespace baocao::layout {

// Lays out the whole document: ND30 header, body, closing, then each
// appendix from a new page (landscape when it asks). Page numbers go top
// centre from the second page; each appendix is numbered on its own.
// `base` with the document's own type and spacing, held to what ND30 allows:
// the setup layout_document() lays out with.
PageSetup effective_setup(const doc::Style& style, const PageSetup& base = {});

PagedDocument layout_document(const doc::Document& d, const fonts::FontSet& fonts,
                              const PageSetup& setup = {});

}  // namespace baocao::layout
