#include "engine/text/vi_case.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "engine/text/normalize.hpp"

namespace baocao::text {

std::string upper_vi(std::string_view utf8) {
  std::string nfc = nfc_only(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(nfc);
  u.toUpper(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return nfc_only(out);
}

std::string lower_vi(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(to_nfc(utf8));
  u.toLower(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return to_nfc(out);
}

std::string capitalize_first_vi(std::string_view utf8) {
  std::string s = to_nfc(utf8);
  std::size_t n = s.empty() ? 0 : 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return upper_vi(s.substr(0, n)) + s.substr(n);
}

namespace {

// The code point at `at` and where the next one starts.
std::string_view code_point(const std::string& s, std::size_t at) {
  std::size_t n = at < s.size() ? at + 1 : at;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return std::string_view(s).substr(at, n - at);
}

bool is_capital(std::string_view letter) {
  return !letter.empty() && lower_vi(letter) != letter;
}

}  // namespace

std::string mid_sentence_vi(std::string_view utf8) {
  std::string s = to_nfc(utf8);
  std::string_view first = code_point(s, 0);
  if (!is_capital(first)) return s;
  if (is_capital(code_point(s, first.size()))) return s;
  std::size_t space = s.find(' ');
  if (space != std::string::npos && is_capital(code_point(s, space + 1))) return s;
  return lower_vi(first) + s.substr(first.size());
}

}  // namespace baocao::text
