#include "engine/layout/line_breaker.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace baocao::layout {

namespace {

// Whether `text` has a letter or a digit: "%", "%)", "–", "./." have none.
bool has_alnum(std::string_view text) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t len = static_cast<int32_t>(text.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

std::string_view first_text(const Word& w) {
  return w.pieces.empty() ? std::string_view{} : std::string_view(w.pieces.front().text);
}
std::string_view last_text(const Word& w) {
  return w.pieces.empty() ? std::string_view{} : std::string_view(w.pieces.back().text);
}

// A parenthetical of at most this many words is kept on one line.
constexpr std::size_t kShortParenthetical = 3;

void mark_glue(std::vector<Word>& words) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    bool sign = true;
    for (const Piece& p : words[i].pieces) sign = sign && !has_alnum(p.text);
    if (sign) words[i - 1].glue_after = true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!first_text(words[i]).starts_with('(')) continue;
    for (std::size_t j = i; j < words.size() && j < i + kShortParenthetical; ++j) {
      std::string_view end = last_text(words[j]);
      if (end.find(')') != std::string_view::npos) {
        for (std::size_t k = i; k < j; ++k) words[k].glue_after = true;
        break;
      }
    }
  }
}

}  // namespace

std::vector<Word> split_words(const doc::Spans& spans, const fonts::FontSet& fonts, double size) {
  // Split every span at ASCII spaces and newlines; text on either side of a
  // span boundary without a space belongs to one word.
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
  mark_glue(words);
  return words;
}

namespace {

// Where each line starts (an index into `words`).
std::vector<std::size_t> line_starts(const std::vector<Word>& words, double width, double first_indent) {
  // Greedy by runs of glued words: good enough for ND30 bodies, which are
  // justified, and for table cells. Measures only: no word is copied.
  std::vector<std::size_t> starts;
  double limit = width - first_indent;
  double line = 0;      // width of the current line
  bool empty = true;    // nothing on the current line yet
  double space = 0;     // space after the current line's last word
  auto add = [&](std::size_t k) {
    if (empty) starts.push_back(k);
    line = empty ? words[k].width : line + space + words[k].width;
    space = words[k].space_after;
    empty = false;
  };
  auto next_line = [&] {
    empty = true;
    limit = width;
  };
  for (std::size_t i = 0; i < words.size();) {
    std::size_t end = i + 1;  // the run [i, end) has no break inside
    double run = words[i].width;
    while (end < words.size() && words[end - 1].glue_after) {
      run += words[end - 1].space_after + words[end].width;
      ++end;
    }
    if (!empty && line + space + run > limit + 1e-6) next_line();
    if (empty && run > limit + 1e-6 && end - i > 1) {
      // A run wider than a line: break it between its words after all.
      for (std::size_t k = i; k < end; ++k) {
        if (!empty && line + space + words[k].width > limit + 1e-6) next_line();
        add(k);
      }
    } else {
      for (std::size_t k = i; k < end; ++k) add(k);
    }
    i = end;
  }
  return starts;
}

}  // namespace

std::size_t count_lines(const std::vector<Word>& words, double width, double first_indent) {
  return line_starts(words, width, first_indent).size();
}

std::vector<Line> fill_lines(std::vector<Word> words, double width, double first_indent) {
  std::vector<std::size_t> starts = line_starts(words, width, first_indent);
  std::vector<Line> lines(starts.size());
  for (std::size_t l = 0; l < starts.size(); ++l) {
    std::size_t end = l + 1 < starts.size() ? starts[l + 1] : words.size();
    Line& line = lines[l];
    line.words.reserve(end - starts[l]);
    for (std::size_t k = starts[l]; k < end; ++k) {
      line.width = k == starts[l] ? words[k].width : line.width + words[k - 1].space_after + words[k].width;
      line.words.push_back(std::move(words[k]));
    }
  }
  return lines;
}

bool opens_phrase(std::string_view word) {
  for (const char* w : {"của", "CỦA", "theo", "THEO", "so", "SO", "trong", "TRONG", "năm", "NĂM", "ngày", "NGÀY",
                        "tại", "TẠI", "về", "VỀ"})
    if (word == w) return true;
  return false;
}

namespace {

// Whether a break before words[i] falls between phrases: after a comma,
// before a parenthesis or a word that opens a phrase.
bool between_phrases(const std::vector<Word>& words, std::size_t i) {
  std::string_view last = last_text(words[i - 1]), next = first_text(words[i]);
  return !words[i - 1].glue_after &&
         ((!last.empty() && last.back() == ',') || next.starts_with('(') || opens_phrase(next));
}

}  // namespace

double phrase_width(const std::vector<Word>& words, std::size_t lines) {
  // The phrases' widths and the spaces between them.
  std::vector<double> phrase, gap;
  double w = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && between_phrases(words, i)) {
      phrase.push_back(w);
      gap.push_back(words[i - 1].space_after);
      w = 0;
    } else if (i > 0) {
      w += words[i - 1].space_after;
    }
    w += words[i].width;
  }
  phrase.push_back(w);
  const std::size_t n = phrase.size();
  if (n == 1 || lines == 0) return 0;
  // best[l][i]: the narrowest widest line setting the first i phrases in l lines.
  const double inf = 1e300;
  std::vector<std::vector<double>> best(lines + 1, std::vector<double>(n + 1, inf));
  best[0][0] = 0;
  for (std::size_t l = 1; l <= lines; ++l)
    for (std::size_t i = 1; i <= n; ++i) {
      double line = 0;
      for (std::size_t a = i; a-- > 0;) {  // phrases [a, i) on one line
        line += phrase[a] + (a + 1 < i ? gap[a] : 0);
        if (best[l - 1][a] < inf) best[l][i] = std::min(best[l][i], std::max(best[l - 1][a], line));
      }
    }
  double out = inf;
  for (std::size_t l = 1; l <= lines; ++l) out = std::min(out, best[l][n]);
  return out;
}

std::vector<Line> fill_lines_balanced(std::vector<Word> words, double width) {
  const std::vector<std::size_t> greedy = line_starts(words, width, 0);
  const std::size_t k = greedy.size(), n = words.size();
  if (k <= 1) return fill_lines(std::move(words), width);
  // Minimum raggedness over the breaks glue allows, in exactly k lines.
  const double inf = 1e300, pause = width * width / 16;
  std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
  std::vector<std::vector<std::size_t>> from(k + 1, std::vector<std::size_t>(n + 1, 0));
  cost[0][0] = 0;
  for (std::size_t l = 1; l <= k; ++l)
    for (std::size_t i = l; i <= n; ++i) {
      if (i < n && words[i - 1].glue_after) continue;  // no break here
      double w = 0;
      for (std::size_t a = i; a-- > l - 1;) {  // the line holds words [a, i)
        w += words[a].width + (a + 1 < i ? words[a].space_after : 0);
        if (w > width + 1e-6) break;
        if (cost[l - 1][a] >= inf) continue;
        double c = cost[l - 1][a] + (width - w) * (width - w);
        if (i < n) {
          if (between_phrases(words, i)) c -= pause;
        }
        if (c < cost[l][i]) cost[l][i] = c, from[l][i] = a;
      }
    }
  if (cost[k][n] >= inf) return fill_lines(std::move(words), width);
  std::vector<std::size_t> starts(k);
  for (std::size_t l = k, i = n; l > 0; i = from[l][i], --l) starts[l - 1] = from[l][i];
  std::vector<Line> lines(k);
  for (std::size_t l = 0; l < k; ++l) {
    const std::size_t end = l + 1 < k ? starts[l + 1] : n;
    for (std::size_t x = starts[l]; x < end; ++x) {
      lines[l].width = x == starts[l] ? words[x].width : lines[l].width + words[x - 1].space_after + words[x].width;
      lines[l].words.push_back(std::move(words[x]));
    }
  }
  return lines;
}

std::vector<Line> break_lines(const doc::Spans& spans, const fonts::FontSet& fonts, double size,
                              double width, double first_indent) {
  return fill_lines(split_words(spans, fonts, size), width, first_indent);
}

ContentWidth content_width(const std::vector<Word>& words) {
  ContentWidth c;
  double run = 0, total = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    run += words[i].width;
    total += words[i].width;
    if (i + 1 < words.size()) total += words[i].space_after;
    if (words[i].glue_after && i + 1 < words.size()) {
      run += words[i].space_after;
    } else {
      c.min = std::max(c.min, run);
      run = 0;
    }
  }
  c.max = total;
  return c;
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
