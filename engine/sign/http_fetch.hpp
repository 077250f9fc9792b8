// The few HTTP exchanges signing needs (Poco::Net): a TSA, a CRL
// distribution point, an OCSP responder. All are plain http:// by custom
// (what they serve is signed); answers are bounded in size and time.
#pragma once

#include <string>
#include <string_view>

namespace baocao::sign {

// The body of a 200 answer. Throws std::runtime_error with the reason
// (unreachable, not http://, status, larger than 32 MiB) for the caller to
// wrap in its own message.
std::string http_get(const std::string& url);
std::string http_post(const std::string& url, const std::string& content_type, std::string_view body);

}  // namespace baocao::sign
