#include "server/exchange.hpp"

#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>

#include <algorithm>
#include <fstream>

#include "server/limited_input.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

void not_found() {
  throw HttpError{404, MsgId::portal_not_found};
}
void forbidden() {
  throw HttpError{403, MsgId::portal_forbidden};
}
void bad_request(MsgId message, std::vector<std::string> args) {
  throw HttpError{400, message, std::move(args)};
}

namespace {

std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t");
  auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Exchange::Exchange(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp, PortalState& p)
    : request(req), response(resp), portal(p) {
  method = req.getMethod();
  lang = p.o.lang;
  address = req.clientAddress().host().toString();
  const auto& proxies = p.o.trusted_proxies;
  if (std::find(proxies.begin(), proxies.end(), address) != proxies.end()) {
    // nginx appends the client it saw last: the rightmost entry.
    std::string forwarded = req.get("X-Forwarded-For", "");
    if (!forwarded.empty()) address = trim(forwarded.substr(forwarded.rfind(',') + 1));
    tls = req.get("X-Forwarded-Proto", "") == "https";
  }
  Poco::URI uri;
  try {
    uri = Poco::URI(req.getURI());
    path = uri.getPath();
    for (const auto& [k, v] : uri.getQueryParameters()) query_.emplace(k, v);
  } catch (const Poco::Exception&) {
    path = "/";
    bad_uri = true;
  }
  std::string l = cookie("baocao_lang");
  if (l == "en") lang = Lang::en;
  if (l == "vi") lang = Lang::vi;
}

std::string Exchange::query(const std::string& name) const {
  auto it = query_.find(name);
  return it == query_.end() ? std::string() : it->second;
}

std::string Exchange::cookie(const std::string& name) const {
  Poco::Net::NameValueCollection cookies;
  request.getCookies(cookies);
  return cookies.get(name, "");
}

const Poco::Net::HTMLForm& Exchange::form() {
  if (form_) return *form_;
  if (request.getContentLength() != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      request.getContentLength64() > static_cast<Poco::Int64>(portal.o.max_form_bytes))
    throw HttpError{413, MsgId::portal_too_large, {std::to_string(portal.o.max_form_bytes / 1024) + " KiB"}};
  if (request.getContentType().rfind("multipart/", 0) == 0) bad_request();
  LimitedInput bounded(request.stream(), portal.o.max_form_bytes);
  std::istream in(&bounded);
  form_.emplace();
  form_->setFieldLimit(50);
  try {
    form_->load(request, in);
  } catch (const Poco::Exception&) {
    throw HttpError{400, MsgId::portal_bad_request};
  }
  if (bounded.exceeded())
    throw HttpError{413, MsgId::portal_too_large, {std::to_string(portal.o.max_form_bytes / 1024) + " KiB"}};
  return *form_;
}

void Exchange::check_csrf(const Poco::Net::HTMLForm& f) const {
  if (!session || !same_secret(f.get("csrf", ""), session->csrf)) throw HttpError{403, MsgId::portal_csrf};
}

void Exchange::common_headers(const std::string& content_type) {
  response.setContentType(content_type);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "same-origin");
  response.set("Cache-Control", "no-store");
}

void Exchange::send_html(int status, std::string_view html) {
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  common_headers("text/html; charset=utf-8");
  response.set("Content-Security-Policy",
               "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; "
               "frame-ancestors 'none'; base-uri 'none'");
  response.set("X-Frame-Options", "DENY");
  response.setContentLength64(static_cast<Poco::Int64>(html.size()));
  response.send().write(html.data(), static_cast<std::streamsize>(html.size()));
  status_ = status;
  sent_ = html.size();
}

void Exchange::send_plain(int status, std::string_view body, const std::string& content_type,
                          const std::string& cache_control) {
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  common_headers(content_type);
  response.set("Cache-Control", cache_control);
  response.setContentLength64(static_cast<Poco::Int64>(body.size()));
  response.send().write(body.data(), static_cast<std::streamsize>(body.size()));
  status_ = status;
  sent_ = body.size();
}

void Exchange::redirect(const std::string& location) {
  response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SEE_OTHER);
  response.set("Location", location);
  response.set("Cache-Control", "no-store");
  response.setContentLength(0);
  response.send();
  status_ = 303;
}

std::string disposition(const std::string& filename, bool inline_view) {
  std::string name = filename.substr(filename.find_last_of("/\\") == std::string::npos
                                         ? 0
                                         : filename.find_last_of("/\\") + 1);
  std::string ascii;
  for (unsigned char c : name)
    ascii += (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c >= 0x80) ? '_' : static_cast<char>(c);
  std::string out = std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii + "\"";
  if (ascii != name) {
    // RFC 6266: the UTF-8 name for browsers that read it.
    static const char* hex = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char c : name) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
          c == '_')
        encoded += static_cast<char>(c);
      else if (c >= 0x20 && c != 0x7f)
        encoded += std::string("%") + hex[c >> 4] + hex[c & 15];
    }
    out += "; filename*=UTF-8''" + encoded;
  }
  return out;
}

void Exchange::send_bytes(std::string_view bytes, const std::string& content_type, const std::string& filename,
                          bool inline_view) {
  response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
  common_headers(content_type);
  response.set("Content-Disposition", disposition(filename, inline_view));
  // A PDF shown inside the portal's own page (the leader's preview).
  response.set("X-Frame-Options", inline_view ? "SAMEORIGIN" : "DENY");
  response.set("Content-Security-Policy", inline_view ? "frame-ancestors 'self'" : "frame-ancestors 'none'");
  response.setContentLength64(static_cast<Poco::Int64>(bytes.size()));
  response.send().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  status_ = 200;
  sent_ = bytes.size();
}

void Exchange::send_file(const std::filesystem::path& file, const std::string& content_type,
                         const std::string& filename, bool inline_view) {
  std::ifstream in(file, std::ios::binary);
  if (!in) not_found();
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  if (ec) not_found();
  response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
  common_headers(content_type);
  response.set("Content-Disposition", disposition(filename, inline_view));
  response.set("X-Frame-Options", inline_view ? "SAMEORIGIN" : "DENY");
  response.set("Content-Security-Policy", inline_view ? "frame-ancestors 'self'" : "frame-ancestors 'none'");
  response.setContentLength64(static_cast<Poco::Int64>(size));
  std::ostream& out = response.send();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out.write(buf, in.gcount());
    sent_ += static_cast<std::uint64_t>(in.gcount());
  }
  status_ = 200;
}

void Exchange::set_cookie(const std::string& name, const std::string& value, long max_age) {
  std::string c = name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (max_age >= 0) c += "; Max-Age=" + std::to_string(max_age);
  if (tls) c += "; Secure";
  response.add("Set-Cookie", c);
}

}  // namespace baocao::server
