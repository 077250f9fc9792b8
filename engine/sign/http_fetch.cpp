// See http_fetch.hpp.
#include "engine/sign/http_fetch.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>

#include <istream>
#include <stdexcept>

namespace baocao::sign {

namespace {

// A national CA's CRL runs to a few megabytes; nothing here is larger.
constexpr std::size_t kMaxAnswer = 32u << 20;

std::string exchange(const std::string& url, const std::string& method, const std::string& content_type,
                     std::string_view body) {
  try {
    Poco::URI uri(url);
    if (uri.getScheme() != "http") throw std::runtime_error("only http:// is supported: " + url);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest req(method, uri.getPathAndQuery().empty() ? "/" : uri.getPathAndQuery(),
                               Poco::Net::HTTPMessage::HTTP_1_1);
    if (!content_type.empty()) req.setContentType(content_type);
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(req).write(body.data(), static_cast<std::streamsize>(body.size()));
    Poco::Net::HTTPResponse resp;
    std::istream& in = session.receiveResponse(resp);
    std::string out;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      out.append(buf, static_cast<std::size_t>(in.gcount()));
      if (out.size() > kMaxAnswer) throw std::runtime_error("answer larger than 32 MiB");
    }
    if (resp.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
      throw std::runtime_error("HTTP " + std::to_string(static_cast<int>(resp.getStatus())));
    return out;
  } catch (const Poco::Exception& e) {
    throw std::runtime_error(e.displayText());
  }
}

}  // namespace

std::string http_get(const std::string& url) {
  return exchange(url, Poco::Net::HTTPRequest::HTTP_GET, "", {});
}

std::string http_post(const std::string& url, const std::string& content_type, std::string_view body) {
  return exchange(url, Poco::Net::HTTPRequest::HTTP_POST, content_type, body);
}

}  // namespace baocao::sign
