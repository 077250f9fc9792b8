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

}  // namespace baocao::text
