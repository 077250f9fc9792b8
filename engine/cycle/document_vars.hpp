// The variables of one document of `baocao run`. A run produces drafts: the
// vars file is shared by every document, so the number it gives ("Số:
// 125/BC-SGDĐT") cannot be every document's number. A draft's number is left
// blank for the văn thư to fill in when the document is registered (ND30,
// "Số:      /BC-UBND"), unless the vars give one for that document under
// "theo_don_vi": {"CODE": {...}, "CODE/KIND": {...}} (KIND: bao-cao, tong-hop,
// cong-van-don-doc), which also override any other wording for it.
#pragma once

#include <string>
#include <vector>

#include "engine/template/value.hpp"

namespace baocao::cycle {

// What stands in a draft for the number: wide enough to write in by hand,
// non-breaking so layout keeps the gap.
extern const char* const kBlankNumber;

// `base` (the vars file) for the document `kind` of unit `unit_code`:
// per-document overrides applied, the number blank unless one was given for
// the document, and `tien_than` set to `predecessors` (the names of the units
// whose figures make the year before) when not empty.
tmpl::Map document_vars(const tmpl::Map& base, const std::string& unit_code, const std::string& kind,
                        const std::vector<std::string>& predecessors);

}  // namespace baocao::cycle
