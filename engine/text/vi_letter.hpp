// The Vietnamese letter as the legacy encodings see it: an ASCII base letter,
// at most one modifier (breve, circumflex, horn, stroke) and at most one tone.
// TCVN3, VNI, VIQR and Windows-1258 all spell letters from these three parts,
// so every decoder and encoder shares this one model instead of 134-row tables.
#pragma once

#include <optional>
#include <vector>

namespace baocao::text {

enum class Mark { none, breve, circumflex, horn, stroke };
enum class Tone { none, grave, hook, tilde, acute, dot };

struct Letter {
  char base = 0;  // 'a'..'z' or 'A'..'Z'
  Mark mark = Mark::none;
  Tone tone = Tone::none;
  bool operator==(const Letter&) const = default;
};

// The parts of a Vietnamese letter (ASCII letters included, as base only);
// nullopt for anything else.
std::optional<Letter> split_letter(char32_t c);

// The precomposed code point for `l`, or nullopt when Vietnamese has no such
// letter (a tone on 'd', a horn on 'a', ...).
std::optional<char32_t> join_letter(const Letter& l);

// The 134 precomposed letters with a diacritic (67 lower, 67 upper case):
// a ă â e ê i o ô ơ u ư y under six tones, minus the six plain ASCII vowels,
// plus đ; in code point order.
const std::vector<char32_t>& precomposed_letters();

// Combining code points of tones (U+0300, U+0309, U+0303, U+0301, U+0323).
char32_t combining_tone(Tone t);
std::optional<Tone> tone_of_combining(char32_t c);

}  // namespace baocao::text
