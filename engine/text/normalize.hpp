// The gate every string passes on its way into the engine: valid UTF-8,
// normalised to NFC (precomposed), because libharu draws NFD marks in the
// wrong place and Vietnamese compares, sorts and searches only in NFC.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

// Offset of the first byte that is not valid UTF-8, or -1 when all is valid.
std::int64_t find_invalid_utf8(std::string_view s);

// A character no text entering the engine may hold: C0 controls other than
// tab, line feed and carriage return, DEL and the C1 controls (never text;
// a NUL cut names short in C-string APIs), and the Unicode noncharacters
// U+FDD0..U+FDEF and U+xFFFE/U+xFFFF (XML, so XLSX, cannot carry them).
bool is_refused_char(char32_t c);

struct RefusedChar {
  std::size_t offset = 0;  // byte offset in the text
  std::size_t index = 0;   // 1-based character position
  char32_t cp = 0;
};
// The first refused character of valid UTF-8 `s`, if any.
std::optional<RefusedChar> find_refused_char(std::string_view s);
// The problem (text_control_char or text_noncharacter) naming the
// character and its position, at `where` (its offset set when it has none).
Diagnostic refused_char_problem(const RefusedChar& r, Location where = {});
// Throws Error(input) with that problem.
[[noreturn]] void fail_refused_char(const RefusedChar& r, Location where = {});

// Valid UTF-8 with no refused character: the yes-or-no of both checks above
// in one pass, for a writer taking a million cells.
bool is_clean_text(std::string_view s);

// Excel's limit on the characters of one cell (UTF-16 code units): a longer
// text imported would make every later XLSX export of it fail.
inline constexpr std::size_t kMaxCellChars = 32767;
// Length of valid UTF-8 `s` in UTF-16 code units, as Excel counts.
std::size_t utf16_length(std::string_view s);

// Returns `s` in NFC: the gate. Throws Error(input, text_invalid_utf8)
// naming the byte offset when `s` is not UTF-8, and as fail_refused_char()
// for a refused character; nothing is ever replaced by '?' or U+FFFD.
std::string to_nfc(std::string_view s);

// The gate for a whole text file (a template, a plan, a JSON file): strips
// a UTF-8 BOM and returns the text in NFC, or throws as to_nfc() with the
// problem located at `file`:line:column.
std::string gate_file_text(std::string_view bytes, const std::string& file);

// NFC without the gate's refusal of characters (it still throws for bytes
// that are not UTF-8): for decoders and readers whose text is gated where it
// is used, with its row and column (a CSV's cells, a form's cells).
std::string nfc_only(std::string_view s);

// Fills `where`'s line, column (in characters) and source line from the
// byte `offset` of `text`, for errors of the gate on a whole file.
void locate_offset(std::string_view text, std::size_t offset, Location& where);

bool is_nfc(std::string_view utf8);

// Renderers call this on every string they receive; throws
// Error(internal, text_not_nfc) so a bypassed gate fails loudly.
void require_nfc(std::string_view utf8);

// Strips a UTF-8 byte order mark if present.
std::string_view strip_utf8_bom(std::string_view s);

}  // namespace baocao::text
