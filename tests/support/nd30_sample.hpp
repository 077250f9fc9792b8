// A representative ND30 Báo cáo as a document tree, for the PDF tests and the
// benchmark: header, headings, paragraphs, a list, a table of `rows` units,
// a bar chart against a target, the closing, and a landscape appendix with a
// wide table (two header rows with merged cells). About six portrait pages
// with 40 rows.
#pragma once

#include "engine/document/document.hpp"

namespace baocao::test {

doc::Document nd30_sample(int rows = 40);

// The name of unit `i` (1-based) as the sample uses it.
std::string sample_unit_name(int i);

}  // namespace baocao::test
