#include "app/calendar_command.hpp"

#include <ctime>
#include <ostream>

#include "app/limit_options.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/calendar.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

namespace {

std::string ddmmyyyy(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

CivilDate system_today() {
  std::time_t t = std::time(nullptr) + 7 * 3600;  // Vietnam time
  std::tm tm{};
  gmtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
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
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang, true));
    o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang, true));
    o.addOption(value_option("submissions", "FILE.csv", MsgId::opt_submissions, lang).repeatable(true));
    o.addOption(value_option("scope", "CODE", MsgId::opt_scope, lang));
    o.addOption(value_option("today", "YYYY-MM-DD", MsgId::opt_today, lang));
    o.addOption(value_option("max-unit-depth", "N", MsgId::opt_max_unit_depth, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (name == "year") {
      year_ = parse_year_option(name, value);
    } else if (name == "plan") plan_ = value;
    else if (name == "units") units_ = value;
    else if (name == "submissions") submissions_.push_back(value);
    else if (name == "scope") scope_ = value;
    else if (name == "today") today_ = parse_iso_date(value);
    else if (name == "max-unit-depth") max_unit_depth_ = parse_unit_depth(name, value);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    PlanData plan = plan::read_plan_json(plan_);
    model::Hierarchy hierarchy(csv::read_units_csv(units_), max_unit_depth_);
    Dataset data;
    for (const auto& f : submissions_) csv::read_submissions_csv(f, data);
    const CivilDate today = today_.value_or(system_today());
    const Lang lang = ctx.lang;

    model::Window w = model::period_window(plan.window, year_);
    ctx.out << message(lang, MsgId::calendar_heading, {std::to_string(year_), plan.name}) << '\n'
            << message(lang, MsgId::calendar_window, {ddmmyyyy(w.from), ddmmyyyy(w.to)}) << "\n\n";
    for (const model::DatedDeadline& d : model::deadlines_in(plan, year_)) {
      auto states = model::submission_states(d, hierarchy, scope_, data.submissions, today);
      int on_time = 0, late = 0, missing = 0, pending = 0;
      std::vector<std::string> missing_names, late_names;
      for (const auto& s : states) {
        switch (s.state) {
          case model::State::on_time: ++on_time; break;
          case model::State::late:
            ++late;
            late_names.push_back(s.unit->name + " (" + ddmmyyyy(*s.received) + ")");
            break;
          case model::State::missing:
            ++missing;
            missing_names.push_back(s.unit->name);
            break;
          case model::State::pending: ++pending; break;
        }
      }
      ctx.out << message(lang, MsgId::calendar_line,
                         {ddmmyyyy(d.date), d.rule->from_level, d.rule->to, d.rule->what,
                          std::to_string(states.size()), std::to_string(on_time), std::to_string(late),
                          std::to_string(missing)})
              << '\n';
      if (!missing_names.empty()) ctx.out << "    " << message(lang, MsgId::calendar_missing, {join(missing_names)}) << '\n';
      if (!late_names.empty()) ctx.out << "    " << message(lang, MsgId::calendar_late, {join(late_names)}) << '\n';
      if (pending > 0) ctx.out << "    " << message(lang, MsgId::calendar_pending, {std::to_string(pending)}) << '\n';
    }
    return 0;
  }

 private:
  int year_ = 0;
  std::string plan_, units_, scope_;
  std::vector<std::string> submissions_;
  std::optional<CivilDate> today_;
  int max_unit_depth_ = model::kDefaultMaxUnitDepth;
};

}  // namespace

std::unique_ptr<Command> make_calendar_command() { return std::make_unique<CalendarCommand>(); }

}  // namespace baocao::app
