// ICU transliteration (NFD, drop combining marks, lower) does the Unicode
// work; đ has no decomposition, so it is mapped by hand.
#include "engine/text/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::text {

namespace {
// Built once per thread and never changed afterwards.
icu::Transliterator& folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; Lower; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made)
      fail(ErrorFamily::internal, MsgId::text_invalid_utf8, {"ICU transliterator"});
    return made;
  }();
  return *t;
}
}  // namespace

std::string fold_for_match(std::string_view utf8) {
  if (find_invalid_utf8(utf8) >= 0) return std::string(utf8);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0110)), icu::UnicodeString("d"));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0111)), icu::UnicodeString("d"));
  folder().transliterate(u);
  std::string raw, out;
  u.toUTF8String(raw);
  bool space = false;
  for (char ch : raw) {
    bool ws = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

}  // namespace baocao::text
