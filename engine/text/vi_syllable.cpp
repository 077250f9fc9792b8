// Vietnamese syllable = onset + rhyme + tone. The rhyme inventory below is
// the set of vần taught in primary school (Tiếng Việt lớp 1), written without
// tone; onsets follow the spelling rules for c/k/q, g/gh, ng/ngh.
#include "engine/text/vi_syllable.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "engine/text/legacy_codec.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_letter.hpp"

namespace baocao::text {

namespace {

const std::set<std::u32string>& rhymes() {
  static const std::set<std::u32string> r = [] {
    const char* list[] = {
        // a ă â
        "a",
        "ac",
        "ach",
        "ai",
        "am",
        "an",
        "ang",
        "anh",
        "ao",
        "ap",
        "at",
        "au",
        "ay",
        "ăc",
        "ăm",
        "ăn",
        "ăng",
        "ăp",
        "ăt",
        "âc",
        "âm",
        "ân",
        "âng",
        "âp",
        "ât",
        "âu",
        "ây",
        // e ê
        "e",
        "ec",
        "em",
        "en",
        "eng",
        "eo",
        "ep",
        "et",
        "ê",
        "êch",
        "êm",
        "ên",
        "ênh",
        "êp",
        "êt",
        "êu",
        // i, ia/iê
        "i",
        "ia",
        "ich",
        "im",
        "in",
        "inh",
        "ip",
        "it",
        "iu",
        "iêc",
        "iêm",
        "iên",
        "iêng",
        "iêp",
        "iêt",
        "iêu",
        // o ô ơ
        "o",
        "oc",
        "oi",
        "om",
        "on",
        "ong",
        "op",
        "ot",
        "ooc",
        "oong",
        "ô",
        "ôc",
        "ôi",
        "ôm",
        "ôn",
        "ông",
        "ôp",
        "ôt",
        "ơ",
        "ơi",
        "ơm",
        "ơn",
        "ơp",
        "ơt",
        // medial o: oa oă oe
        "oa",
        "oac",
        "oach",
        "oai",
        "oam",
        "oan",
        "oang",
        "oanh",
        "oao",
        "oap",
        "oat",
        "oay",
        "oăc",
        "oăm",
        "oăn",
        "oăng",
        "oăt",
        "oe",
        "oem",
        "oen",
        "oeo",
        "oet",
        // u ư, ua/uô, ưa/ươ
        "u",
        "uc",
        "ui",
        "um",
        "un",
        "ung",
        "up",
        "ut",
        "ua",
        "uôc",
        "uôi",
        "uôm",
        "uôn",
        "uông",
        "uôt",
        "ư",
        "ưc",
        "ưi",
        "ưm",
        "ưn",
        "ưng",
        "ưt",
        "ưu",
        "ưa",
        "ươc",
        "ươi",
        "ươm",
        "ươn",
        "ương",
        "ươp",
        "ươt",
        "ươu",
        // medial u: uâ uê uy uơ uyê
        "uân",
        "uâng",
        "uât",
        "uây",
        "uê",
        "uêch",
        "uênh",
        "uơ",
        "uy",
        "uya",
        "uych",
        "uyên",
        "uyêt",
        "uynh",
        "uyt",
        "uyu",
        "uyn",
        "uyp",
        // y, yê
        "y",
        "yêm",
        "yên",
        "yêng",
        "yêt",
        "yêu",
    };
    std::set<std::u32string> out;
    for (const char* s : list) out.insert(detail::to_u32(s));
    return out;
  }();
  return r;
}

bool front_vowel(char32_t c) {
  return c == U'i' || c == U'e' || c == U'ê' || c == U'y';
}

bool rhyme_ok(const std::u32string& r, bool tone_fits) {
  return tone_fits && rhymes().count(r) > 0;
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  std::u32string s;
  Tone tone = Tone::none;
  for (char32_t c : detail::to_u32(nfc_only(word))) {
    auto l = split_letter(c);
    if (!l) return false;
    char base = static_cast<char>(l->base | 0x20);  // lowercase
    if (l->tone != Tone::none) {
      if (tone != Tone::none) return false;  // two tones
      tone = l->tone;
    }
    Letter plain{base, l->mark, Tone::none};
    s += *join_letter(plain);
  }
  if (s.empty() || s.size() > 7) return false;

  // Rhymes closed by a stop take only sắc or nặng.
  auto stop_closed = [](const std::u32string& r) {
    return r.back() == U'c' || r.back() == U'p' || r.back() == U't' ||
           (r.size() >= 2 && r.substr(r.size() - 2) == U"ch");
  };
  auto tone_fits = [&](const std::u32string& r) {
    return !stop_closed(r) || tone == Tone::none || tone == Tone::acute || tone == Tone::dot;
  };
  // A stop-closed rhyme always carries sắc or nặng ("tốt", never "tôt").
  auto full_check = [&](const std::u32string& r) {
    if (stop_closed(r) && tone == Tone::none) return false;
    return rhyme_ok(r, tone_fits(r));
  };

  static const char32_t* onsets[] = {U"ngh", U"ng", U"nh", U"ch", U"tr", U"th", U"ph", U"kh", U"gh", U"gi",
                                     U"qu",  U"b",  U"c",  U"d",  U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",
                                     U"n",   U"p",  U"r",  U"s",  U"t",  U"v",  U"x",  U""};
  for (const char32_t* on : onsets) {
    std::u32string onset = on;
    if (s.compare(0, onset.size(), onset) != 0) continue;
    std::u32string rest = s.substr(onset.size());
    if (rest.empty()) continue;
    char32_t first = rest[0];
    bool front = front_vowel(first);
    // Spelling rules of the onset before the rhyme's first letter.
    if ((onset == U"k" || onset == U"gh" || onset == U"ngh") && !front) continue;
    if ((onset == U"c" || onset == U"ng") && front) continue;
    if (onset == U"g" && (first == U'e' || first == U'ê')) continue;
    if (onset == U"g" && first == U'i') {
      // "gì", "gìn": g + i-rhyme; tried here so "gi" + rest fails over to it.
      if (full_check(rest)) return true;
      continue;
    }
    if (onset == U"qu") {
      // The u of qu is the medial: quả = /kw/ + a (written oa after other onsets).
      if (first == U'a' || first == U'ă' || first == U'e') {
        if (full_check(U"o" + rest)) return true;
      } else if (first == U'i') {
        if (full_check(rest)) return true;  // "qui", the older spelling of quy
      } else if (full_check(U"u" + rest)) {
        return true;
      }
      continue;
    }
    if (onset == U"gi") {
      // giêng, giếng: gi + (i)ê...; giữ, gia: gi + rhyme.
      if (first == U'ê' && full_check(U"i" + rest)) return true;
      if (full_check(rest)) return true;
      continue;
    }
    if (full_check(rest)) return true;
  }
  return false;
}

}  // namespace baocao::text
