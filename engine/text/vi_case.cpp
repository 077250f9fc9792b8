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

}  // namespace baocao::text
