#include "engine/text/display.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace baocao::text {

Shown shown_as(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return Shown::space;
  if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return Shown::nothing;
  return Shown::glyph;
}

std::string drawn_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size()), i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    Shown s = c < 0 ? Shown::glyph : shown_as(static_cast<char32_t>(c));
    if (s == Shown::space)
      out += ' ';
    else if (s == Shown::glyph)
      out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

}  // namespace baocao::text
