// Percent-encoding (RFC 3986) of bytes for URIs the program builds: a
// PostgreSQL connection string shown redacted, an SQLite "file:" URI.
#pragma once

#include <string>
#include <string_view>

namespace baocao {

// `s` with every byte but ASCII letters, digits, "-_.~" and those of
// `also_plain` written as %XX (upper-case hex).
inline std::string percent_encode(std::string_view s, std::string_view also_plain = {}) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                 c == '_' || c == '.' || c == '~' || (c != 0 && also_plain.find(static_cast<char>(c)) != std::string_view::npos);
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace baocao
