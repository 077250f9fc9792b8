#include "tests/server/portal_client.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Exception.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <algorithm>
#include <sstream>

namespace baocao::test {

std::string Reply::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Reply::location() const {
  return header("location");
}

std::string input_value(const std::string& html, const std::string& name) {
  const std::string key = "name=\"" + name + "\" value=\"";
  auto at = html.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  return html.substr(at, html.find('"', at) - at);
}

Reply PortalClient::exchange(const std::string& method, const std::string& path, const std::string& body,
                             const std::string& content_type, const std::map<std::string, std::string>& extra) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
  session.setTimeout(Poco::Timespan(120, 0));
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  std::string jar;
  for (const auto& [k, v] : cookies) jar += (jar.empty() ? "" : "; ") + k + "=" + v;
  if (!jar.empty()) req.set("Cookie", jar);
  for (const auto& [k, v] : extra) req.set(k, v);
  if (method == "POST" || !body.empty()) {
    req.setContentType(content_type);
    req.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  Reply r;
  Poco::Net::HTTPResponse resp;
  try {
    std::ostream& out = session.sendRequest(req);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    std::istream& in = session.receiveResponse(resp);
    std::ostringstream s;
    Poco::StreamCopier::copyStream(in, s);
    r.body = s.str();
  } catch (const Poco::IOException&) {
    // A server that answers before reading a refused body may reset the
    // connection while the body is still being sent: read what it said.
    try {
      std::istream& in = session.receiveResponse(resp);
      std::ostringstream s;
      Poco::StreamCopier::copyStream(in, s);
      r.body = s.str();
    } catch (const Poco::Exception&) {
      r.status = -1;
      return r;
    }
  }
  r.status = resp.getStatus();
  for (const auto& [k, v] : resp) {
    std::string name = k;
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    r.headers[name] = v;
    if (name == "set-cookie") {
      r.set_cookies.push_back(v);
      std::string pair = v.substr(0, v.find(';'));
      std::string cname = pair.substr(0, pair.find('=')), cvalue = pair.substr(pair.find('=') + 1);
      if (v.find("Max-Age=0") != std::string::npos)
        cookies.erase(cname);
      else
        cookies[cname] = cvalue;
    }
  }
  return r;
}

Reply PortalClient::get(const std::string& path) {
  return exchange("GET", path, "", "", {});
}

Reply PortalClient::send(const std::string& method, const std::string& path, const std::string& body,
                         const std::string& content_type, const std::map<std::string, std::string>& headers) {
  return exchange(method, path, body, content_type, headers);
}

Reply PortalClient::post(const std::string& path, const Fields& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    std::string ek, ev;
    Poco::URI::encode(k, "&=+;%", ek);
    Poco::URI::encode(v, "&=+;%", ev);
    body += (body.empty() ? "" : "&") + ek + "=" + ev;
  }
  return exchange("POST", path, body, "application/x-www-form-urlencoded", {});
}

Reply PortalClient::post_multipart(const std::string& path, const Fields& fields, const FilePart& file) {
  const std::string boundary = "----baocao-test-7f3a9c";
  std::string body;
  for (const auto& [k, v] : fields)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
  if (!file.field.empty())
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field + "\"; filename=\"" +
            file.filename + "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" + file.bytes + "\r\n";
  body += "--" + boundary + "--\r\n";
  return exchange("POST", path, body, "multipart/form-data; boundary=" + boundary, {});
}

Reply PortalClient::login(const std::string& name, const std::string& password) {
  Reply page = get("/login");
  return post("/login", {{"csrf", input_value(page.body, "csrf")}, {"name", name}, {"password", password}, {"next", "/"}});
}

std::string PortalClient::csrf(const std::string& page_path) {
  return input_value(get(page_path).body, "csrf");
}

}  // namespace baocao::test
