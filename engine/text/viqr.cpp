// VIQR (RFC 1456, "Vietnamese Quoted-Readable"): plain ASCII where a vowel is
// followed by its modifier ( ( breve, ^ circumflex, + horn ) and then its tone
// ( ' acute, ` grave, ? hook, ~ tilde, . dot below ); "dd" is đ. A backslash
// makes the next character literal ("\." is a full stop after a vowel).
//
// Without the backslash "ddi." is ambiguous; RFC 1456 reads it as "đị". One
// refinement, because clerks rarely escape: a '.' or '?' that would give a
// second tone to a word that already has one is punctuation ("Vie^.t Nam."
// cannot be the case, but "ho.c." is "học.").
#include <string>

#include "engine/text/legacy_codec.hpp"
#include "engine/text/vi_letter.hpp"

namespace baocao::text::detail {

namespace {

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_vowel(char c) {
  return std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos;
}

std::optional<Mark> modifier(char c) {
  switch (c) {
    case '(':
      return Mark::breve;
    case '^':
      return Mark::circumflex;
    case '+':
      return Mark::horn;
    default:
      return std::nullopt;
  }
}

std::optional<Tone> tone(char c) {
  switch (c) {
    case '\'':
      return Tone::acute;
    case '`':
      return Tone::grave;
    case '?':
      return Tone::hook;
    case '~':
      return Tone::tilde;
    case '.':
      return Tone::dot;
    default:
      return std::nullopt;
  }
}

char modifier_char(Mark m) {
  return m == Mark::breve ? '(' : m == Mark::circumflex ? '^' : '+';
}
char tone_char(Tone t) {
  switch (t) {
    case Tone::acute:
      return '\'';
    case Tone::grave:
      return '`';
    case Tone::hook:
      return '?';
    case Tone::tilde:
      return '~';
    default:
      return '.';
  }
}

}  // namespace

std::string decode_viqr(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool word_has_tone = false;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) throw_undecodable(Encoding::viqr, s, i);
    if (c == '\\' && i + 1 < s.size()) {
      out += s[++i];
      in_word = false;
      continue;
    }
    if (!is_ascii_letter(c)) {
      out += c;
      in_word = false;
      word_has_tone = false;
      continue;
    }
    bool word_start = !in_word;
    in_word = true;
    // đ only begins a word: "dd" inside one (an English "address") stays.
    if ((c == 'd' || c == 'D') && word_start && i + 1 < s.size() && (s[i + 1] == 'd' || s[i + 1] == 'D')) {
      out += c == 'd' ? "đ" : "Đ";
      ++i;
      continue;
    }
    if (!is_vowel(c)) {
      out += c;
      continue;
    }
    Letter l{c, Mark::none, Tone::none};
    std::size_t j = i + 1;
    if (j < s.size()) {
      if (auto m = modifier(s[j])) {
        Letter with = l;
        with.mark = *m;
        if (join_letter(with)) {
          l = with;
          ++j;
        }
      }
    }
    if (j < s.size() && !word_has_tone) {
      if (auto t = tone(s[j])) {
        l.tone = *t;
        word_has_tone = true;
        ++j;
      }
    }
    append_utf8(out, *join_letter(l));
    i = j - 1;
  }
  return out;
}

std::string encode_viqr(std::string_view nfc) {
  std::string out;
  // Escape a mark character wherever a decoder would attach it to the
  // letter before it.
  auto literal = [&out](char c) {
    bool after_letter =
        !out.empty() && (is_ascii_letter(out.back()) || modifier(out.back()) || tone(out.back()));
    bool after_escape = out.size() >= 2 && out[out.size() - 2] == '\\';
    if (c == '\\' || ((modifier(c) || tone(c)) && after_letter && !after_escape)) out += '\\';
    out += c;
  };
  bool in_word = false;
  for (char32_t c : to_u32(nfc)) {
    auto l = split_letter(c);
    if (!l) {
      if (c >= 0x80) throw_not_encodable(Encoding::viqr, c);
      literal(static_cast<char>(c));
      in_word = false;
      continue;
    }
    // A literal "dd" at the start of a word would read as đ.
    if (in_word && (l->base == 'd' || l->base == 'D') && l->mark == Mark::none && !out.empty() &&
        (out.back() == 'd' || out.back() == 'D') && (out.size() < 2 || !is_ascii_letter(out[out.size() - 2])))
      out += '\\';
    in_word = true;
    if (l->mark == Mark::stroke) {
      out += l->base == 'd' ? "dd" : "DD";
      continue;
    }
    out += l->base;
    if (l->mark != Mark::none) out += modifier_char(l->mark);
    if (l->tone != Tone::none) out += tone_char(l->tone);
  }
  return out;
}

}  // namespace baocao::text::detail
