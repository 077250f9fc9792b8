// PAdES signing of a PDF's bytes: an incremental update appends a signature
// field (merged with its widget), a /Sig dictionary with /ByteRange and a
// detached CAdES CMS in /Contents, and, when visible, the ND30 appearance.
// The original bytes are kept untouched, so earlier signatures stay valid
// and each later signature is one more update (the form's /Fields grows).
// `baocao run --sign` is meant to call sign_pdf() on the rendered bytes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"
#include "engine/sign/cms.hpp"
#include "engine/sign/credentials.hpp"

namespace baocao::sign {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // points, PDF user space of the page
};

struct SignOptions {
  std::shared_ptr<const Credentials> credentials;
  std::string reason, location;
  std::string image_png, seal_png;    // bytes; empty = none
  std::string image_name, seal_name;  // their file names, for messages
  bool invisible = false;
  int page = 0;                           // 1-based; 0 = the last page (where ND30 puts the signature block)
  std::optional<Rect> rect;               // empty = default_signature_rect() of that page
  long long time = 0;                     // signing time, seconds since the epoch (goes in /M)
  const fonts::FontSet* fonts = nullptr;  // required unless invisible
  Timestamper timestamp;                  // RFC 3161, optional
};

// Where ND30 puts the signer's block when nothing better is known: the right
// half of the text column, in the lower part of the page (between the
// position line and the name of a typical closing).
Rect default_signature_rect(double page_width, double page_height);

// The page (1-based) and rectangle of the signer's block as layout placed
// it, for signing a report as it is produced; empty when the document has
// no signature block.
struct Placement {
  int page = 0;
  Rect rect;
};
std::optional<Placement> signature_placement(const layout::PagedDocument& doc);

// The signed file. An unsigned signature field already in the PDF (the one
// the renderer leaves in the signer's block) is filled when `page` and
// `rect` are unset or name that field's own place; otherwise a new field is
// added. Throws Error(input, sign_bad_pdf) for an unreadable PDF,
// Error(input, sign_bad_png) for a bad image, Error(usage, sign_bad_page),
// Error(output, sign_failed) when OpenSSL fails.
std::string sign_pdf(std::string_view pdf, const SignOptions& options);

// "D:YYYYMMDDHHmmSS+07'00'" and "dd/mm/yyyy HH:MM:SS", Vietnam time.
std::string pdf_date(long long unix_seconds);
std::string vi_datetime(long long unix_seconds);

}  // namespace baocao::sign
