// RFC 3161 time stamps: a SHA-256 is sent to a TSA over HTTP (Poco::Net);
// the token it returns is checked (status, imprint, nonce, the token's
// signature, and the TSA's certificate: timeStamping purpose and a chain to
// a trusted root) and becomes either an unsigned attribute of a signature's
// CMS (PAdES B-T) or the /Contents of a document time-stamp.
#pragma once

#include <string>
#include <string_view>

#include "engine/sign/cms.hpp"

namespace baocao::sign {

struct TsaOptions {
  std::string url;      // http://host[:port]/path
  std::string ca_file;  // PEM of roots trusted for the TSA; empty = the system's (/etc/ssl/certs)
};

// The DER TimeStampToken for `digest` (a SHA-256). Throws
// Error(output, sign_tsa_failed) when the TSA cannot be reached, refuses,
// or answers with a token for another imprint or nonce, Error(output,
// sign_tsa_untrusted) when the token or the TSA's certificate does not verify.
std::string timestamp_token(const TsaOptions& tsa, std::string_view digest);

// A Timestamper for a signature: the token covers the SHA-256 of the
// signature value (RFC 3161, appendix A).
Timestamper tsa_timestamper(const TsaOptions& tsa);

// The genTime of a DER TimeStampToken as "dd/mm/yyyy HH:MM:SS" Vietnam
// time, or empty when it is no token.
std::string token_time(std::string_view token_der);

}  // namespace baocao::sign
