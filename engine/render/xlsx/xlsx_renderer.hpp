// XLSX renderer: every table of a document becomes a sheet the level above
// can sort and re-use. Numbers stay numbers (with number formats that show
// vi-VN separators in a Vietnamese Excel); the renderer computes nothing.
#pragma once

#include <filesystem>
#include <optional>

#include "engine/document/document.hpp"

namespace baocao::render {

struct XlsxOptions {
  // Creation time in the document properties; empty = the document's date.
  std::optional<long long> timestamp;
};

// Writes `d`'s tables (body, then appendices) to `path`, atomically.
// Throws Error(output) when libxlsxwriter fails.
void write_xlsx(const doc::Document& d, const std::filesystem::path& path,
                const XlsxOptions& options = {});

}  // namespace baocao::render
