// The server: Poco::Net::HTTPServer with a bounded thread pool and queue,
// one handler that answers every request through the route table below,
// the access log, and the job runner's thread.
#include "server/portal.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <fstream>
#include <ostream>
#include <thread>

#include "engine/core/data_dir.hpp"
#include "engine/core/diagnostic.hpp"
#include "server/html.hpp"
#include "server/instant.hpp"
#include "server/jobs.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

namespace {

namespace fs = std::filesystem;

enum class Access {
  open,     // anyone (the login page)
  session,  // any account
  unit,     // an account that sees the route's first {} unit, with the route's capability
  admin,    // an admin
};

using Handler = void (*)(Exchange&, const Params&);

struct Route {
  const char* method;
  const char* pattern;  // "{}" captures one path segment
  Access access;
  Capability capability;
  Handler handler;
  bool multipart = false;  // the handler reads the body and checks the CSRF token itself
};

const std::vector<Route>& routes() {
  using C = Capability;
  static const std::vector<Route> k = {
      {"GET", "/login", Access::open, C::submit, &login_page},
      {"POST", "/login", Access::open, C::submit, &login_submit},
      {"POST", "/logout", Access::session, C::submit, &logout_submit},
      {"GET", "/", Access::session, C::submit, &home_page},
      {"GET", "/unit/{}", Access::unit, C::submit, &unit_page},
      {"GET", "/unit/{}/form", Access::unit, C::submit, &form_download},
      {"POST", "/unit/{}/upload", Access::unit, C::submit, &upload_submit, true},
      {"GET", "/unit/{}/errors/{}", Access::unit, C::submit, &errors_download},
      {"GET", "/unit/{}/history", Access::unit, C::submit, &history_page},
      {"GET", "/unit/{}/deadlines", Access::unit, C::consolidate, &deadlines_page},
      {"GET", "/unit/{}/deadline/{}", Access::unit, C::consolidate, &deadline_page},
      {"POST", "/unit/{}/deadline/{}/run", Access::unit, C::consolidate, &run_submit},
      {"GET", "/unit/{}/deadline/{}/zip", Access::unit, C::consolidate, &deadline_zip},
      {"GET", "/unit/{}/job/{}", Access::unit, C::consolidate, &job_page},
      {"GET", "/unit/{}/document", Access::unit, C::documents, &document_download},
      {"GET", "/unit/{}/sign", Access::unit, C::sign, &sign_page},
      {"POST", "/unit/{}/sign", Access::unit, C::sign, &signed_upload_submit, true},
      {"GET", "/admin/users", Access::admin, C::submit, &admin_users_page},
      {"POST", "/admin/users", Access::admin, C::submit, &admin_user_add},
      {"POST", "/admin/users/{}", Access::admin, C::submit, &admin_user_change},
      {"GET", "/admin/audit", Access::admin, C::submit, &admin_audit_page},
      {"GET", "/admin/audit.csv", Access::admin, C::submit, &admin_audit_csv},
      {"GET", "/admin/import", Access::admin, C::submit, &admin_import_page},
      {"POST", "/admin/import", Access::admin, C::submit, &admin_import_submit, true},
      {"GET", "/admin/templates", Access::admin, C::submit, &admin_templates_page},
      {"POST", "/admin/templates", Access::admin, C::submit, &admin_template_upload, true},
  };
  return k;
}

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t a = 1;
  while (a <= path.size()) {
    std::size_t b = path.find('/', a);
    if (b == std::string::npos) b = path.size();
    out.push_back(path.substr(a, b - a));
    a = b + 1;
  }
  return out;
}

bool match(const char* pattern, const std::vector<std::string>& path, Params& params) {
  std::vector<std::string> want = segments(pattern);
  if (want.size() != path.size()) return false;
  Params got;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i] == "{}") {
      if (path[i].empty()) return false;
      got.push_back(path[i]);
    } else if (want[i] != path[i]) {
      return false;
    }
  }
  params = std::move(got);
  return true;
}

// Unit codes and ids in URLs: letters, digits, '-', '_', '.', as the
// store's codes and the portal's ids are; anything else is no unit.
bool plain_segment(const std::string& s) {
  if (s.empty() || s.size() > 64 || s == "." || s == "..") return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
          c == '.'))
      return false;
  return true;
}

const char* reason(int status) {
  return Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status))
      .c_str();
}

void error_page(Exchange& x, int status, const std::string& text) {
  Html b;
  b.raw("<section class=\"card\">").el("p", text, "class=\"error\"");
  b.raw("<p>").link("/", x.t(MsgId::portal_back_home)).raw("</p></section>");
  x.send_html(status, page(x, std::to_string(status) + " " + reason(status), b.str()));
}

// Signed in: the session's account, unless the session ended, expired or
// the account was disabled. A session is extended while it is used.
void load_session(Exchange& x) {
  std::string token = x.cookie("baocao_phien");
  if (token.empty() || token.size() > 100) return;
  auto lease = x.portal.pool.acquire();
  const std::int64_t now = unix_now();
  auto s = lease.portal().session(token_hash(token), utc_text(now));
  if (!s) return;
  auto a = lease.portal().account_by_id(s->user_id);
  if (!a || a->disabled) return;
  // Sliding expiry: extended when less than half of its time is left.
  if (s->expires_at < utc_text(now + kSessionSeconds / 2)) {
    s->expires_at = utc_text(now + kSessionSeconds);
    lease.portal().extend_session(s->token_hash, s->expires_at);
  }
  x.session = std::move(s);
  x.account = std::move(a);
}

void serve_static(Exchange& x, const std::string& name) {
  bool ok = plain_segment(name) && name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0;
  fs::path file = baocao::data_dir() / "web" / name;
  std::error_code ec;
  if (!ok || !fs::is_regular_file(file, ec)) not_found();
  std::ifstream in(file, std::ios::binary);
  std::string css((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  x.send_plain(200, css, "text/css; charset=utf-8", "public, max-age=3600");
}

void healthz(Exchange& x) {
  std::string body = "ok\n";
  int status = 200;
  try {
    auto lease = x.portal.pool.acquire();
    lease.store().schema_version();
  } catch (const std::exception&) {
    body = "store unavailable\n";
    status = 503;
  }
  x.send_plain(status, body, "text/plain; charset=utf-8", "no-store");
}

void dispatch(Exchange& x) {
  if (x.bad_uri) bad_request();
  if (x.path == "/healthz" && x.method == "GET") return healthz(x);
  const std::vector<std::string> parts = segments(x.path);
  if (parts.size() == 2 && parts[0] == "static" && x.method == "GET") return serve_static(x, parts[1]);

  // ?lang=en|vi on any page sets the language and shows the page again.
  if (x.method == "GET" && (x.query("lang") == "en" || x.query("lang") == "vi")) {
    x.set_cookie("baocao_lang", x.query("lang"), 365L * 24 * 3600);
    return x.redirect(x.path);
  }

  const Route* found = nullptr;
  bool other_method = false;
  Params params;
  for (const Route& r : routes())
    if (match(r.pattern, parts, params)) {
      if (x.method == r.method) {
        found = &r;
        break;
      }
      other_method = true;
    }
  if (found && found->access == Access::open) return found->handler(x, params);

  load_session(x);
  if (!x.account) {
    // Every page but the login page needs a session: show where to log in.
    std::string next = x.method == "GET" && found ? "?next=" + url_encode(x.path) : "";
    return x.redirect("/login" + next);
  }
  if (!found) throw HttpError{other_method ? 405 : 404, other_method ? MsgId::portal_bad_method : MsgId::portal_not_found};
  for (const std::string& p : params)
    if (!plain_segment(p)) not_found();
  if (found->access == Access::admin && x.account->role != "admin") forbidden();
  if (found->access == Access::unit) {
    auto units = x.portal.unit_snapshot();
    if (!sees(*units, *x.account, params.front())) not_found();
    if (!may(*x.account, found->capability)) forbidden();
  }
  if (x.method == "POST" && !found->multipart) x.check_csrf(x.form());
  found->handler(x, params);
}

class PortalHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit PortalHandler(PortalState& s) : s_(s) {}

  void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override {
    const auto started = std::chrono::steady_clock::now();
    Exchange x(req, resp, s_);
    try {
      dispatch(x);
    } catch (const HttpError& e) {
      answer_error(x, e.status, x.t(e.message, e.args));
    } catch (const Error& e) {
      answer_error(x, e.family() == ErrorFamily::output ? 503 : 500, e.render(x.lang));
    } catch (const Poco::Exception& e) {
      log_line("error " + e.displayText());
      answer_error(x, 500, x.t(MsgId::portal_internal_error));
    } catch (const std::exception& e) {
      log_line("error " + std::string(e.what()));
      answer_error(x, 500, x.t(MsgId::portal_internal_error));
    }
    access_log(x, std::chrono::steady_clock::now() - started);
  }

 private:
  void answer_error(Exchange& x, int status, const std::string& text) {
    // A body left unread (a refused upload) must not be taken for the next request.
    if (status == 413 || status == 400) x.response.setKeepAlive(false);
    // A browser still sending a refused body would see the connection reset
    // before it reads the answer: a modest rest is read and dropped first.
    if (status == 413) drain(x);
    if (x.answered()) return;  // too late: the headers are out
    try {
      error_page(x, status, text);
    } catch (const std::exception&) {
    }
  }

  static void drain(Exchange& x) {
    constexpr std::uint64_t kMost = 64ull << 20;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::istream& in = x.request.stream();
    char buf[1 << 16];
    std::uint64_t read = 0;
    try {
      while (read < kMost && std::chrono::steady_clock::now() < until && in.read(buf, sizeof buf).gcount() > 0)
        read += static_cast<std::uint64_t>(in.gcount());
    } catch (const std::exception&) {
    }
  }

  // "2025-12-08T10:00:00+07:00 127.0.0.1 nguyen.van.an "GET /unit/13285" 200 5123 12ms": never a
  // query string, a cookie or a form field (they may hold secrets or names).
  void access_log(const Exchange& x, std::chrono::steady_clock::duration took) {
    if (!s_.o.access_log) return;
    std::string user = x.user().empty() ? "-" : x.user();
    std::string path;
    for (char c : x.path) path += (static_cast<unsigned char>(c) < 0x20 || c == '"') ? '_' : c;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
    log_line(cycle::vietnam_time_of(utc_now()) + " " + x.address + " " + user + " \"" + x.method + " " + path +
             "\" " + std::to_string(x.status()) + " " + std::to_string(x.sent()) + " " + std::to_string(ms) + "ms");
  }

  void log_line(const std::string& line) {
    if (!s_.o.access_log) return;
    std::lock_guard<std::mutex> lock(s_.log_m);
    *s_.o.access_log << line << '\n' << std::flush;
  }

  PortalState& s_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(PortalState& s) : s_(s) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new PortalHandler(s_);
  }

 private:
  PortalState& s_;
};

}  // namespace

struct Portal::Running {
  Poco::ThreadPool threads;
  Poco::Net::ServerSocket socket;
  std::unique_ptr<Poco::Net::HTTPServer> http;
  std::unique_ptr<JobRunner> jobs;
  Running(int max_threads) : threads(2, max_threads) {}
};

Portal::Portal(PortalOptions options) : state_(std::make_unique<PortalState>(std::move(options))) {}

Portal::~Portal() {
  stop(5);
}

void Portal::start() {
  PortalOptions& o = state_->o;
  running_ = std::make_unique<Running>(o.threads);
  try {
    running_->socket.bind(Poco::Net::SocketAddress(o.host, static_cast<Poco::UInt16>(o.port)), true);
    running_->socket.listen(o.queue);
  } catch (const Poco::Exception& e) {
    running_.reset();
    fail(ErrorFamily::usage, MsgId::portal_cannot_listen, {o.host + ":" + std::to_string(o.port), e.displayText()});
  }
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(o.threads);
  params->setMaxQueued(o.queue);
  params->setKeepAlive(true);
  // An idle browser's connection holds a thread: let it go soon, and a
  // busy one after a while, so a few clients cannot keep the others waiting.
  params->setKeepAliveTimeout(Poco::Timespan(3, 0));
  params->setMaxKeepAliveRequests(50);
  params->setTimeout(Poco::Timespan(60, 0));  // a client silent this long is dropped
  params->setServerName("baocao");
  running_->http = std::make_unique<Poco::Net::HTTPServer>(new Factory(*state_), running_->threads, running_->socket,
                                                           params);
  running_->http->start();
  if (o.run_jobs) {
    running_->jobs = std::make_unique<JobRunner>(*state_);
    running_->jobs->start();
  }
}

int Portal::port() const {
  return running_ ? running_->socket.address().port() : 0;
}

void Portal::stop(int grace_seconds) {
  if (!running_) return;
  // No new connections; those open finish the request they are in.
  running_->http->stopAll(false);
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(grace_seconds);
  while (running_->http->currentConnections() > 0 && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (running_->jobs) running_->jobs->stop();
  running_->threads.joinAll();
  running_.reset();
}

PortalState::PortalState(PortalOptions options)
    : o(std::move(options)),
      pool(o.open_store, o.store_connections ? o.store_connections : std::min<std::size_t>(static_cast<std::size_t>(o.threads) + 2, 32)) {
  if (!o.clock) o.clock = std::make_shared<cycle::SystemClock>();
  if (o.instance.empty()) {
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    o.instance = std::string(host) + ":" + std::to_string(getpid());
  }
}

PortalState::~PortalState() = default;

fs::path PortalState::private_dir(const std::string& name) const {
  fs::path dir = o.out / ".portal" / name;
  std::error_code ec;
  fs::create_directories(dir, ec);
  return dir;
}

void PortalState::audit(const Exchange& x, const std::string& action, const std::string& unit,
                        const std::string& detail) {
  auto lease = pool.acquire();
  lease.portal().audit({0, utc_now(), x.user(), x.address, action, unit, detail});
}

}  // namespace baocao::server
