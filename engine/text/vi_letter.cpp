// Builds the letter tables once from ICU's canonical decompositions, so no
// hand-typed table of 134 rows can disagree with Unicode.
#include "engine/text/vi_letter.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

namespace {

char32_t combining_mark(Mark m) {
  switch (m) {
    case Mark::breve:
      return 0x0306;
    case Mark::circumflex:
      return 0x0302;
    case Mark::horn:
      return 0x031B;
    default:
      return 0;
  }
}

struct Tables {
  std::map<char32_t, Letter> split;
  std::map<std::tuple<char, Mark, Tone>, char32_t> join;
  std::vector<char32_t> letters;
};

const Tables& tables() {
  static const Tables t = [] {
    Tables out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) fail(ErrorFamily::internal, MsgId::text_not_nfc, {u_errorName(status)});
    // Which modifiers each vowel takes in Vietnamese.
    const std::pair<char, std::vector<Mark>> vowels[] = {
        {'a', {Mark::none, Mark::breve, Mark::circumflex}},
        {'e', {Mark::none, Mark::circumflex}},
        {'i', {Mark::none}},
        {'o', {Mark::none, Mark::circumflex, Mark::horn}},
        {'u', {Mark::none, Mark::horn}},
        {'y', {Mark::none}},
    };
    const Tone tones[] = {Tone::none, Tone::grave, Tone::hook, Tone::tilde, Tone::acute, Tone::dot};
    auto add = [&](char base, Mark m, Tone tone, char32_t cp) {
      out.split[cp] = Letter{base, m, tone};
      out.join[{base, m, tone}] = cp;
      if (cp >= 0x80) out.letters.push_back(cp);
    };
    for (bool upper : {false, true}) {
      for (const auto& [v, marks] : vowels) {
        char base = upper ? static_cast<char>(v - 'a' + 'A') : v;
        for (Mark m : marks)
          for (Tone tone : tones) {
            icu::UnicodeString s(static_cast<UChar32>(base));
            if (m != Mark::none) s.append(static_cast<UChar32>(combining_mark(m)));
            if (tone != Tone::none) s.append(static_cast<UChar32>(combining_tone(tone)));
            icu::UnicodeString composed = nfc->normalize(s, status);
            if (U_FAILURE(status) || composed.countChar32() != 1)
              fail(ErrorFamily::internal, MsgId::text_not_nfc, {"vi_letter"});
            add(base, m, tone, static_cast<char32_t>(composed.char32At(0)));
          }
      }
      add(upper ? 'D' : 'd', Mark::stroke, Tone::none, upper ? 0x0110 : 0x0111);
      for (char c = 'a'; c <= 'z'; ++c) {
        char base = upper ? static_cast<char>(c - 'a' + 'A') : c;
        if (!out.split.count(static_cast<char32_t>(base))) add(base, Mark::none, Tone::none, base);
      }
    }
    std::sort(out.letters.begin(), out.letters.end());
    return out;
  }();
  return t;
}

}  // namespace

std::optional<Letter> split_letter(char32_t c) {
  const auto& m = tables().split;
  auto it = m.find(c);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

std::optional<char32_t> join_letter(const Letter& l) {
  const auto& m = tables().join;
  auto it = m.find({l.base, l.mark, l.tone});
  if (it == m.end()) return std::nullopt;
  return it->second;
}

const std::vector<char32_t>& precomposed_letters() {
  return tables().letters;
}

char32_t combining_tone(Tone t) {
  switch (t) {
    case Tone::grave:
      return 0x0300;
    case Tone::hook:
      return 0x0309;
    case Tone::tilde:
      return 0x0303;
    case Tone::acute:
      return 0x0301;
    case Tone::dot:
      return 0x0323;
    default:
      return 0;
  }
}

std::optional<Tone> tone_of_combining(char32_t c) {
  switch (c) {
    case 0x0300:
      return Tone::grave;
    case 0x0309:
      return Tone::hook;
    case 0x0303:
      return Tone::tilde;
    case 0x0301:
      return Tone::acute;
    case 0x0323:
      return Tone::dot;
    default:
      return std::nullopt;
  }
}

}  // namespace baocao::text
