// Breaking styled text into lines by words, and placing the words of a line.
// A word is never split (a Vietnamese syllable stays whole); justified lines
// are made by placing each word, since libharu ignores word spacing for UTF-8.
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"

namespace baocao::layout {

struct Piece {
  std::string text;
  fonts::Style style;
  double width = 0;
};

// Characters between spaces, possibly in several styles ("đạt **72%**,").
struct Word {
  std::vector<Piece> pieces;
  double width = 0;
  double space_after = 0;  // width of the space that follows, 0 if none
  // No line break between this word and the next: a sign that has no letter
  // or digit ("%", "–", "./.") stays with the word before it, and a short
  // parenthetical ("(điểm %)") stays whole, as typesetters keep them.
  bool glue_after = false;
};

struct Line {
  std::vector<Word> words;
  double width = 0;  // natural width, without the trailing space
};

// Splits `spans` at spaces into measured words (once; lines can then be
// filled at any width).
std::vector<Word> split_words(const doc::Spans& spans, const fonts::FontSet& fonts, double size);

// Fills lines no wider than `width` with `words` (greedy, breaking only
// where glue allows); the first line is `first_indent` narrower. A glued
// run wider than a line breaks between its words; a word wider than a line
// gets a line alone.
std::vector<Line> fill_lines(std::vector<Word> words, double width, double first_indent = 0);

// Whether a line break before `word` falls between phrases: a preposition
// or a noun that opens one ("của", "theo", "so" (với), "trong", "năm",
// "ngày", "tại", "về"), in lower case or capitals.
bool opens_phrase(std::string_view word);

// As many lines as fill_lines makes at `width`, but as even as they can be
// and broken, by preference, where a reader pauses (after a comma, before a
// parenthesis, before a word that opens a phrase): "Tăng, giảm" / "so với
// năm 2024" / "(điểm %)" rather than
// "Tăng, giảm so" / "với năm 2024" / "(điểm %)". For centred text: table
// headers.
std::vector<Line> fill_lines_balanced(std::vector<Word> words, double width);

// The narrowest width at which `words` fit in at most `lines` lines broken
// only between phrases (as fill_lines_balanced prefers); 0 when they have a
// single phrase.
double phrase_width(const std::vector<Word>& words, std::size_t lines);

// How many lines fill_lines would make, without making them.
std::size_t count_lines(const std::vector<Word>& words, double width, double first_indent = 0);

// split_words then fill_lines.
std::vector<Line> break_lines(const doc::Spans& spans, const fonts::FontSet& fonts, double size,
                              double width, double first_indent = 0);

// The narrowest width the words fit in (their widest unbreakable run) and
// their natural width on one line: what a table column needs at least and
// at most (CSS's min-content and max-content).
struct ContentWidth {
  double min = 0;
  double max = 0;
};
ContentWidth content_width(const std::vector<Word>& words);

// Adds the runs of `line` to `out` with its left edge at `x`, baseline `y`,
// within `width`. Justified lines stretch the spaces unless `last`.
void place_line(const Line& line, doc::Align align, bool last, double x, double y, double width,
                double size, std::vector<TextRun>& out);

}  // namespace baocao::layout
