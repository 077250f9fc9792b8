#include "server/serve_job.hpp"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <memory>
#include <pthread.h>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/cycle/reference_data.hpp"
#include "data-adapters/store/poco_portal_store.hpp"
#include "server/accounts.hpp"
#include "server/instant.hpp"
#include "server/portal.hpp"

namespace baocao::server {

namespace {

int parse_port(const std::string& value, const std::string& whole) {
  int port = -1;
  for (char c : value) port = (c >= '0' && c <= '9' && port < 100000) ? std::max(port, 0) * 10 + (c - '0') : 100000;
  if (value.empty() || port < 0 || port > 65535)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"listen", whole, "HOST:PORT"});
  return port;
}

}  // namespace

void set_listen(PortalOptions& o, const std::string& value) {
  auto colon = value.rfind(':');
  if (colon == std::string::npos || colon == 0)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"listen", value, "HOST:PORT"});
  o.host = value.substr(0, colon);
  if (o.host.size() > 2 && o.host.front() == '[' && o.host.back() == ']') o.host = o.host.substr(1, o.host.size() - 2);
  o.port = parse_port(value.substr(colon + 1), value);
}

void serve(ServeJob job, std::ostream& out, std::ostream& err, Lang lang) {
  PortalOptions& o = job.portal;
  if (o.out.empty()) o.out = "bao-cao";
  std::error_code ec;
  std::filesystem::create_directories(o.out, ec);
  if (!std::filesystem::is_directory(o.out, ec))
    fail(ErrorFamily::output, MsgId::file_write_failed, {o.out.string(), ec.message()});
  o.out = std::filesystem::absolute(o.out);
  {
    // Opened once here: a wrong path or URI stops the program at once,
    // the schema is migrated, and the reference data is in place.
    auto store = job.store.open();
    cycle::ensure_reference_data(*store);
  }
  const cycle::StoreLocation where = job.store;
  o.open_store = [where] { return where.open(); };
  o.store_dir = job.store.sqlite_dir();
  o.lang = lang;
  const char* env = std::getenv("BAOCAO_NOW");
  if (!job.now.empty() || (env && *env))
    o.clock = std::make_shared<cycle::FixedClock>(
        cycle::parse_now(job.now.empty() ? "BAOCAO_NOW" : "now", job.now.empty() ? env : job.now));
  std::ofstream log_file;
  if (!job.access_log.empty()) {
    log_file.open(job.access_log, std::ios::app);
    if (!log_file) fail(ErrorFamily::output, MsgId::file_write_failed, {job.access_log, "open"});
    o.access_log = &log_file;
  } else {
    o.access_log = &err;
  }

  // Every thread the portal starts inherits this mask: the signals wait for sigwait below.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Portal portal(o);
  portal.start();
  const std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  out << message(lang, MsgId::serve_listening,
                 {"http://" + host + ":" + std::to_string(portal.port()), job.store.label(), o.out.string()})
      << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  out << message(lang, MsgId::serve_stopping) << std::endl;
  portal.stop();
}

std::vector<std::string> run_account_job(const AccountJob& job, const std::vector<std::string>& args, Lang lang) {
  if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"add|list|disable|enable|reset"});
  const std::string& what = args[0];
  auto need_name = [&] {
    if (args.size() < 2) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"NAME"});
    if (args.size() > 2) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[2]});
    return args[1];
  };
  auto password = [&] {
    if (job.password_env.empty()) return job.ask_password();
    const char* v = std::getenv(job.password_env.c_str());
    if (!v) fail(ErrorFamily::usage, MsgId::sign_pass_env_missing, {job.password_env});
    return std::string(v);
  };
  auto store = job.store.open();
  auto portal = store::portal_store_of(*store);
  if (what == "list") {
    if (args.size() > 1) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[1]});
    std::vector<std::string> lines;
    for (const auto& a : portal->accounts()) {
      std::ostringstream line;
      line << std::left << std::setw(24) << a.name << ' ' << std::setw(13) << a.role << ' ' << std::setw(8)
           << a.unit_code << ' ' << message(lang, a.disabled ? MsgId::portal_user_disabled : MsgId::portal_user_active);
      lines.push_back(line.str());
    }
    return lines;
  }
  if (what == "add") {
    const std::string name = need_name();
    if (job.role.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"--role"});
    if (job.unit.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"--unit"});
    cycle::ensure_reference_data(*store);
    add_account(*store, *portal, name, job.role, job.unit, password(), utc_now());
    return {message(lang, MsgId::portal_user_added, {name})};
  }
  if (what == "disable" || what == "enable") {
    const std::string name = need_name();
    set_disabled(*portal, name, what == "disable");
    return {message(lang, MsgId::portal_user_changed, {name})};
  }
  if (what == "reset") {
    const std::string name = need_name();
    reset_password(*portal, name, password());
    return {message(lang, MsgId::portal_user_changed, {name})};
  }
  fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {what});
}

}  // namespace baocao::server
