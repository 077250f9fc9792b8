// How text is drawn, character by character, as the Unicode standard asks
// of a renderer without bidirectional or complex-script shaping (section 5.21,
// "Ignoring Characters in Processing"): default-ignorable code points (zero
// width joiners, bidirectional marks and overrides, the soft hyphen, the
// byte order mark, variation selectors, ...) take no room and are not drawn,
// never a box or a '-'; tab, line feed and carriage return inside a line
// are a space. The text itself keeps them (search, XLSX).
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

enum class Shown { glyph, space, nothing };
Shown shown_as(char32_t c);

// `utf8` as drawn: ignorables dropped, tab and line breaks as spaces.
// Invalid UTF-8 is copied as it is (the gate refused it long before).
std::string drawn_text(std::string_view utf8);

}  // namespace baocao::text
