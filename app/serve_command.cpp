// `baocao serve`: flags (and the configuration file's keys) into the
// portal's options, then serves until SIGTERM or SIGINT, which let the
// requests in flight finish before the program exits.
#include "app/serve_command.hpp"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <pthread.h>

#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/cycle/reference_data.hpp"
#include "server/portal.hpp"

namespace baocao::app {

namespace {

int parse_count(const std::string& name, const std::string& value, int low, int high) {
  try {
    std::size_t used = 0;
    int v = std::stoi(value, &used);
    if (used == value.size() && v >= low && v <= high) return v;
  } catch (const std::exception&) {
  }
  fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, std::to_string(low) + "-" + std::to_string(high)});
}

class ServeCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("listen", "HOST:PORT", MsgId::opt_serve_listen, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("out", "DIR", MsgId::opt_serve_out, lang));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang));
    o.addOption(value_option("vars", "VARS.json", MsgId::opt_vars, lang));
    o.addOption(value_option("trust", "CA.pem", MsgId::opt_serve_trust, lang));
    o.addOption(value_option("threads", "N", MsgId::opt_serve_threads, lang));
    o.addOption(value_option("max-upload-mb", "N", MsgId::opt_serve_max_upload, lang));
    o.addOption(value_option("access-log", "FILE", MsgId::opt_serve_access_log, lang));
    o.addOption(value_option("now", "ISO-DATETIME", MsgId::opt_schedule_now, lang));
    o.addOption(Poco::Util::Option("no-jobs", "", message(lang, MsgId::opt_serve_no_jobs)));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "listen") {
      auto colon = value.rfind(':');
      if (colon == std::string::npos || colon == 0)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "HOST:PORT"});
      o_.host = value.substr(0, colon);
      if (o_.host.size() > 2 && o_.host.front() == '[' && o_.host.back() == ']') o_.host = o_.host.substr(1, o_.host.size() - 2);
      o_.port = parse_count(name, value.substr(colon + 1), 0, 65535);
    } else if (name == "out") {
      o_.out = value;
    } else if (name == "plan") {
      o_.plan = value;
    } else if (name == "vars") {
      o_.vars = value;
    } else if (name == "trust") {
      o_.trust = value;
    } else if (name == "threads") {
      o_.threads = parse_count(name, value, 1, 256);
    } else if (name == "max-upload-mb") {
      o_.max_upload_bytes = static_cast<std::size_t>(parse_count(name, value, 1, 1024)) << 20;
    } else if (name == "access-log") {
      access_log_ = value;
    } else if (name == "now") {
      now_ = value;
    } else if (name == "no-jobs") {
      o_.run_jobs = false;
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (o_.out.empty()) o_.out = "bao-cao";
    std::error_code ec;
    std::filesystem::create_directories(o_.out, ec);
    if (!std::filesystem::is_directory(o_.out, ec))
      fail(ErrorFamily::output, MsgId::file_write_failed, {o_.out.string(), ec.message()});
    o_.out = std::filesystem::absolute(o_.out);
    {
      // Opened once here: a wrong path or URI stops the program at once,
      // the schema is migrated, and the reference data is in place.
      auto store = store_.open();
      cycle::ensure_reference_data(*store);
    }
    StoreOptions store = store_;
    o_.open_store = [store] { return store.open(); };
    o_.store_dir = store_.sqlite_dir();
    o_.lang = ctx.lang;
    const char* env = std::getenv("BAOCAO_NOW");
    if (!now_.empty() || (env && *env))
      o_.clock = std::make_shared<cycle::FixedClock>(cycle::parse_now(now_.empty() ? "BAOCAO_NOW" : "now",
                                                                      now_.empty() ? env : now_));
    std::ofstream log_file;
    if (!access_log_.empty()) {
      log_file.open(access_log_, std::ios::app);
      if (!log_file) fail(ErrorFamily::output, MsgId::file_write_failed, {access_log_, "open"});
      o_.access_log = &log_file;
    } else {
      o_.access_log = &ctx.err;
    }

    // Every thread the portal starts inherits this mask: the signals wait for sigwait below.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    server::Portal portal(o_);
    portal.start();
    ctx.out << message(ctx.lang, MsgId::serve_listening,
                       {"http://" + (o_.host.find(':') != std::string::npos ? "[" + o_.host + "]" : o_.host) + ":" +
                            std::to_string(portal.port()),
                        store_.label(), o_.out.string()})
            << std::endl;
    int signal = 0;
    sigwait(&stop_signals, &signal);
    ctx.out << message(ctx.lang, MsgId::serve_stopping) << std::endl;
    portal.stop();
    return 0;
  }

 private:
  StoreOptions store_;
  server::PortalOptions o_;
  std::string access_log_, now_;
};

}  // namespace

std::unique_ptr<Command> make_serve_command() {
  return std::make_unique<ServeCommand>();
}

}  // namespace baocao::app
