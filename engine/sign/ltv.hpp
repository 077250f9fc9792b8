// Long-term validation (PAdES B-LT, and B-LTA with a document time-stamp):
// a Document Security Store (/DSS in the catalog) added in its own
// incremental update after the signatures, holding every certificate of
// every signature and time-stamp token in the file and, for each
// certificate whose issuer is among them, the revocation data that shows it
// was not revoked: a CRL (from --crl files, or fetched from the
// certificate's CRL distribution points) or an OCSP response (from
// --ocsp-response files, or asked of the responder the certificate names).
// A checker years later needs nothing from the network.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/sign/timestamp.hpp"

namespace baocao::sign {

// A file's name (for messages) and its bytes.
struct NamedBytes {
  std::string name, bytes;
};

struct LtvOptions {
  bool enabled = false;
  std::vector<NamedBytes> crl_files;   // DER or PEM, used before any network fetch
  std::vector<NamedBytes> ocsp_files;  // DER OCSPResponse
  // A document time-stamp (/DocTimeStamp, ETSI.RFC3161) over everything,
  // after the DSS.
  std::optional<TsaOptions> doc_timestamp;
  long long now = 0;  // when revocation data must be current (seconds since the epoch)
};

// The file with the DSS (and the document time-stamp when asked). Throws
// Error(input, sign_cert_revoked) when a certificate is revoked,
// Error(output, sign_no_revocation_data) when a certificate with a known
// issuer has no CRL or OCSP response that verifies and is current,
// Error(input, sign_bad_pdf) when the file is not readable.
std::string add_ltv(std::string_view pdf, const LtvOptions& options);

// A document time-stamp alone, in a new incremental update; `now` goes in
// its /M (the token's own time is the TSA's).
std::string add_document_timestamp(std::string_view pdf, const TsaOptions& tsa, long long now);

}  // namespace baocao::sign
