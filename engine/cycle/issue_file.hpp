// The văn thư's issuance of an electronic document (`baocao issue`, the
// portal): the number and date written into the leader's signed PDF, the
// seal and the organisation's signature over it; likewise an attachment
// (Phụ lục) under the document's number, or a copy (sao y, sao lục, trích
// sao). See engine/sign/issue.hpp for what issuance does to the file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "engine/core/civil_date.hpp"
#include "engine/cycle/signer_source.hpp"

namespace baocao::cycle {

struct IssueFileOptions {
  std::filesystem::path in, out;
  std::filesystem::path fonts;  // default: the shipped fonts
  SignerSource signer;          // the organisation's; its `seal`
  // A document: its number ("125") and date (empty: the signing day). An
  // attachment: the document's number and symbol ("125" and "BC-UBND", or
  // "125/BC-UBND" in `number`). A copy: its form as written on it ("SAO Y",
  // copy_form()) and the body making it (default: the certificate's
  // organisation, else its name).
  std::string number, symbol;
  std::optional<CivilDate> date;
  bool attachment = false;
  std::string copy, copy_body;
  double seal_mm = 0;  // the seal's width; 0: from its PNG
};

// The copy forms of ND30 (Điều 25) as written on the copy: "sao-y" -> "SAO
// Y", "sao-luc", "trich-sao"; Error(usage, sign_issue_bad_copy_form) otherwise.
std::string copy_form(const std::string& value);

// Error(usage, sign_issue_need) when the kind's number is missing or two
// kinds are asked; the signer's and issuance's errors otherwise.
void issue_file(const IssueFileOptions& options, const SignerPrompts& prompts);

}  // namespace baocao::cycle
