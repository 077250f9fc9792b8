// `baocao calendar`: each deadline of the plan in a year with who is on
// time, late or missing (engine/cycle/calendar.hpp), printed.
#include "app/calendar_command.hpp"

#include <cstdio>
#include <ostream>

#include "app/limit_options.hpp"
#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/calendar.hpp"
#include "engine/model/levels.hpp"

namespace baocao::app {

namespace {

std::string ddmmyyyy(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

class CalendarCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("year", "YYYY", MsgId::opt_year, lang, true));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang));
    o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang));
    o.addOption(value_option("submissions", "FILE.csv", MsgId::opt_submissions, lang).repeatable(true));
    o.addOption(value_option("scope", "CODE", MsgId::opt_scope, lang));
    o.addOption(value_option("today", "YYYY-MM-DD", MsgId::opt_today, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("max-unit-depth", "N", MsgId::opt_max_unit_depth, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "year") o_.year = parse_year_option(name, value);
    if (name == "plan") o_.plan = value;
    if (name == "units") o_.units = value;
    if (name == "submissions") o_.submissions.push_back(value);
    if (name == "scope") o_.scope = value;
    if (name == "today") o_.today = parse_iso_date(value);
    if (name == "max-unit-depth") o_.max_unit_depth = parse_unit_depth(name, value);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.store_dir = store_.sqlite_dir();
    auto store = store_.open(true);
    cycle::SystemClock clock;
    const cycle::CalendarReport r = cycle::calendar(*store, clock, o_);
    const Lang lang = ctx.lang;
    ctx.out << message(lang, MsgId::calendar_heading, {std::to_string(o_.year), r.plan.plan.name}) << '\n'
            << message(lang, MsgId::calendar_window, {ddmmyyyy(r.window.from), ddmmyyyy(r.window.to)}) << "\n\n";
    for (const cycle::DeadlineStatus& d : r.deadlines) {
      std::vector<std::string> missing, late;
      for (const auto& s : d.states) {
        if (s.state == model::State::missing) missing.push_back(s.unit->name);
        if (s.state == model::State::late) late.push_back(s.unit->name + " (" + ddmmyyyy(*s.received) + ")");
      }
      const DeadlineRule& rule = *d.deadline.rule;
      const bool bodies = model::level_id(rule.from_level) == model::kBodiesTier;
      ctx.out << message(lang, bodies ? MsgId::calendar_line_bodies : MsgId::calendar_line,
                         {ddmmyyyy(d.deadline.date), rule.from_level, rule.to, rule.what,
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

std::unique_ptr<Command> make_calendar_command() {
  return std::make_unique<CalendarCommand>();
}

}  // namespace baocao::app
