// The detached CMS (CAdES) signature a PAdES /Contents holds: SHA-256 over
// the signed byte ranges, ESS signing-certificate-v2, and no signingTime
// attribute (PAdES baseline puts the time in the signature dictionary's /M).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "engine/sign/credentials.hpp"

namespace baocao::sign {

// Given the signature value, returns a DER RFC 3161 TimeStampToken to add as
// the unsigned attribute id-aa-timeStampToken; empty function = no timestamp.
using Timestamper = std::function<std::string(std::string_view signature_value)>;

// DER of a ContentInfo. Throws Error(output, sign_failed) when OpenSSL fails.
std::string make_cms(std::string_view signed_bytes, const Credentials& credentials,
                     const Timestamper& timestamp = {});

}  // namespace baocao::sign
