// DOCX renderer: the same ND30 document as the PDF, as a Word file a clerk
// edits. Written from the document tree (not from laid-out pages, which
// would freeze every line), with the PDF's measures where Word needs them
// fixed: page setup, type sizes, spacing, table column widths and the line
// breaks of the header's names come from engine/layout, so both files read
// alike. Text is in named ND30 paragraph styles (styles.hpp). The package is
// written with Poco::Zip and Poco::XML; the same document gives the same
// bytes (no time of writing anywhere, fixed zip dates and order).
#pragma once

#include <filesystem>
#include <string>

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page_setup.hpp"

namespace baocao::render {

// The DOCX file's bytes. Throws Error(internal) when a string is not NFC or
// holds a character XML cannot carry (the text gate was bypassed), and
// Error(font) for a character the fonts lack, as the PDF would.
std::string render_docx(const doc::Document& d, const fonts::FontSet& fonts, const layout::PageSetup& setup = {});

// render_docx() written atomically to `path`.
void write_docx(const doc::Document& d, const fonts::FontSet& fonts, const std::filesystem::path& path,
                const layout::PageSetup& setup = {});

}  // namespace baocao::render
