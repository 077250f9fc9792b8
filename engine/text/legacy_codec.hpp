// Internal to engine/text: the byte-level decoders and encoders behind
// encoding.hpp, one per file (tcvn3.cpp, vni.cpp, viqr.cpp, cp1258.cpp,
// unicode_codec.cpp), and the small UTF-8 helpers they share. Decoders
// return UTF-8 that may still be decomposed; decode() normalises it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/text/encoding.hpp"

namespace baocao::text::detail {

std::string decode_tcvn3(std::string_view bytes);
std::string encode_tcvn3(std::string_view nfc);
std::string decode_vni(std::string_view bytes);
std::string encode_vni(std::string_view nfc);
std::string decode_viqr(std::string_view bytes);
std::string encode_viqr(std::string_view nfc);
std::string decode_cp1258(std::string_view bytes);
std::string encode_cp1258(std::string_view nfc);
std::string decode_utf16(std::string_view bytes);
std::string encode_utf16(std::string_view utf8);

// Windows-1252 byte for a code point (ICU's table), or -1.
int cp1252_byte(char32_t c);

void append_utf8(std::string& out, char32_t c);
// Code points of UTF-8 `s`; throws Error(input, text_invalid_utf8) with the
// byte offset when `s` is not UTF-8.
std::u32string to_u32(std::string_view utf8);

[[noreturn]] void throw_undecodable(Encoding enc, std::string_view bytes, std::size_t offset);
[[noreturn]] void throw_not_encodable(Encoding enc, char32_t c);

}  // namespace baocao::text::detail
