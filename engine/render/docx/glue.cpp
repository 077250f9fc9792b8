#include "engine/render/docx/glue.hpp"

#include <string_view>

#include "engine/layout/line_breaker.hpp"
#include "engine/render/docx/xml_writer.hpp"

namespace baocao::render::docx {

doc::Spans hold_glued_words(const doc::Spans& spans, const fonts::FontSet& fonts, double size) {
  // Checked before measuring: a character XML cannot carry is named as
  // that, not as a glyph the font lacks.
  for (const doc::Span& s : spans) require_xml_text(s.text);
  const std::vector<layout::Word> words = layout::split_words(spans, fonts, size);
  // Walk the text as split_words does (words between ASCII spaces and
  // newlines, across spans) and replace the spaces after each glued word.
  doc::Spans out = spans;
  std::size_t word = 0;     // words closed so far
  bool in_word = false;
  for (doc::Span& span : out) {
    std::string text;
    text.reserve(span.text.size());
    for (char c : span.text) {
      if (c != ' ' && c != '\n') {
        in_word = true;
        text += c;
        continue;
      }
      if (in_word) ++word, in_word = false;
      // A space between word `word - 1` and the next, when they are glued.
      const bool glued = c == ' ' && word > 0 && word < words.size() && words[word - 1].glue_after;
      text += glued ? std::string_view("\u00a0") : std::string_view(&c, 1);
    }
    span.text = std::move(text);
  }
  if (in_word) ++word;
  return word == words.size() ? out : spans;  // never, but a mismatch changes nothing
}

}  // namespace baocao::render::docx
