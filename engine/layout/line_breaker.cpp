#include "engine/layout/line_breaker.hpp"

namespace baocao::layout {

std::vector<Line> break_lines(const doc::Spans& spans, const fonts::FontSet& fonts, double size,
                              double width, double first_indent) {
  // 1. Words: split every span at ASCII spaces and newlines; text on either
  //    side of a span boundary without a space belongs to one word.
  std::vector<Word> words;
  Word current;
  bool open = false;
  auto close_word = [&](double space) {
    if (open && !current.pieces.empty()) {
      current.space_after = space;
      words.push_back(std::move(current));
    } else if (!words.empty() && space > words.back().space_after) {
      words.back().space_after = space;
    }
    current = Word{};
    open = false;
  };
  for (const doc::Span& span : spans) {
    fonts::Style style = fonts::style_of(span.bold, span.italic);
    double space = fonts.width(style, size, " ");
    std::size_t i = 0;
    while (i <= span.text.size()) {
      std::size_t j = span.text.find_first_of(" \n", i);
      if (j == std::string::npos) j = span.text.size();
      if (j > i) {
        std::string part = span.text.substr(i, j - i);
        double w = fonts.width(style, size, part);
        current.pieces.push_back({std::move(part), style, w});
        current.width += w;
        open = true;
      }
      if (j < span.text.size()) close_word(space);
      i = j + 1;
    }
  }
  close_word(0);

  // 2. Lines: greedy fill. Good enough for ND30 bodies, which are justified.
  std::vector<Line> lines;
  Line line;
  double limit = width - first_indent;
  for (Word& w : words) {
    double needed = line.words.empty() ? w.width : line.width + line.words.back().space_after + w.width;
    if (!line.words.empty() && needed > limit + 1e-6) {
      lines.push_back(std::move(line));
      line = Line{};
      limit = width;
      needed = w.width;
    }
    line.width = needed;
    line.words.push_back(std::move(w));
  }
  if (!line.words.empty()) lines.push_back(std::move(line));
  return lines;
}

void place_line(const Line& line, doc::Align align, bool last, double x, double y, double width,
                double size, std::vector<TextRun>& out) {
  double slack = width - line.width;
  double extra = 0;  // added to every inter-word space when justifying
  if (align == doc::Align::justify && !last && line.words.size() > 1 && slack > 0)
    extra = slack / static_cast<double>(line.words.size() - 1);
  else if (align == doc::Align::center)
    x += slack / 2;
  else if (align == doc::Align::right)
    x += slack;

  // Without stretching, neighbouring pieces of one style merge into one run
  // with its spaces: fewer operators, and copy-paste keeps the spaces.
  const bool merge = extra == 0;
  std::size_t first_run = out.size();
  bool at_word_start = false;  // a space separates the next piece from the last
  for (std::size_t k = 0; k < line.words.size(); ++k) {
    const Word& w = line.words[k];
    for (const Piece& p : w.pieces) {
      bool join = merge && out.size() > first_run && out.back().style == p.style;
      if (join) {
        if (at_word_start) out.back().text += ' ';
        out.back().text += p.text;
      } else {
        out.push_back({x, y, p.style, size, p.text});
      }
      at_word_start = false;
      x += p.width;
    }
    if (k + 1 < line.words.size()) {
      x += w.space_after + extra;
      at_word_start = w.space_after > 0;
    }
  }
}

}  // namespace baocao::layout
