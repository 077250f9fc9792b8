// `baocao schedule`: flags into cycle::ScheduleOptions; the schedule itself
// (what is due, the lock, the journal) is engine/cycle/schedule.hpp.
#include <cstdlib>
#include <optional>

#include "app/flags.hpp"
#include "app/run_command.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/schedule.hpp"

namespace baocao::app {

namespace {

class ScheduleCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto now = [this](const std::string& v) { now_ = cycle::parse_now("now", v); };
    auto lead_days = [this](const std::string& v) {
      o_.lead_days = parse_bounded("lead-days", v, 0, 366, "0..366");
    };
    f.store(store_);
    f.text("plan", "FILE.json", MsgId::opt_plan, o_.plan, true)
        .text("out", "DIR", MsgId::opt_schedule_out, o_.out, true)
        .value("now", "ISO-DATETIME", MsgId::opt_schedule_now, now)
        .value("lead-days", "N", MsgId::opt_schedule_lead_days, lead_days)
        .flag("wait", MsgId::opt_schedule_wait, o_.wait)
        .flag("dry-run", MsgId::opt_schedule_dry_run, o_.dry_run);
    run_content_flags(f, o_.run, fonts_);  // what each deadline's run reads
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
  cycle::StoreLocation store_;
  cycle::ScheduleOptions o_;
  std::string fonts_;
  std::optional<cycle::LocalNow> now_;
};

}  // namespace

std::unique_ptr<Command> make_schedule_command() {
  return std::make_unique<ScheduleCommand>();
}

}  // namespace baocao::app
