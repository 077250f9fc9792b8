// A pass over the bytes libharu saved, with libqpdf. libharu 2.3 attaches its
// encoder's CID CMap as /ToUnicode (poppler warns "Invalid 'begincidrange'
// operator" and copy/paste works only by luck); this pass writes a real
// ToUnicode CMap for each font and rewrites the file compactly (object
// streams, recompressed streams) and deterministically (the /ID is a hash of
// the content, so the same input gives the same bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/render/pdf/char_codes.hpp"

namespace baocao::render {

// An empty signature field: where layout left room for the
// signer's signature, so `baocao sign` and PDF readers know where it goes.
struct SignatureField {
  int page = 0;                           // 0-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // PDF user space, y up
};
// The field's name (/T): the signer's, "người ký".
inline constexpr const char* kSignerFieldName = "NguoiKy";

// An empty, read-only text field where the văn thư's number or date goes at
// issuance (`baocao issue` fills it); `size` is the text's size in points.
struct TextField {
  int page = 0;                           // 0-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // PDF user space, y up
  double size = 13;
  const char* name = "";
};
inline constexpr const char* kNumberFieldName = "SoVanBan";   // "Số" of box 3
inline constexpr const char* kDateFieldName = "NgayBanHanh";  // the date of box 4

// What the post-pass adds to libharu's file.
struct PdfAdditions {
  // An unsigned /FT /Sig widget listed in the AcroForm, when given.
  std::optional<SignatureField> field;
  std::vector<TextField> text_fields;
  // Text entries of the document information dictionary ("/Title" and its
  // value, UTF-8). libharu writes those through its current encoder, which
  // for a CID font's codes is not Unicode, so they are set here.
  std::vector<std::pair<std::string, std::string>> info;
};

// The fixed PDF, its text drawn in `codes`, with `additions`. Throws
// Error(output, pdf_render_failed) when qpdf cannot read or write it, or
// warns about it (a libharu file must be clean).
std::string fix_pdf(std::string_view pdf, const CharCodes& codes, const PdfAdditions& additions = {});

}  // namespace baocao::render
