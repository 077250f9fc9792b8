// The fixed parts of an ND30 document: the two-column header (boxes 1-5) and
// the closing with "Nơi nhận:" and the signature block (boxes 7, 9b).
#pragma once

#include "engine/document/document.hpp"
#include "engine/layout/flow.hpp"

namespace baocao::layout {

void layout_nd30_header(Flow& flow, const doc::Nd30Header& h);
void layout_closing(Flow& flow, const doc::Recipients& r, const doc::Signature& s);
// The height layout_closing() needs on one page, so the body can keep its
// last lines with it.
double closing_height(const Flow& flow, const doc::Recipients& r, const doc::Signature& s);
// Centred title lines of a Phụ lục, bold.
void layout_appendix_title(Flow& flow, const std::vector<std::string>& lines);

}  // namespace baocao::layout
