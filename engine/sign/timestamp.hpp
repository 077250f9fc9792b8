// RFC 3161 time stamps: the signature value's SHA-256 is sent to a TSA over
// HTTP (Poco::Net); the token it returns becomes an unsigned attribute of the
// CMS, so the signing time is vouched for by a third party.
#pragma once

#include <string>

#include "engine/sign/cms.hpp"

namespace baocao::sign {

// A Timestamper asking `url` (http://host[:port]/path). Throws
// Error(output, sign_tsa_failed) when the TSA cannot be reached, refuses, or
// answers with a token for another imprint.
Timestamper tsa_timestamper(const std::string& url);

}  // namespace baocao::sign
