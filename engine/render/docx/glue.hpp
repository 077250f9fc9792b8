// Where the PDF never breaks a line, Word must not either: a sign without
// letters or digits ("%", "-", "./.") stays with the word before it and a
// short parenthetical ("(để tổng hợp)") stays whole (engine/layout's
// line breaker decides which). The spaces there become no-break spaces, so
// Word and LibreOffice keep those words together as the PDF does, also
// after a clerk's edits.
#pragma once

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"

namespace baocao::render::docx {

// `spans` with the spaces the line breaker glues made U+00A0.
doc::Spans hold_glued_words(const doc::Spans& spans, const fonts::FontSet& fonts, double size);

}  // namespace baocao::render::docx
