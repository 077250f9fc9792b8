// `baocao calendar --year YYYY [--plan PLAN.json] [--units UNITS.csv]
//  [--submissions RECEIVED.csv]... [--scope CODE] [--today YYYY-MM-DD]`
// lists each deadline of the year, who reports to whom, and who is on time,
// late or still missing (engine/cycle/calendar.hpp).
#include "app/command.hpp"

#include <ostream>

#include "app/limit_options.hpp"
#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/calendar.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::app {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

class CalendarCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.value("year", "YYYY", MsgId::opt_year, [this](const std::string& v) { o_.year = parse_year_option("year", v); }, true)
        .text("plan", "FILE.json", MsgId::opt_plan, o_.plan)
        .text("units", "FILE.csv", MsgId::opt_units, o_.units)
        .text("submissions", "FILE.csv", MsgId::opt_submissions, o_.submissions)
        .text("scope", "CODE", MsgId::opt_scope, o_.scope)
        .value("today", "YYYY-MM-DD", MsgId::opt_today, [this](const std::string& v) { o_.today = parse_iso_date(v); });
    store_.flags(f);
    f.value("max-unit-depth", "N", MsgId::opt_max_unit_depth,
            [this](const std::string& v) { o_.max_unit_depth = parse_unit_depth("max-unit-depth", v); });
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.store_dir = store_.sqlite_dir();
    auto store = store_.open(true);
    cycle::SystemClock clock;
    const cycle::CalendarReport r = cycle::calendar(*store, clock, o_);
    const Lang lang = ctx.lang;
    ctx.out << message(lang, MsgId::calendar_heading, {std::to_string(o_.year), r.plan.plan.name}) << '\n'
            << message(lang, MsgId::calendar_window, {text::short_date(r.window.from), text::short_date(r.window.to)}) << "\n\n";
    for (const cycle::DeadlineStatus& d : r.deadlines) {
      std::vector<std::string> missing, late;
      for (const auto& s : d.states) {
        if (s.state == model::State::missing) missing.push_back(s.unit->name);
        if (s.state == model::State::late) late.push_back(s.unit->name + " (" + text::short_date(*s.received) + ")");
      }
      const DeadlineRule& rule = *d.deadline.rule;
      ctx.out << message(lang, MsgId::calendar_line,
                         {text::short_date(d.deadline.date), rule.from_level, rule.to, rule.what,
                          std::to_string(d.states.size()), std::to_string(d.on_time), std::to_string(d.late),
                          std::to_string(d.missing)})
              << '\n';
      if (!missing.empty()) ctx.out << "    " << message(lang, MsgId::calendar_missing, {join(missing)}) << '\n';
      if (!late.empty()) ctx.out << "    " << message(lang, MsgId::calendar_late, {join(late)}) << '\n';
      if (d.pending > 0)
        ctx.out << "    " << message(lang, MsgId::calendar_pending, {std::to_string(d.pending)}) << '\n';
    }
    return 0;
  }

 private:
  StoreOptions store_;
  cycle::CalendarOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_calendar_command() { return std::make_unique<CalendarCommand>(); }

}  // namespace baocao::app
