// Names, fonts and the decode()/encode() dispatch of encoding.hpp; the byte
// tables live in one file per encoding.
#include "engine/text/encoding.hpp"

#include <algorithm>
#include <cctype>

#include "engine/core/diagnostic.hpp"
#include "engine/text/legacy_codec.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_case.hpp"

namespace baocao::text {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && lower_ascii(s.substr(0, prefix.size())) == prefix;
}

}  // namespace

std::optional<Encoding> parse_encoding_name(std::string_view name) {
  std::string n = lower_ascii(name);
  if (n == "utf8" || n == "utf-8") return Encoding::utf8;
  if (n == "utf16" || n == "utf-16") return Encoding::utf16;
  if (n == "cp1258" || n == "windows-1258") return Encoding::cp1258;
  if (n == "tcvn3" || n == "abc" || n == "tcvn") return Encoding::tcvn3;
  if (n == "tcvn3-caps" || n == "tcvn3_caps" || n == "tcvn3h") return Encoding::tcvn3_caps;
  if (n == "vni") return Encoding::vni;
  if (n == "viqr") return Encoding::viqr;
  return std::nullopt;
}

std::string_view encoding_name(Encoding enc) {
  switch (enc) {
    case Encoding::utf8:
      return "utf8";
    case Encoding::utf16:
      return "utf16";
    case Encoding::cp1258:
      return "cp1258";
    case Encoding::tcvn3:
      return "tcvn3";
    case Encoding::tcvn3_caps:
      return "tcvn3-caps";
    case Encoding::vni:
      return "vni";
    case Encoding::viqr:
      return "viqr";
  }
  return "?";
}

std::string supported_encoding_names() {
  std::string out;
  for (Encoding e : {Encoding::utf8, Encoding::utf16, Encoding::cp1258, Encoding::tcvn3, Encoding::tcvn3_caps,
                     Encoding::vni, Encoding::viqr})
    out += (out.empty() ? "" : ", ") + std::string(encoding_name(e));
  return out;
}

std::optional<Encoding> encoding_for_font(std::string_view font) {
  while (!font.empty() && font.front() == ' ') font.remove_prefix(1);
  while (!font.empty() && font.back() == ' ') font.remove_suffix(1);
  if (starts_with_ci(font, "vni-") || starts_with_ci(font, "vni ")) return Encoding::vni;
  // The ABC fonts are all named ".Vn...": ".VnTime", ".VnArial Narrow", ...;
  // their all-capitals twins add an 'H': ".VnTimeH", ".VnArial NarrowH".
  if (starts_with_ci(font, ".vn") && font.size() > 3)
    return font.back() == 'H' ? Encoding::tcvn3_caps : Encoding::tcvn3;
  return std::nullopt;
}

std::string decode(std::string_view bytes, Encoding enc) {
  switch (enc) {
    case Encoding::utf8: {
      // Validate before removing the BOM so offsets count from the file's start.
      if (std::int64_t bad = find_invalid_utf8(bytes); bad >= 0) {
        Location where;
        where.offset = bad;
        fail(ErrorFamily::input, MsgId::text_invalid_utf8, {std::to_string(bad)}, where);
      }
      return nfc_only(strip_utf8_bom(bytes));
    }
    case Encoding::utf16:
      return nfc_only(detail::decode_utf16(bytes));
    case Encoding::cp1258:
      return nfc_only(detail::decode_cp1258(bytes));
    case Encoding::tcvn3:
      return nfc_only(detail::decode_tcvn3(bytes));
    case Encoding::tcvn3_caps:
      return upper_vi(detail::decode_tcvn3(bytes));
    case Encoding::vni:
      return nfc_only(detail::decode_vni(bytes));
    case Encoding::viqr:
      return nfc_only(detail::decode_viqr(bytes));
  }
  return {};
}

std::string encode(std::string_view utf8, Encoding enc) {
  std::string nfc = nfc_only(utf8);
  switch (enc) {
    case Encoding::utf8:
      return nfc;
    case Encoding::utf16:
      return detail::encode_utf16(nfc);
    case Encoding::cp1258:
      return detail::encode_cp1258(nfc);
    case Encoding::tcvn3:
      return detail::encode_tcvn3(nfc);
    case Encoding::tcvn3_caps:
      return detail::encode_tcvn3(lower_vi(nfc));
    case Encoding::vni:
      return detail::encode_vni(nfc);
    case Encoding::viqr:
      return detail::encode_viqr(nfc);
  }
  return {};
}

std::string decode_font_text(std::string_view cell, Encoding enc) {
  if (enc == Encoding::utf8 || enc == Encoding::utf16 || enc == Encoding::viqr)
    return decode(cell, Encoding::utf8);
  std::string bytes;
  bytes.reserve(cell.size());
  for (char32_t c : detail::to_u32(cell)) {
    int b = c < 0x80 ? static_cast<int>(c) : detail::cp1252_byte(c);
    // Excel keeps the five bytes Windows-1252 leaves undefined as C1 controls.
    if (b < 0 && c >= 0x80 && c <= 0x9F) b = static_cast<int>(c);
    if (b < 0) return nfc_only(cell);  // real Unicode pasted into a legacy-font cell
    bytes += static_cast<char>(b);
  }
  return decode(bytes, enc);
}

}  // namespace baocao::text
