// File-name slugs without diacritics: "Báo cáo năm 2025 – UBND xã Mỹ Lộc" ->
// "bao-cao-nam-2025-ubnd-xa-my-loc". Safe on every file system and in URLs.
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

// ICU transliteration to ASCII (đ -> d, dashes -> '-'), lower case, every run
// of characters other than a-z and 0-9 becomes one '-', none at either end.
std::string slug_vi(std::string_view utf8);

}  // namespace baocao::text
