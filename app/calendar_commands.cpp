// `baocao calendar --year YYYY [--plan PLAN.json] [--units UNITS.csv]
//  [--submissions RECEIVED.csv]... [--scope CODE] [--today YYYY-MM-DD]`
// lists each deadline of the year, who reports to whom, and who is on time,
// late or still missing, and `baocao status [--period YYYY] [--deadline DATE]
// [--db PATH | --pg URI]` who submitted for a period, who is missing, who was
// late, with Vietnam times: the two views of engine/cycle/calendar.hpp.
#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/calendar.hpp"
#include "engine/cycle/result_text.hpp"

namespace baocao::app {

namespace {

class CalendarCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.year("year", MsgId::opt_year, o_.year, true)
        .text("plan", "FILE.json", MsgId::opt_plan, o_.plan)
        .text("units", "FILE.csv", MsgId::opt_units, o_.units)
        .text("submissions", "FILE.csv", MsgId::opt_submissions, o_.submissions)
        .text("scope", "CODE", MsgId::opt_scope, o_.scope)
        .date("today", MsgId::opt_today, o_.today);
    f.store(store_);
    f.unit_depth(o_.max_unit_depth);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.store_dir = store_.sqlite_dir();
    auto store = store_.open(true);
    cycle::SystemClock clock;
    const cycle::CalendarReport r = cycle::calendar(*store, clock, o_);
    ctx.print(cycle::calendar_lines(r, o_.year, ctx.lang));
    return 0;
  }

 private:
  cycle::StoreLocation store_;
  cycle::CalendarOptions o_;
};

class StatusCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.year("period", MsgId::opt_period, o_.period).date("deadline", MsgId::opt_deadline, o_.deadline);
    f.store(store_);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    auto store = store_.open(true);
    const cycle::StatusReport r = cycle::status(*store, o_);
    ctx.print(cycle::status_lines(r, o_, ctx.lang));
    return 0;
  }

 private:
  cycle::StoreLocation store_;
  cycle::StatusOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_calendar_command() {
  return std::make_unique<CalendarCommand>();
}

std::unique_ptr<Command> make_status_command() {
  return std::make_unique<StatusCommand>();
}

}  // namespace baocao::app
