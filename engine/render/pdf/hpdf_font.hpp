// A TrueType font handed to libharu from memory. libharu 2.3 loads a font
// only from a file, then reads it a few bytes per seek, at load and again
// when it saves: a million lseek calls for a country's reports, through a
// temporary file per face. The same loading, from one of libharu's memory
// streams: no file, and every seek is a pointer move.
#pragma once

#include <hpdf.h>

#include <string>

namespace baocao::render {

// Registers the font in `bytes` (embedded) with `pdf` and returns it drawing
// in the document's codes (CharCodes::kEncoder, registered before); `tag`
// (six capital letters) prefixes its name, as a subset's must. The document
// owns the font. Null on failure, recorded in the document's error as
// libharu's own loading does.
HPDF_Font load_truetype(HPDF_Doc pdf, const std::string& bytes, const char* tag);

}  // namespace baocao::render
