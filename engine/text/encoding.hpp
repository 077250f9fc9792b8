// The encodings Vietnamese clerks' files arrive in, and the one entry point
// that turns any of them into UTF-8 NFC (the gate of normalize.hpp).
//
// ICU converts only UTF-16 and Windows-1258; TCVN3 (ABC, .VnTime fonts), VNI
// Windows (VNI-Times fonts) and VIQR have no converter anywhere in Debian's
// ICU, so they are decoded here from their published tables (tcvn3.cpp,
// vni.cpp, viqr.cpp). Nothing undecodable is ever replaced by '?' or U+FFFD:
// decode() throws Error(input, text_undecodable) naming the byte offset.
//
// This header is the agreed API of the XLSX reader: keep the names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

enum class Encoding {
  utf8,        // with or without BOM; NFD input is normalised to NFC
  utf16,       // BOM decides the byte order; little endian without one
  cp1258,      // Windows-1258 (ICU), base letters + combining tones -> NFC
  tcvn3,       // TCVN 5712:1993 / ABC, as .VnTime, .VnArial, ... fonts show it
  tcvn3_caps,  // the same bytes typed in an uppercase-only font (.VnTimeH)
  vni,         // VNI Windows: base letter + mark byte (VNI-Times, ...)
  viqr,        // RFC 1456 "Vie^.t Nam" mnemonics in ASCII
};

// "utf8", "utf-8", "utf16", "cp1258", "windows-1258", "tcvn3", "abc",
// "tcvn3-caps", "vni", "viqr" (case-insensitive); nullopt otherwise.
std::optional<Encoding> parse_encoding_name(std::string_view name);

// The canonical name: "utf8", "utf16", "cp1258", "tcvn3", "tcvn3-caps", "vni", "viqr".
std::string_view encoding_name(Encoding enc);

// The names parse_encoding_name accepts in canonical form, comma separated,
// for "unknown encoding" messages.
std::string supported_encoding_names();

// Which legacy encoding an XLSX/DOC font implies: ".VnTime", ".VnArial",
// ".VnCentury Schoolbook", ... -> tcvn3; the uppercase variants whose family
// name ends in 'H' (".VnTimeH", ".VnArialH") -> tcvn3_caps; "VNI-Times",
// "VNI-Helve", ... -> vni; anything else (Unicode fonts) -> nullopt.
std::optional<Encoding> encoding_for_font(std::string_view font_name);

// Whole file or field bytes -> UTF-8 NFC. A UTF-8 or UTF-16 BOM is removed.
// Throws Error(input, text_undecodable or text_invalid_utf8) with
// Location::offset at the first byte that is not valid in `enc`.
std::string decode(std::string_view bytes, Encoding enc);

// UTF-8 (any normal form) -> bytes in `enc`, for tests and round trips.
// utf16 writes little endian with a BOM. Throws Error(input,
// text_not_encodable) for a character `enc` lacks.
std::string encode(std::string_view utf8, Encoding enc);

// Text of an XLSX cell typed in a legacy 8-bit font: Excel stores each byte
// as the Windows-1252 character for that byte; map back to bytes, then
// decode. A cell holding characters outside Windows-1252 was not typed in
// the 8-bit font (pasted Unicode): it is returned as it is, in NFC.
std::string decode_font_text(std::string_view utf8_cell_text, Encoding enc);

struct Detection {
  Encoding encoding;
  double confidence;  // 0..1: share of words that are valid Vietnamese syllables
  bool ambiguous;     // another encoding reads different text about as well
};

// 'auto': a BOM decides; otherwise each encoding that decodes the bytes
// without error is scored by the share of its words that are valid
// Vietnamese syllables (vi_syllable.hpp). Encodings that decode to the same
// text (pure ASCII) do not compete with each other.
Detection detect(std::string_view bytes);

// The same, with every candidate's score, best first (for messages).
struct Candidate {
  Encoding encoding;
  double score;
};
std::vector<Candidate> detect_candidates(std::string_view bytes);

}  // namespace baocao::text
