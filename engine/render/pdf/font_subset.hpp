// Cuts a TrueType face down to the glyphs a document uses (HarfBuzz
// hb-subset), so a PDF carries kilobytes of font instead of hundreds.
#pragma once

#include <filesystem>
#include <set>
#include <string>

namespace baocao::render {

// The bytes of a TrueType font holding only the glyphs of `code_points` (and
// .notdef), hinting dropped (PDF viewers do not use it), advances unchanged.
// The caller checked coverage first: hb-subset silently maps a missing code
// point to .notdef. Throws Error(font) when the file cannot be read or cut.
// The same file and characters give the same bytes, remembered (a bounded
// cache shared by the threads).
std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& code_points);

}  // namespace baocao::render
