#include "engine/text/vi_slug.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::text {

namespace {

const icu::Transliterator& to_ascii() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made) fail(ErrorFamily::internal, MsgId::text_not_nfc, {u_errorName(status)});
    return made;
  }();
  return *t;
}

}  // namespace

std::string slug_vi(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(nfc_only(utf8));
  to_ascii().transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  std::string out;
  bool dash = false;
  for (char c : ascii) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace baocao::text
