// Is a word a possible Vietnamese syllable? Phonotactic rules, not a word
// list: an onset (spelled by the c/k/q, g/gh, ng/ngh rules), a rhyme from the
// rhyme inventory of Vietnamese orthography (medial + nucleus + coda), and
// the tone rule (rhymes closed by c, ch, p, t take only sắc or nặng).
// Encoding detection scores candidate decodings by the share of valid words.
#pragma once

#include <string_view>

namespace baocao::text {

// `word` is UTF-8 letters only (any case, any normal form). "Việt", "nghiêng",
// "quốc", "gì", "khuỷu" are syllables; "ViÖt", "Vieät", "ngi", "cá́", "bạnh"
// (nặng is fine) vs "bãt" (ngã on a stop: not) are decided by the rules.
bool is_vietnamese_syllable(std::string_view word);

}  // namespace baocao::text
