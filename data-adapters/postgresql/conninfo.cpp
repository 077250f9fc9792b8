// See conninfo.hpp. The URI grammar is libpq's (section 34.1.1.2 of the
// PostgreSQL manual) with one leniency: the user part ends at the last '@'
// before the query, so a password typed with a raw '@' or '/' is still read
// as the password, never shown as the host or database.
#include "data-adapters/postgresql/conninfo.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <memory>
#include <set>

#include "engine/core/diagnostic.hpp"
#include "engine/core/percent.hpp"

namespace baocao::store {

namespace {

[[noreturn]] void invalid(MsgId id = MsgId::pg_conn_invalid, std::vector<std::string> args = {}) {
  fail(ErrorFamily::usage, id, std::move(args));
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    int hi = i + 1 < s.size() ? hex(s[i + 1]) : -1, lo = i + 2 < s.size() ? hex(s[i + 2]) : -1;
    if (hi < 0 || lo < 0) invalid(MsgId::pg_conn_bad_escape);
    char c = static_cast<char>(hi * 16 + lo);
    if (c == '\0') invalid(MsgId::pg_conn_bad_escape);  // libpq cannot take a NUL
    out += c;
    i += 2;
  }
  return out;
}

// libpq's keywords (PQconndefaults), read once.
const std::set<std::string>& known_keywords() {
  static const std::set<std::string> keys = [] {
    std::set<std::string> out;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(PQconndefaults(), &PQconninfoFree);
    for (PQconninfoOption* o = opts.get(); o && o->keyword; ++o) out.insert(o->keyword);
    return out;
  }();
  return keys;
}

void add(ConnInfo& c, std::string key, std::string value) {
  if (key.empty() || key.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
    invalid(MsgId::pg_conn_invalid);
  if (!known_keywords().count(key)) invalid(MsgId::pg_conn_unknown_key, {key});
  for (auto& [k, v] : c.params)
    if (k == key) {
      v = std::move(value);  // libpq keeps the last
      return;
    }
  c.params.emplace_back(std::move(key), std::move(value));
}

ConnInfo parse_uri(std::string_view s, std::size_t scheme_len) {
  ConnInfo c;
  c.uri = true;
  std::string_view rest = s.substr(scheme_len);
  std::string_view query;
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    std::string_view userinfo = rest.substr(0, at);
    rest = rest.substr(at + 1);
    auto colon = userinfo.find(':');
    std::string user = percent_decode(userinfo.substr(0, colon));
    if (!user.empty()) add(c, "user", user);
    if (colon != std::string_view::npos) add(c, "password", percent_decode(userinfo.substr(colon + 1)));
  }
  std::string_view hosts = rest.substr(0, rest.find('/'));
  if (hosts.size() < rest.size()) {
    std::string db = percent_decode(rest.substr(hosts.size() + 1));
    if (!db.empty()) add(c, "dbname", db);
  }
  // host[:port][,host[:port]]..., a host may be [IPv6]
  std::string host_list, port_list;
  bool any_port = false;
  for (std::size_t a = 0; a <= hosts.size() && !hosts.empty();) {
    std::size_t b = hosts.find(',', a);
    if (b == std::string_view::npos) b = hosts.size();
    std::string_view one = hosts.substr(a, b - a);
    std::string host, port;
    if (!one.empty() && one.front() == '[') {
      auto close = one.find(']');
      if (close == std::string_view::npos) invalid();
      host = std::string(one.substr(1, close - 1));
      std::string_view after = one.substr(close + 1);
      if (!after.empty()) {
        if (after.front() != ':') invalid();
        port = std::string(after.substr(1));
      }
    } else {
      auto colon = one.find(':');
      host = percent_decode(one.substr(0, colon));
      if (colon != std::string_view::npos) port = std::string(one.substr(colon + 1));
    }
    if (port.find_first_not_of("0123456789") != std::string::npos) invalid();
    any_port = any_port || !port.empty();
    host_list += (a ? "," : "") + host;
    port_list += (a ? "," : "") + port;
    a = b + 1;
  }
  if (!host_list.empty() && host_list.find_first_not_of(',') != std::string::npos) add(c, "host", host_list);
  if (any_port) add(c, "port", port_list);
  for (std::size_t a = 0; a < query.size();) {
    std::size_t b = query.find('&', a);
    if (b == std::string_view::npos) b = query.size();
    std::string_view pair = query.substr(a, b - a);
    auto eq = pair.find('=');
    if (eq == std::string_view::npos) invalid();
    add(c, percent_decode(pair.substr(0, eq)), percent_decode(pair.substr(eq + 1)));
    a = b + 1;
  }
  return c;
}

bool space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

ConnInfo parse_keywords(std::string_view s) {
  ConnInfo c;
  std::size_t i = 0;
  auto skip = [&] {
    while (i < s.size() && space(s[i])) ++i;
  };
  for (skip(); i < s.size(); skip()) {
    std::size_t k = i;
    while (i < s.size() && !space(s[i]) && s[i] != '=') ++i;
    std::string key(s.substr(k, i - k));
    skip();
    if (i >= s.size() || s[i] != '=') invalid();
    ++i;
    skip();
    std::string value;
    if (i < s.size() && s[i] == '\'') {
      for (++i;; ++i) {
        if (i >= s.size()) invalid(MsgId::pg_conn_unterminated_quote);
        if (s[i] == '\'') break;
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        value += s[i];
      }
      ++i;
    } else {
      for (; i < s.size() && !space(s[i]); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        value += s[i];
      }
    }
    add(c, std::move(key), std::move(value));
  }
  if (c.params.empty()) invalid();
  return c;
}

// A value as key=value shows it: quoted when it needs to be.
std::string quoted(std::string_view v) {
  bool plain = !v.empty() && std::none_of(v.begin(), v.end(), [](char ch) {
    return space(ch) || ch == '\'' || ch == '\\';
  });
  if (plain) return std::string(v);
  std::string out = "'";
  for (char ch : v) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

// "a,b" -> {"a", "b"}; "" -> {}.
std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  if (list.empty()) return out;
  for (std::size_t a = 0;;) {
    std::size_t b = list.find(',', a);
    out.push_back(list.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) return out;
    a = b + 1;
  }
}

}  // namespace

bool is_secret_keyword(std::string_view key) {
  return key == "password" || key == "sslpassword";
}

std::string ConnInfo::get(std::string_view key) const {
  for (const auto& [k, v] : params)
    if (k == key) return v;
  return {};
}

std::string ConnInfo::redacted() const {
  auto shown = [](const std::string& key, const std::string& value) {
    return is_secret_keyword(key) ? std::string("***") : value;
  };
  if (!uri) {
    std::string out;
    for (const auto& [k, v] : params) out += (out.empty() ? "" : " ") + k + "=" + quoted(shown(k, v));
    return out;
  }
  std::string out = "postgresql://";
  std::string user = get("user");
  bool has_password = std::any_of(params.begin(), params.end(), [](const auto& p) { return p.first == "password"; });
  if (!user.empty() || has_password) out += percent_encode(user) + (has_password ? ":***" : "") + "@";
  std::vector<std::string> hosts = split(get("host")), ports = split(get("port"));
  for (std::size_t i = 0; i < std::max(hosts.size(), ports.size()); ++i) {
    std::string host = i < hosts.size() ? hosts[i] : "", port = i < ports.size() ? ports[i] : "";
    out += (i ? "," : "") + (host.find(':') != std::string::npos ? "[" + host + "]" : percent_encode(host));
    if (!port.empty()) out += ":" + port;
  }
  std::string db = get("dbname");
  if (!db.empty()) out += "/" + percent_encode(db);
  std::string query;
  for (const auto& [k, v] : params) {
    if (k == "user" || k == "password" || k == "host" || k == "port" || k == "dbname") continue;
    query += (query.empty() ? "?" : "&") + k + "=" + (is_secret_keyword(k) ? "***" : percent_encode(v));
  }
  return out + query;
}

ConnInfo parse_conninfo(std::string_view s) {
  for (std::string_view scheme : {"postgresql://", "postgres://"})
    if (s.substr(0, scheme.size()) == scheme) return parse_uri(s, scheme.size());
  return parse_keywords(s);
}

std::string redact_conninfo(std::string_view s) {
  try {
    return parse_conninfo(s).redacted();
  } catch (const Error&) {
    return "(--pg ***)";
  }
}

}  // namespace baocao::store
