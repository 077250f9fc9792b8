// Issuance by the văn thư (ND30, electronic documents): after the leader's
// approval signature, one incremental update fills the number and the date
// fields layout reserved in the header (appearance in the document's font
// and size, the date in ND30's words) and adds the organisation's signature,
// whose appearance is the red seal at its actual size over the left third
// of the leader's signature image. The leader's revision is not touched, so
// the leader's signature stays valid. An appendix in a separate file, or an
// electronic copy, gets instead the organisation's signature as text at the
// top right of page 1 (number and symbol, or the copy's form and body, and
// the signing time in ISO 8601 with +07:00), Times New Roman 10 pt.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/civil_date.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/sign/sign_pdf.hpp"

namespace baocao::sign {

// Field names (/T) of the organisation's signatures: `verify` tells the
// roles apart by them.
inline constexpr const char* kIssuerFieldName = "CoQuanBanHanh";
inline constexpr const char* kAttachmentFieldName = "CoQuanPhuLuc";
inline constexpr const char* kCopyFieldName = "CoQuanBanSao";

// A seal without a resolution in its PNG is drawn this wide: the round seal
// of a Sở or an Ủy ban nhân dân is 35-40 mm.
constexpr double kDefaultSealMm = 36;

struct IssueOptions {
  enum class Kind { document, attachment, copy };
  Kind kind = Kind::document;
  std::shared_ptr<const Signer> credentials;  // the organisation's
  const fonts::FontSet* fonts = nullptr;
  long long time = 0;  // signing time, seconds since the epoch
  // document: the number ("125"; "5" is written "05") and the date (empty =
  // the signing day in Vietnam); the seal image.
  std::string number;
  std::optional<CivilDate> date;
  std::string seal_png, seal_name;
  double seal_mm = 0;  // the seal's width; 0 = from its PNG's resolution, else kDefaultSealMm
  // attachment: "125/BC-UBND"; copy: its form ("SAO Y") and the body making it.
  std::string number_symbol;
  std::string copy_form, copy_body;
  std::string reason, location;
  Timestamper timestamp;
  LtvOptions ltv;
  std::uint64_t max_image_pixels = kDefaultMaxImagePixels;
};

// The issued file. Throws Error(input, sign_issue_not_signed) when the
// leader has not signed, Error(input, sign_issue_no_field) when the
// document has no number (or, with an explicit date, no date) field to
// fill, Error(input, sign_issue_already) when it was issued already, and
// the errors of sign_pdf.
std::string issue_pdf(std::string_view pdf, const IssueOptions& options);

// "125" -> "125", "5" -> "05"; Error(usage, sign_issue_bad_number) unless
// one to six digits.
std::string document_number(const std::string& number);

}  // namespace baocao::sign
