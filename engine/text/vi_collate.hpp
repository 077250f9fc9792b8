// Sorting of unit and person names by Vietnamese collation (ICU "vi"):
// A < Ă < Â, D < Đ, E < Ê, O < Ô < Ơ, U < Ư, and tones after the base letter
// (a < à < ả < ã < á < ạ), unlike a byte or code point sort.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::text {

// <0, 0, >0 like strcmp; inputs in UTF-8 (any normal form).
int compare_vi(std::string_view a, std::string_view b);

// Stable sort of UTF-8 strings by compare_vi.
void sort_vi(std::vector<std::string>& items);

}  // namespace baocao::text
