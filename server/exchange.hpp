// One request and its response, as every page handler sees them: the
// request's method, path, query and form, who asks (session, account, from
// which address, over TLS or not), in which language, and how to answer.
// Handlers signal refusals by throwing HttpError.
#pragma once

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/store/portal_store.hpp"

namespace baocao::server {

struct PortalState;

// A refusal: its HTTP status and the message of its page.
struct HttpError {
  int status;
  MsgId message;
  std::vector<std::string> args = {};
};
[[noreturn]] void not_found();
[[noreturn]] void forbidden();
[[noreturn]] void bad_request(MsgId message = MsgId::portal_bad_request, std::vector<std::string> args = {});

class Exchange {
 public:
  Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response, PortalState& portal);

  Poco::Net::HTTPServerRequest& request;
  Poco::Net::HTTPServerResponse& response;
  PortalState& portal;

  std::string method, path;
  bool bad_uri = false;  // the request line's URI could not be parsed
  std::string address;  // the client's, through a trusted proxy
  bool tls = false;     // served over TLS (by a trusted proxy)
  Lang lang = Lang::vi;
  std::optional<store::SessionRow> session;
  std::optional<store::Account> account;

  std::string query(const std::string& name) const;
  std::string cookie(const std::string& name) const;
  std::string t(MsgId id, const std::vector<std::string>& args = {}) const { return message(lang, id, args); }
  // The account's name, or "" before login.
  std::string user() const { return account ? account->name : std::string(); }

  // An application/x-www-form-urlencoded body, at most the options' form
  // bytes (HttpError 413 beyond), read once.
  const Poco::Net::HTMLForm& form();
  // 403 unless the form's "csrf" is the session's token.
  void check_csrf(const Poco::Net::HTMLForm& form) const;

  // Responses. Every page is sent with headers that keep it out of frames
  // and caches and forbid scripts.
  void send_html(int status, std::string_view html);
  void redirect(const std::string& location);  // 303 See Other
  // A body that is not a page (the health check, the style sheet).
  void send_plain(int status, std::string_view body, const std::string& content_type, const std::string& cache_control);
  // `filename`: the name the browser saves it under; `inline_view` shows it in the page instead.
  void send_bytes(std::string_view bytes, const std::string& content_type, const std::string& filename,
                  bool inline_view = false);
  void send_file(const std::filesystem::path& file, const std::string& content_type, const std::string& filename,
                 bool inline_view = false);
  // A cookie for this site only (HttpOnly, SameSite=Strict, Secure over TLS); max_age < 0: until the browser closes.
  void set_cookie(const std::string& name, const std::string& value, long max_age = -1);

  int status() const { return status_; }
  std::uint64_t sent() const { return sent_; }
  bool answered() const { return status_ != 0; }

 private:
  void common_headers(const std::string& content_type);
  std::map<std::string, std::string> query_;
  std::optional<Poco::Net::HTMLForm> form_;
  int status_ = 0;
  std::uint64_t sent_ = 0;
};

// The file name a download may have: no directory part, no control
// characters; for Content-Disposition.
std::string disposition(const std::string& filename, bool inline_view);

}  // namespace baocao::server
