// Loose comparison of headings typed by people: "Mã  đơn vị", "MÃ ĐƠN VỊ"
// and "Ma don vi" are the same column heading. Used only to match, never
// to display.
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

// Lower case, diacritics removed (đ -> d), runs of spaces, tabs and line
// breaks collapsed to one space, trimmed. Input must be UTF-8.
std::string fold_for_match(std::string_view utf8);

}  // namespace baocao::text
