// Positioned pages as JSON: what layout placed (text runs, rules, boxes,
// the parts of tables each page holds), for tests that check pagination
// from the layout itself rather than from pixels, and for debugging a
// layout. One line per run; numbers rounded to 0.01 pt.
#pragma once

#include <string>

#include "engine/layout/page.hpp"

namespace baocao::layout {

std::string to_json(const PagedDocument& d);

}  // namespace baocao::layout
