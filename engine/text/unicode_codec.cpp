// UTF-16 (with or without BOM) and the UTF-8 helpers the legacy codecs share.
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdio>

#include "engine/core/diagnostic.hpp"
#include "engine/text/legacy_codec.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::text::detail {

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (error) fail(ErrorFamily::internal, MsgId::text_invalid_utf8, {std::to_string(c)});
  out.append(buf, static_cast<std::size_t>(n));
}

std::u32string to_u32(std::string_view s) {
  if (std::int64_t bad = find_invalid_utf8(s); bad >= 0) {
    Location where;
    where.offset = bad;
    fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(bad)}, where);
  }
  std::u32string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    out += static_cast<char32_t>(c);
  }
  return out;
}

void throw_undecodable(Encoding enc, std::string_view bytes, std::size_t offset) {
  char hex[3] = "";
  if (offset < bytes.size())
    std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned char>(bytes[offset]));
  Location where;
  where.offset = static_cast<std::int64_t>(offset);
  fail(ErrorFamily::input, MsgId::text_undecodable,
       {std::string(encoding_name(enc)), hex, std::to_string(offset)}, where);
}

void throw_not_encodable(Encoding enc, char32_t c) {
  std::string ch;
  append_utf8(ch, c);
  char code[16];
  std::snprintf(code, sizeof code, " U+%04X", static_cast<unsigned>(c));
  fail(ErrorFamily::input, MsgId::text_not_encodable, {ch + code, std::string(encoding_name(enc))});
}

std::string decode_utf16(std::string_view bytes) {
  bool big = false;
  std::size_t start = 0;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
      static_cast<unsigned char>(bytes[1]) == 0xFF) {
    big = true;
    start = 2;
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
             static_cast<unsigned char>(bytes[1]) == 0xFE) {
    start = 2;
  }
  if ((bytes.size() - start) % 2 != 0) throw_undecodable(Encoding::utf16, bytes, bytes.size() - 1);
  auto unit = [&](std::size_t at) -> char16_t {
    auto b0 = static_cast<unsigned char>(bytes[at]), b1 = static_cast<unsigned char>(bytes[at + 1]);
    return static_cast<char16_t>(big ? (b0 << 8 | b1) : (b1 << 8 | b0));
  };
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = start; i < bytes.size(); i += 2) {
    char16_t u = unit(i);
    char32_t c = u;
    if (U16_IS_LEAD(u)) {
      if (i + 3 >= bytes.size() || !U16_IS_TRAIL(unit(i + 2))) throw_undecodable(Encoding::utf16, bytes, i);
      c = static_cast<char32_t>(U16_GET_SUPPLEMENTARY(u, unit(i + 2)));
      i += 2;
    } else if (U16_IS_TRAIL(u)) {
      throw_undecodable(Encoding::utf16, bytes, i);
    }
    append_utf8(out, c);
  }
  return out;
}

std::string encode_utf16(std::string_view utf8) {
  std::string out = "\xFF\xFE";
  auto put = [&out](char16_t u) {
    out += static_cast<char>(u & 0xFF);
    out += static_cast<char>(u >> 8);
  };
  for (char32_t c : to_u32(utf8)) {
    if (c >= 0x10000) {
      put(static_cast<char16_t>(U16_LEAD(c)));
      put(static_cast<char16_t>(U16_TRAIL(c)));
    } else {
      put(static_cast<char16_t>(c));
    }
  }
  return out;
}

}  // namespace baocao::text::detail
