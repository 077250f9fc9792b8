// `baocao schedule`: flags into cycle::ScheduleOptions; the schedule itself
// (what is due, the lock, the journal) is engine/cycle/schedule.hpp.
#include "app/schedule_command.hpp"

#include <cstdlib>
#include <optional>

#include "app/run_command.hpp"
#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/schedule.hpp"

namespace baocao::app {

namespace {

class ScheduleCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang, true));
    o.addOption(value_option("out", "DIR", MsgId::opt_schedule_out, lang, true));
    o.addOption(value_option("now", "ISO-DATETIME", MsgId::opt_schedule_now, lang));
    o.addOption(value_option("lead-days", "N", MsgId::opt_schedule_lead_days, lang));
    o.addOption(Poco::Util::Option("wait", "", message(lang, MsgId::opt_schedule_wait)));
    o.addOption(Poco::Util::Option("dry-run", "", message(lang, MsgId::opt_schedule_dry_run)));
    define_run_content_options(o, lang);  // what each deadline's run reads
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value) || set_run_content_option(o_.run, fonts_, name, value)) return;
    if (name == "out") {
      o_.out = value;
    } else if (name == "plan") {
      o_.plan = value;
    } else if (name == "now") {
      now_ = cycle::parse_now(name, value);
    } else if (name == "lead-days") {
      int n = 0;
      for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
      if (value.empty() || n < 0 || n > 366)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "0..366"});
      o_.lead_days = n;
    } else if (name == "wait") {
      o_.wait = true;
    } else if (name == "dry-run") {
      o_.dry_run = true;
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (!now_) {
      const char* env = std::getenv("BAOCAO_NOW");
      now_ = env && *env ? cycle::parse_now("BAOCAO_NOW", env) : cycle::system_now();
    }
    o_.lang = ctx.lang;
    o_.run.store_dir = store_.sqlite_dir();
    o_.run.store_label = store_.label();
    cycle::FixedClock clock(*now_);
    return cycle::run_schedule([&] { return store_.open(true); }, clock, run_paths(fonts_), o_,
                               [&](const std::string& line) { ctx.err << line << '\n'; },
                               [&](const std::string& line) { ctx.out << line << '\n'; });
  }

 private:
  StoreOptions store_;
  cycle::ScheduleOptions o_;
  std::string fonts_;
  std::optional<cycle::LocalNow> now_;
};

}  // namespace

std::unique_ptr<Command> make_schedule_command() {
  return std::make_unique<ScheduleCommand>();
}

}  // namespace baocao::app
