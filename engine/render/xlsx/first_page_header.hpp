// ND30 prints no page number on the first page of a document, nor on the
// first page of an appendix (each appendix numbered on its own). A sheet
// says so with a header "different on the first page" (OOXML differentFirst,
// and no firstHeader: an empty one), which libxlsxwriter 1.1.4 cannot write;
// this pass adds it to a closed workbook.
#pragma once

#include <filesystem>
#include <set>

namespace baocao::render {

// Marks the headers of `sheets` (1-based, in the order the sheets were
// added: xl/worksheets/sheetN.xml) of the workbook at `xlsx` as different
// on the first page, and writes the workbook again in place: entries by
// name, every one dated 1980-01-01 00:00 (the zip format's first day), so
// the same workbook always gives the same bytes.
// Throws Error(output) when the workbook cannot be read or written.
void omit_first_page_numbers(const std::filesystem::path& xlsx, const std::set<int>& sheets);

}  // namespace baocao::render
