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
};

struct Line {
  std::vector<Word> words;
  double width = 0;  // natural width, without the trailing space
};

// Splits `spans` at spaces and fills lines no wider than `width`; the first
// line is `first_indent` narrower. A word wider than a line gets a line alone.
std::vector<Line> break_lines(const doc::Spans& spans, const fonts::FontSet& fonts, double size,
                              double width, double first_indent = 0);

// Adds the runs of `line` to `out` with its left edge at `x`, baseline `y`,
// within `width`. Justified lines stretch the spaces unless `last`.
void place_line(const Line& line, doc::Align align, bool last, double x, double y, double width,
                double size, std::vector<TextRun>& out);

}  // namespace baocao::layout
