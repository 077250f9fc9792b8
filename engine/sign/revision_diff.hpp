// What a PDF changed after one of its earlier revisions (incremental
// updates), object by object, sorted into what a signature allows after it
// (PDF 2.0, 12.8.2.2: filling in form fields, adding signatures and
// time-stamps, adding validation data in a DSS) and everything else (a page
// drawn anew, an annotation that is not a widget, a changed dictionary…).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::sign {

struct Change {
  enum class Kind { form_fill, signature, validation_data, other };
  Kind kind = Kind::other;
  std::string detail;  // "SoVanBan = 125", a field's name, "DSS", "object 12 (/Page)"
};

// The changes from `revision` (a prefix of `file` ending at a %%EOF) to
// `file`. Bytes after the file's last %%EOF that are not a revision count
// as a change (Kind::other, "bytes after %%EOF").
std::vector<Change> changes_since(std::string_view file, std::size_t revision_end);

}  // namespace baocao::sign
