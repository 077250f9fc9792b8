// VNI Windows (the VNI-Times, VNI-Helve, ... fonts), from the published
// table: a toned or modified vowel is its ASCII base letter followed by one
// "mark byte" whose Latin-1 glyph the VNI font redraws as the diacritic;
// đ, ơ, ư and the toned i (and ỵ) are single bytes. Capitals use the
// uppercase Latin-1 counterparts of the same bytes (lowercase byte - 0x20).
// 0x80-0xBF keep their Windows-1252 punctuation (“ ” – … in Word files).
#include <optional>

#include "engine/text/legacy_codec.hpp"
#include "engine/text/vi_letter.hpp"

namespace baocao::text::detail {

namespace {

// Lowercase mark bytes: what they add to the preceding base letter.
struct MarkByte {
  unsigned char byte;
  Mark mark;
  Tone tone;
};
constexpr MarkByte kMarks[] = {
    {0xF9, Mark::none, Tone::acute},       {0xF8, Mark::none, Tone::grave},
    {0xFB, Mark::none, Tone::hook},        {0xF5, Mark::none, Tone::tilde},
    {0xEF, Mark::none, Tone::dot},         {0xE2, Mark::circumflex, Tone::none},
    {0xE1, Mark::circumflex, Tone::acute}, {0xE0, Mark::circumflex, Tone::grave},
    {0xE5, Mark::circumflex, Tone::hook},  {0xE3, Mark::circumflex, Tone::tilde},
    {0xE4, Mark::circumflex, Tone::dot},   {0xEA, Mark::breve, Tone::none},
    {0xE9, Mark::breve, Tone::acute},      {0xE8, Mark::breve, Tone::grave},
    {0xFA, Mark::breve, Tone::hook},       {0xFC, Mark::breve, Tone::tilde},
    {0xEB, Mark::breve, Tone::dot},
};

// Lowercase single bytes that are whole letters.
struct LetterByte {
  unsigned char byte;
  Letter letter;
};
constexpr LetterByte kLetters[] = {
    {0xF1, {'d', Mark::stroke, Tone::none}}, {0xF4, {'o', Mark::horn, Tone::none}},
    {0xF6, {'u', Mark::horn, Tone::none}},   {0xED, {'i', Mark::none, Tone::acute}},
    {0xEC, {'i', Mark::none, Tone::grave}},  {0xE6, {'i', Mark::none, Tone::hook}},
    {0xF3, {'i', Mark::none, Tone::tilde}},  {0xF2, {'i', Mark::none, Tone::dot}},
    {0xEE, {'y', Mark::none, Tone::dot}},
};

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
char to_case(char c, bool upper) {
  if (upper && c >= 'a' && c <= 'z') return static_cast<char>(c - 'a' + 'A');
  if (!upper && is_upper(c)) return static_cast<char>(c - 'A' + 'a');
  return c;
}

// The mark byte, in either case, or nullopt.
std::optional<MarkByte> mark_byte(unsigned char b) {
  for (const auto& m : kMarks)
    if (b == m.byte || b == m.byte - 0x20) return m;
  return std::nullopt;
}

std::optional<Letter> letter_byte(unsigned char b) {
  for (const auto& l : kLetters) {
    if (b == l.byte) return l.letter;
    if (b == l.byte - 0x20) {
      Letter up = l.letter;
      up.base = to_case(up.base, true);
      return up;
    }
  }
  return std::nullopt;
}

// 0x80-0xBF as Windows-1252; -1 for the five bytes 1252 leaves undefined.
char32_t punctuation(unsigned char b) {
  static const char32_t k80[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  if (b < 0xA0) return k80[b - 0x80];
  return b;  // 0xA0-0xBF: Latin-1 symbols, the same in 1252
}

}  // namespace

std::string decode_vni(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    std::optional<Letter> letter;
    if (b < 0x80) {
      out += static_cast<char>(b);
      if (auto s = split_letter(b))
        letter = s;
      else
        continue;
    } else if (auto l = letter_byte(b)) {
      letter = l;
    } else if (b < 0xC0) {
      char32_t c = punctuation(b);
      if (c == 0) throw_undecodable(Encoding::vni, bytes, i);
      append_utf8(out, c);
      continue;
    } else {
      throw_undecodable(Encoding::vni, bytes, i);  // a mark byte with no letter before it
    }
    // A mark byte may follow the letter.
    if (i + 1 < bytes.size()) {
      if (auto m = mark_byte(static_cast<unsigned char>(bytes[i + 1]))) {
        Letter joined = *letter;
        if (joined.tone != Tone::none || (m->mark != Mark::none && joined.mark != Mark::none))
          throw_undecodable(Encoding::vni, bytes, i + 1);
        if (m->mark != Mark::none) joined.mark = m->mark;
        joined.tone = m->tone;
        auto c = join_letter(joined);
        if (!c) throw_undecodable(Encoding::vni, bytes, i + 1);
        if (b < 0x80) out.pop_back();
        append_utf8(out, *c);
        ++i;
        continue;
      }
    }
    if (b >= 0x80) append_utf8(out, *join_letter(*letter));
  }
  return out;
}

std::string encode_vni(std::string_view nfc) {
  std::string out;
  for (char32_t c : to_u32(nfc)) {
    auto l = split_letter(c);
    if (!l) {
      if (c < 0x80) {
        out += static_cast<char>(c);
        continue;
      }
      int b = cp1252_byte(c);
      if (b < 0x80 || b >= 0xC0) throw_not_encodable(Encoding::vni, c);
      out += static_cast<char>(b);
      continue;
    }
    bool upper = is_upper(l->base);
    int shift = upper ? 0x20 : 0;
    // Whole-letter bytes first (đ, ơ, ư, toned i, ỵ).
    bool done = false;
    for (const auto& lb : kLetters) {
      Letter want = lb.letter;
      want.base = to_case(want.base, upper);
      if (want == *l) {
        out += static_cast<char>(lb.byte - shift);
        done = true;
        break;
      }
      // ơ and ư with a tone: the letter byte, then the tone's mark byte.
      if (want.mark == Mark::horn && want.base == l->base && l->mark == Mark::horn) {
        out += static_cast<char>(lb.byte - shift);
        for (const auto& m : kMarks)
          if (m.mark == Mark::none && m.tone == l->tone) out += static_cast<char>(m.byte - shift);
        done = true;
        break;
      }
    }
    if (done) continue;
    out += l->base;
    if (l->mark == Mark::none && l->tone == Tone::none) continue;
    for (const auto& m : kMarks)
      if (m.mark == l->mark && m.tone == l->tone) {
        out += static_cast<char>(m.byte - shift);
        done = true;
        break;
      }
    if (!done) throw_not_encodable(Encoding::vni, c);
  }
  return out;
}

}  // namespace baocao::text::detail
