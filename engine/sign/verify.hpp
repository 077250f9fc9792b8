// Checking the PAdES signatures of a PDF: for each signature field, its role
// (told by the field's name: the leader's approval, the organisation's
// issuance, an appendix's or a copy's text signature, a document
// time-stamp), who signed and when, whether its /ByteRange covers the whole
// file but the signature, what changed in the file after it (only form
// filling, signatures, time-stamps and validation data are allowed),
// whether the CMS matches the signed bytes, and the signer's chain against
// the given trust anchors.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/sign/revision_diff.hpp"

namespace baocao::sign {

enum class Coverage { whole_file, then_signed, modified_after, malformed };

enum class Role { leader, issuer, attachment, copy, document_timestamp, other };

struct SignatureReport {
  std::string field;  // /T of the field
  Role role = Role::other;
  std::string signer;     // CN of the signing certificate (the TSA's for a document time-stamp)
  std::string time;       // /M as dd/mm/yyyy HH:MM:SS (Vietnam), or the raw /M
  std::string timestamp;  // genTime of an RFC 3161 token, if any
  Coverage coverage = Coverage::malformed;
  // What the file gained after this signature's revision: form filling,
  // signatures and validation data are allowed; any other change makes the
  // coverage modified_after.
  std::vector<Change> later;
  bool digest_ok = false;
  std::string digest_problem;         // OpenSSL's reason when !digest_ok
  std::optional<bool> chain_trusted;  // empty when no trust anchors were given
  std::string chain_problem;
  bool valid() const {
    return digest_ok && (coverage == Coverage::whole_file || coverage == Coverage::then_signed) &&
           chain_trusted.value_or(true);
  }
};

// Throws Error(input, sign_bad_pdf) when the file is not a readable PDF.
// `trust` is a PEM file of trusted certificates; empty = chain not checked.
std::vector<SignatureReport> verify_pdf(std::string_view pdf, const std::filesystem::path& trust = {});

}  // namespace baocao::sign
