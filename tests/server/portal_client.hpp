// A small browser for the portal's tests: Poco's HTTPClientSession against a
// server on loopback, with a cookie jar, forms (urlencoded and multipart)
// and the CSRF token read from the page like a browser submits it.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace baocao::test {

struct Reply {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // names in lower case; the last value of each
  std::vector<std::string> set_cookies;         // every Set-Cookie, as sent
  std::string location() const;
  std::string header(const std::string& name) const;
};

using Fields = std::vector<std::pair<std::string, std::string>>;

struct FilePart {
  std::string field, filename, bytes, content_type = "application/octet-stream";
};

class PortalClient {
 public:
  explicit PortalClient(int port) : port_(port) {}

  Reply get(const std::string& path);
  Reply post(const std::string& path, const Fields& fields);
  Reply post_multipart(const std::string& path, const Fields& fields, const FilePart& file);
  // A raw request (method, path, headers, body as given), for bodies no form sends.
  Reply send(const std::string& method, const std::string& path, const std::string& body,
             const std::string& content_type, const std::map<std::string, std::string>& headers = {});
  // GET /login, then POST it with the page's token; the reply to the POST.
  Reply login(const std::string& name, const std::string& password);
  // The session's token as the last page showed it (the first hidden "csrf" input).
  std::string csrf(const std::string& page_path);

  std::map<std::string, std::string> cookies;

 private:
  Reply exchange(const std::string& method, const std::string& path, const std::string& body,
                 const std::string& content_type, const std::map<std::string, std::string>& extra);
  int port_;
};

// The value of the first hidden input `name` of a page.
std::string input_value(const std::string& html, const std::string& name);

}  // namespace baocao::test
