// Encoding detection for 'auto' (encoding.hpp: detect). Every candidate that
// decodes the bytes without error is scored by the share of its words that
// are valid Vietnamese syllables: the right decoding of Vietnamese text
// scores near 1, a wrong one ("ViÖt", "Vieät", "Viá»‡t") far lower.
#include <unicode/uchar.h>

#include <algorithm>

#include "engine/core/diagnostic.hpp"
#include "engine/text/encoding.hpp"
#include "engine/text/legacy_codec.hpp"
#include "engine/text/vi_syllable.hpp"

namespace baocao::text {

namespace {

// Enough text to judge; the whole file is decoded afterwards.
constexpr std::size_t kSampleBytes = 64 * 1024;
// Two readings closer than this are both plausible.
constexpr double kAmbiguousMargin = 0.15;
// Below this share of valid words no reading is convincing.
constexpr double kConvincing = 0.5;

double syllable_share(const std::string& utf8) {
  int words = 0, valid = 0;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) {
      ++words;
      if (is_vietnamese_syllable(word)) ++valid;
      word.clear();
    }
  };
  for (char32_t c : detail::to_u32(utf8)) {
    if (u_isalpha(static_cast<UChar32>(c)) || (c >= 0x300 && c <= 0x36F))
      detail::append_utf8(word, c);
    else
      flush();
  }
  flush();
  return words == 0 ? 0.0 : static_cast<double>(valid) / words;
}

bool has_bom(std::string_view b, std::string_view bom) {
  return b.substr(0, bom.size()) == bom;
}

}  // namespace

std::vector<Candidate> detect_candidates(std::string_view bytes) {
  if (has_bom(bytes, "\xEF\xBB\xBF")) return {{Encoding::utf8, 1.0}};
  if (has_bom(bytes, "\xFF\xFE") || has_bom(bytes, "\xFE\xFF")) return {{Encoding::utf16, 1.0}};
  std::string_view sample = bytes.substr(0, kSampleBytes);
  // Do not cut a UTF-8 sequence in two.
  while (sample.size() < bytes.size() && !sample.empty() &&
         (static_cast<unsigned char>(bytes[sample.size()]) & 0xC0) == 0x80)
    sample.remove_suffix(1);
  bool ascii =
      std::all_of(sample.begin(), sample.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });

  std::vector<Encoding> order = {Encoding::utf8, Encoding::cp1258, Encoding::tcvn3, Encoding::vni};
  if (ascii) order.push_back(Encoding::viqr);
  std::vector<Candidate> out;
  std::vector<std::string> texts;
  for (Encoding e : order) {
    std::string text;
    try {
      text = decode(sample, e);
    } catch (const Error&) {
      continue;  // bytes impossible in this encoding
    }
    // Encodings reading the same text (ASCII) are one reading, not rivals.
    if (std::find(texts.begin(), texts.end(), text) != texts.end()) continue;
    texts.push_back(text);
    out.push_back({e, syllable_share(text)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

Detection detect(std::string_view bytes) {
  std::vector<Candidate> c = detect_candidates(bytes);
  if (c.empty()) return {Encoding::utf8, 0.0, true};
  if (c.size() == 1) return {c[0].encoding, c[0].score > 0 ? c[0].score : 1.0, false};
  bool ambiguous = c[0].score - c[1].score < kAmbiguousMargin || c[0].score < kConvincing;
  return {c[0].encoding, c[0].score, ambiguous};
}

}  // namespace baocao::text
