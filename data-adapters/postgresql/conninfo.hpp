// PostgreSQL connection strings, parsed once: a URI
// (postgresql://user:password@host:port/db?param=value, percent-encoded) or
// libpq's key=value form (values may be single-quoted, with \' and \\).
// The same parse gives what libpq connects with and what messages, the
// manifest and the schedule journal show: the string redacted, so a password
// (even one holding '@', '/', '!' or brackets) never reaches them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao::store {

struct ConnInfo {
  bool uri = false;  // given as a URI (shown as one)
  // libpq keywords and their decoded values, in the order given.
  std::vector<std::pair<std::string, std::string>> params;

  // The value of `key`, or "" when absent.
  std::string get(std::string_view key) const;
  // The string to show: the same form as given, every secret as "***".
  std::string redacted() const;
};

// Throws Error(usage, pg_conn_*) without quoting `s` (it may hold a password):
// neither a URI nor key=value, a bad %XX, an open quote, an unknown keyword.
ConnInfo parse_conninfo(std::string_view s);

// parse_conninfo(s).redacted(), or a fixed placeholder when `s` does not parse.
std::string redact_conninfo(std::string_view s);

// True for the keywords whose values are secrets (password, sslpassword).
bool is_secret_keyword(std::string_view key);

}  // namespace baocao::store
