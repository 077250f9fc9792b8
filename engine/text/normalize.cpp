#include "engine/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>

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
  while (i < len && p[i] < 0x80) ++i;  // ASCII, most of any text: valid without decoding
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) return start;
  }
  return -1;
}

bool is_refused_char(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7F && c <= 0x9F) return true;
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

std::optional<RefusedChar> find_refused_char(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  std::size_t index = 0;
  // ASCII, most of any text, without decoding: one character per byte.
  for (; i < len && p[i] < 0x80; ++i) {
    ++index;
    if (is_refused_char(p[i])) return RefusedChar{static_cast<std::size_t>(i), index, p[i]};
  }
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    ++index;
    if (c >= 0 && is_refused_char(static_cast<char32_t>(c)))
      return RefusedChar{static_cast<std::size_t>(start), index, static_cast<char32_t>(c)};
  }
  return std::nullopt;
}

bool is_clean_text(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < len) {
    if (p[i] < 0x80) {
      if (is_refused_char(p[i++])) return false;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0 || is_refused_char(static_cast<char32_t>(c))) return false;
  }
  return true;
}

Diagnostic refused_char_problem(const RefusedChar& r, Location where) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(r.cp));
  if (where.offset < 0 && where.line <= 0 && where.cell.empty())
    where.offset = static_cast<std::int64_t>(r.offset);
  bool control = r.cp < 0x20 || (r.cp >= 0x7F && r.cp <= 0x9F);
  return {control ? MsgId::text_control_char : MsgId::text_noncharacter, {hex, std::to_string(r.index)},
          std::move(where)};
}

void fail_refused_char(const RefusedChar& r, Location where) {
  throw Error(ErrorFamily::input, refused_char_problem(r, std::move(where)));
}

std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;  // a character starts
    if ((c & 0xF8) == 0xF0) ++n;  // four bytes: a surrogate pair
  }
  return n;
}

void locate_offset(std::string_view text, std::size_t offset, Location& where) {
  offset = std::min(offset, text.size());
  std::size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  int line = 1;
  for (std::size_t i = 0; i < line_start; ++i) line += text[i] == '\n';
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  std::size_t line_end = text.find('\n', line_start);
  std::string source(text.substr(line_start, line_end == std::string_view::npos ? std::string_view::npos
                                                                                 : line_end - line_start));
  // The quoted line is shown on a terminal: its own controls become spaces.
  for (char& ch : source)
    if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t') ch = ' ';
  where.line = line;
  where.column = column;
  where.offset = -1;
  where.source_line = source.size() <= 200 && find_invalid_utf8(source) < 0 && !find_refused_char(source)
                          ? source
                          : std::string();
}

std::string to_nfc(std::string_view s) {
  if (auto refused = find_invalid_utf8(s) < 0 ? find_refused_char(s) : std::nullopt) fail_refused_char(*refused);
  return nfc_only(s);
}

std::string nfc_only(std::string_view s) {
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

std::string gate_file_text(std::string_view bytes, const std::string& file) {
  bytes = strip_utf8_bom(bytes);
  Location where = at_file(file);
  if (std::int64_t bad = find_invalid_utf8(bytes); bad >= 0) {
    locate_offset(bytes, static_cast<std::size_t>(bad), where);
    where.source_line.clear();  // the line itself is not UTF-8
    fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(bad)}, where);
  }
  if (auto refused = find_refused_char(bytes)) {
    locate_offset(bytes, refused->offset, where);
    refused->index = static_cast<std::size_t>(where.column);
    fail_refused_char(*refused, where);
  }
  return to_nfc(bytes);
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
