// A pass over the bytes libharu saved, with libqpdf. libharu 2.3 attaches an
// identity CID CMap as /ToUnicode (poppler warns "Invalid 'begincidrange'
// operator" and copy/paste works only by luck); this pass writes a real
// ToUnicode CMap for each font and rewrites the file compactly (object
// streams, recompressed streams) and deterministically (the /ID is a hash of
// the content, so the same input gives the same bytes).
#pragma once

#include <string>
#include <string_view>

namespace baocao::render {

// The fixed PDF. Throws Error(output, pdf_render_failed) when qpdf cannot read
// or write it, or warns about it (a libharu file must be clean).
std::string fix_pdf(std::string_view pdf);

}  // namespace baocao::render
