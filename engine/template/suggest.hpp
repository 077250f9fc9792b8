// "Ý bạn là 'ty_le'?": the nearest known name to a misspelt one, by
// Damerau-Levenshtein distance over code points.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace baocao::tmpl {

// Distance in code points (insert, delete, substitute, swap neighbours).
int edit_distance(const std::string& a, const std::string& b);

// The closest candidate within max(2, length/3) edits, if any.
std::optional<std::string> nearest(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace baocao::tmpl
