// PAdES signing of a PDF's bytes: an incremental update appends a signature
// field (merged with its widget), a /Sig dictionary with /ByteRange and a
// detached CAdES CMS in /Contents, and, when visible, the ND30 appearance.
// The original bytes are kept untouched, so earlier signatures stay valid
// and each later signature is one more update (the form's /Fields grows).
// The signature is an approval signature (no /Perms, no /Reference): form
// filling and further signatures stay allowed, as the văn thư's issuance
// needs. `baocao run --sign` calls sign_pdf() on the rendered bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/fonts/font_set.hpp"
#include "engine/layout/page.hpp"
#include "engine/sign/appearance.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/cms.hpp"
#include "engine/sign/ltv.hpp"
#include "engine/sign/signature_field.hpp"
#include "engine/sign/signer.hpp"

namespace baocao::sign {

struct SignOptions {
  std::shared_ptr<const Signer> credentials;  // who signs
  std::string reason, location;
  std::string image_png, seal_png;    // bytes; empty = none
  std::string image_name, seal_name;  // their file names, for messages
  bool invisible = false;
  int page = 0;                           // 1-based; 0 = the last page (where ND30 puts the signature block)
  std::optional<Rect> rect;               // empty = default_signature_rect() of that page
  long long time = 0;                     // signing time, seconds since the epoch (goes in /M)
  const fonts::FontSet* fonts = nullptr;  // required when visible without an image
  Timestamper timestamp;                  // RFC 3161, optional
  std::uint64_t max_image_pixels = kDefaultMaxImagePixels;
  LtvOptions ltv;  // B-LT: DSS after the signature, optional
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
// added. The appearance is the signature image (with the seal over its left
// third when given), or "Ký bởi / Thời gian ký" text when there is no image.
// Throws Error(input, sign_bad_pdf) for an unreadable PDF, Error(input,
// sign_encrypted_pdf), Error(input, sign_bad_png) for a bad image,
// Error(usage, sign_bad_page), Error(output, sign_failed) when OpenSSL fails.
std::string sign_pdf(std::string_view pdf, const SignOptions& options);

// The same in two steps: the file with its placeholder (the certificate
// of `options.credentials` is all that is used of it) ...
Prepared prepare_pdf(std::string_view pdf, const SignOptions& options);
// ... and the file signed by `signer` (time-stamped and with LTV data when
// asked). The CMS is checked against the signer's certificate before use.
std::string finish_pdf(Prepared prepared, const Signer& signer, const Timestamper& timestamp,
                       const LtvOptions& ltv);

// "D:YYYYMMDDHHmmSS+07'00'", "dd/mm/yyyy HH:MM:SS" and
// "YYYY-MM-DDTHH:MM:SS+07:00" (ISO 8601), Vietnam time.
std::string pdf_date(long long unix_seconds);
std::string vi_datetime(long long unix_seconds);
std::string iso_datetime(long long unix_seconds);

// The signature dictionary's /M, /Name, /Reason and /Location entries.
std::string signature_entries(long long time, const std::string& signer, const std::string& reason,
                              const std::string& location);

}  // namespace baocao::sign
