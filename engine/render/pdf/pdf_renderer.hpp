// PDF renderer: paints laid-out pages with libharu. Places nothing itself;
// every position comes from engine/layout. Each face used is embedded as a
// subset of the characters it draws (font_subset.hpp), and a libqpdf pass
// fixes the ToUnicode maps and packs the file (pdf_postpass.hpp). Output is
// byte-deterministic: the creation date is the document's date, or
// SOURCE_DATE_EPOCH when set. A page with a signer's block gets an empty
// signature field there (/FT /Sig, named "NguoiKy"), which `baocao sign` fills.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"

namespace baocao::render {

struct PdfOptions {
  // Seconds since the epoch for CreationDate/ModDate; empty = the document's
  // date at 00:00 (UTC+7), or SOURCE_DATE_EPOCH from the environment.
  std::optional<long long> timestamp;
};

// The PDF file's bytes. Throws Error(output) when libharu fails and
// Error(internal) when a string is not NFC (the text gate was bypassed).
std::string render_pdf(const layout::PagedDocument& doc, const fonts::FontSet& fonts,
                       const PdfOptions& options = {});

// render_pdf() written atomically to `path`.
void write_pdf(const layout::PagedDocument& doc, const fonts::FontSet& fonts,
               const std::filesystem::path& path, const PdfOptions& options = {});

}  // namespace baocao::render
