// The gate every string passes on its way into the engine: valid UTF-8,
// normalised to NFC (precomposed), because libharu draws NFD marks in the
// wrong place and Vietnamese compares, sorts and searches only in NFC.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::text {

// Offset of the first byte that is not valid UTF-8, or -1 when all is valid.
std::int64_t find_invalid_utf8(std::string_view s);

// Returns `s` in NFC. Throws Error(input, text_invalid_utf8) naming the byte
// offset when `s` is not UTF-8; nothing is ever replaced by '?' or U+FFFD.
std::string to_nfc(std::string_view s);

bool is_nfc(std::string_view utf8);

// Renderers call this on every string they receive; throws
// Error(internal, text_not_nfc) so a bypassed gate fails loudly.
void require_nfc(std::string_view utf8);

// Strips a UTF-8 byte order mark if present.
std::string_view strip_utf8_bom(std::string_view s);

}  // namespace baocao::text
