// The detached CMS (CAdES) signature a PAdES /Contents holds: SHA-256 over
// the signed byte ranges, ESS signing-certificate-v2, and no signingTime
// attribute (PAdES baseline puts the time in the signature dictionary's /M).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "engine/sign/signer.hpp"

namespace baocao::sign {

// Given the signature value, returns a DER RFC 3161 TimeStampToken to add as
// the unsigned attribute id-aa-timeStampToken; empty function = no timestamp.
using Timestamper = std::function<std::string(std::string_view signature_value)>;

// DER of a ContentInfo for content whose SHA-256 is `content_digest`. The
// signature value comes from `signer` and is checked against its
// certificate before use. Throws Error(input, sign_token_key_mismatch) when
// it does not verify (a token key that is not the certificate's),
// Error(output, sign_failed) when OpenSSL fails.
std::string make_cms(std::string_view content_digest, const Signer& signer,
                     const Timestamper& timestamp = {});

// The SHA-256 a signer signs for that content: the digest of the DER of the
// signed attributes, which depend only on the content digest and the
// certificate (no signing time), so a two-step signature can be prepared
// now and assembled when the signature value comes back.
std::string signed_attributes_digest(std::string_view content_digest, X509* cert);

// The first SignerInfo's signer certificate of a DER CMS (null when absent),
// and the CMS with a time-stamp token added over that signer's value.
X509Ptr cms_signer_certificate(std::string_view cms_der);
std::string add_timestamp(std::string_view cms_der, const Timestamper& timestamp);

}  // namespace baocao::sign
