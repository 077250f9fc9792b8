// A signature in an incremental update: the signature dictionary with a
// fixed-width /ByteRange and a zero-filled /Contents placeholder, the field
// merged with its widget (an unsigned field already in the PDF is filled,
// else a new one is added), its appearance, the page's /Annots and the
// AcroForm's /Fields. The bytes to sign are then known; the CMS (or an RFC
// 3161 token for a document time-stamp) goes into /Contents last, so the
// same code serves signing at once and signing in two steps.
#pragma once

#include <optional>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <string_view>

#include "engine/sign/pdf_update.hpp"

namespace baocao::sign {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // points, PDF user space of the page
};

// Room for an RSA-4096 CMS with a chain and a timestamp token.
constexpr std::size_t kContentsBytes = 16384;

struct SignatureSpec {
  std::optional<QPDFObjectHandle> existing;  // an unsigned /Sig field to fill
  std::string name;                          // the new field's /T (ignored when filling)
  int page = 1;                              // 1-based
  bool invisible = false;
  Rect rect;               // where the widget is, unless invisible
  std::string appearance;  // a one-page PDF of rect's size (appearance_pdf), unless invisible
  // /DocTimeStamp with /SubFilter /ETSI.RFC3161 instead of a /Sig.
  bool doc_timestamp = false;
  std::string entries;  // more keys of the signature dictionary: " /M (…) /Name (…)"
};

struct Prepared {
  std::string pdf;                                // the whole file, /ByteRange set, /Contents zeros
  std::size_t contents_at = 0, contents_end = 0;  // from '<' to after '>'
  // The bytes /ByteRange covers: all but the /Contents string.
  std::string signed_bytes() const;
};

// Writes the signature into `update`, finishes it and sets /ByteRange.
Prepared add_signature(PdfUpdate& update, const SignatureSpec& spec);

// The file with `der` (a CMS or a time-stamp token) in /Contents. Throws
// Error(output, sign_failed) when it does not fit.
std::string embed(Prepared prepared, std::string_view der);

// A field of the AcroForm that is its own widget on a page, with its page
// (1-based) and rectangle.
struct FieldOnPage {
  QPDFObjectHandle field;
  int page = 0;
  Rect rect;
};
// The field whose /T is `name`; the first unsigned /Sig field when `name`
// is empty (the one the renderer leaves in the signer's block).
std::optional<FieldOnPage> find_field(PdfUpdate& update, std::string_view name = {});

// Adds `appearance` (a one-page PDF, see appearance_pdf) as a form XObject
// of w × h points; returns its object number, for a widget's /AP /N.
int add_appearance(PdfUpdate& update, std::string_view appearance, double w, double h);

// A field name of the form `base`, `base2`, … not used yet.
std::string unused_field_name(PdfUpdate& update, const std::string& base);

}  // namespace baocao::sign
