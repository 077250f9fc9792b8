#include "engine/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

namespace {
const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || n == nullptr)
    fail(ErrorFamily::internal, MsgId::text_not_nfc, {u_errorName(status)});
  return *n;
}
}  // namespace

std::int64_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) return start;
  }
  return -1;
}

std::string to_nfc(std::string_view s) {
  if (std::int64_t bad = find_invalid_utf8(s); bad >= 0) {
    Location where;
    where.offset = bad;
    fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(bad)}, where);
  }
  // Pure ASCII is already NFC: skip ICU for the common case of codes and digits.
  bool ascii = true;
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = nfc().normalize(u, status);
  if (U_FAILURE(status)) fail(ErrorFamily::internal, MsgId::text_not_nfc, {std::string(s)});
  std::string result;
  out.toUTF8String(result);
  return result;
}

bool is_nfc(std::string_view s) {
  if (find_invalid_utf8(s) >= 0) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  bool yes = nfc().isNormalized(u, status);
  return U_SUCCESS(status) && yes;
}

void require_nfc(std::string_view s) {
  if (!is_nfc(s)) fail(ErrorFamily::internal, MsgId::text_not_nfc, {std::string(s)});
}

std::string_view strip_utf8_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

}  // namespace baocao::text
