// Logging in and out. The login form carries a token also set as a cookie
// (a session does not exist yet to hold one). Failed logins are counted in
// the store per account and per address, across instances: the 50th wrong
// password within an hour locks the account for 15 minutes (the 100th from
// one address locks the address), and while locked nothing is checked.
#include <Poco/Net/HTMLForm.h>

#include "server/html.hpp"
#include "server/instant.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

namespace {

constexpr int kAccountFailures = 50;
constexpr int kAddressFailures = 100;
constexpr std::int64_t kFailureWindow = 3600;
constexpr std::int64_t kLockSeconds = 15 * 60;

// Where to go after logging in: a path of this site only.
std::string safe_next(const std::string& next) {
  if (next.size() < 1 || next.size() > 512 || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\')))
    return "/";
  for (char c : next)
    if (static_cast<unsigned char>(c) < 0x21 || c == '\\') return "/";
  return next;
}

void show_login(Exchange& x, int status, const std::string& problem, const std::string& next,
                const std::string& name = "") {
  std::string token = x.cookie("baocao_csrf");
  if (token.size() != 43) {
    token = random_token();
    x.set_cookie("baocao_csrf", token);
  }
  Html b;
  b.raw("<section class=\"card narrow\">");
  if (!problem.empty()) b.el("p", problem, "class=\"error\" role=\"alert\"");
  b.raw("<form method=\"post\" action=\"/login\">");
  b.raw("<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">");
  b.raw("<input type=\"hidden\" name=\"next\" value=\"" + esc(safe_next(next)) + "\">");
  b.raw("<label for=\"name\">").text(x.t(MsgId::portal_login_name)).raw("</label>");
  b.raw("<input id=\"name\" name=\"name\" autocomplete=\"username\" required maxlength=\"64\" value=\"" + esc(name) +
        "\">");
  b.raw("<label for=\"password\">").text(x.t(MsgId::portal_login_password)).raw("</label>");
  b.raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required "
        "maxlength=\"1024\">");
  b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_login_button)).raw("</button></form>");
  b.el("p", x.t(MsgId::portal_login_help), "class=\"hint\"");
  b.raw("</section>");
  x.send_html(status, page(x, x.t(MsgId::portal_login_title), b.str()));
}

}  // namespace

void login_page(Exchange& x, const Params&) {
  show_login(x, 200, "", x.query("next"));
}

void login_submit(Exchange& x, const Params&) {
  const Poco::Net::HTMLForm& f = x.form();
  const std::string cookie = x.cookie("baocao_csrf");
  if (cookie.size() != 43 || !same_secret(f.get("csrf", ""), cookie)) throw HttpError{403, MsgId::portal_csrf};
  const std::string name = f.get("name", "").substr(0, 64);
  const std::string password = f.get("password", "");
  const std::string next = f.get("next", "/");
  const std::int64_t now = unix_now();
  const std::string now_text = utc_text(now);
  const std::string user_subject = "user:" + name, address_subject = "addr:" + x.address;

  auto lease = x.portal.pool.acquire();
  store::PortalStore& p = lease.portal();
  for (const std::string& subject : {address_subject, user_subject}) {
    store::LoginFailures f = p.login_failures(subject);
    if (!f.locked_until.empty() && f.locked_until > now_text) {
      p.audit({0, now_text, "", x.address, "login_locked", "", name});
      return show_login(x, 429, x.t(MsgId::portal_login_locked, {vietnam_display(f.locked_until)}), next, name);
    }
  }
  auto account = p.account(name);
  const bool usable = account && !account->disabled;
  // An unknown or disabled name is checked against a decoy hash: it answers as slowly.
  if (!verify_password(usable ? account->password_hash : std::string(), password) || !usable) {
    const std::string window = utc_text(now - kFailureWindow), lock = utc_text(now + kLockSeconds);
    store::LoginFailures u = p.record_login_failure(user_subject, now_text, window, kAccountFailures, lock);
    p.record_login_failure(address_subject, now_text, window, kAddressFailures, lock);
    p.audit({0, now_text, "", x.address, "login_failed", "", name});
    if (!u.locked_until.empty() && u.locked_until > now_text)
      return show_login(x, 429, x.t(MsgId::portal_login_locked, {vietnam_display(u.locked_until)}), next, name);
    return show_login(x, 401, x.t(MsgId::portal_login_wrong), next, name);
  }
  p.clear_login_failures(user_subject);
  std::string token = random_token();
  store::SessionRow s{token_hash(token), account->id, random_token(), now_text, utc_text(now + kSessionSeconds),
                      x.address};
  p.put_session(s);
  p.delete_expired_sessions(now_text);
  p.audit({0, now_text, account->name, x.address, "login", account->unit_code, ""});
  x.set_cookie("baocao_phien", token);
  x.set_cookie("baocao_csrf", "", 0);
  x.redirect(safe_next(next) == "/" ? home_of(*account) : safe_next(next));
}

void logout_submit(Exchange& x, const Params&) {
  {
    auto lease = x.portal.pool.acquire();
    lease.portal().delete_session(x.session->token_hash);
    lease.portal().audit({0, utc_now(), x.user(), x.address, "logout", x.account->unit_code, ""});
  }
  x.set_cookie("baocao_phien", "", 0);
  x.redirect("/login");
}

void home_page(Exchange& x, const Params&) {
  x.redirect(home_of(*x.account));
}

}  // namespace baocao::server
