// `baocao status`: the expected units are the communes of every province
// from which at least one unit submitted for the period (the store knows the
// hierarchy), plus any unit that submitted. A unit is late when its FIRST
// submission of the period was imported after the deadline day: a later
// correction does not make a punctual unit late.
#include "app/status_command.hpp"

#include <map>
#include <set>

#include "app/store_options.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

namespace {

class StatusCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("period", "YYYY", MsgId::opt_period, lang, true));
    o.addOption(value_option("deadline", "YYYY-MM-DD", MsgId::opt_deadline, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "deadline")
      deadline_ = to_iso(parse_iso_date(value));
    else if (name == "period") {
      period_ = parse_year_option(name, value);
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    auto store = store_.open(true);
    auto current = store->submissions(period_, false);
    if (current.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_nothing, {std::to_string(period_)}) << '\n';
      return 0;
    }
    // First import of each unit this period, for lateness.
    std::map<std::string, std::string> first;
    for (const auto& s : store->submissions(period_, true)) {
      auto [it, fresh] = first.emplace(s.unit_code, s.imported_at);
      if (!fresh && s.imported_at < it->second) it->second = s.imported_at;
    }
    std::map<std::string, store::Unit> units;
    for (const char* day : {"-01-01", "-12-31"})
      for (auto& u : store->units_on(std::to_string(period_) + day)) units.emplace(u.code, u);
    std::set<std::string> submitted, provinces;
    for (const auto& s : current) {
      submitted.insert(s.unit_code);
      auto it = units.find(s.unit_code);
      if (it != units.end())
        provinces.insert(it->second.parent_code.empty() ? it->first : it->second.parent_code);
    }
    std::vector<const store::Unit*> missing;
    std::size_t expected = submitted.size();
    for (const auto& [code, u] : units)
      if (u.level == "xa" && provinces.count(u.parent_code) && !submitted.count(code)) {
        missing.push_back(&u);
        ++expected;
      }
    std::vector<const store::SubmissionInfo*> late;
    if (!deadline_.empty())
      for (const auto& s : current)
        if (to_iso(vietnam_date_of(first[s.unit_code])) > deadline_) late.push_back(&s);

    ctx.out << message(ctx.lang, MsgId::status_summary_line,
                       {std::to_string(period_), std::to_string(submitted.size()), std::to_string(expected),
                        std::to_string(missing.size()), std::to_string(late.size())})
            << '\n';
    ctx.out << message(ctx.lang, MsgId::status_submitted_heading) << '\n';
    for (const auto& s : current)
      ctx.out << message(ctx.lang, MsgId::status_unit_line,
                         {s.unit_code, s.unit_name, s.source_file, s.imported_at})
              << '\n';
    if (!missing.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_missing_heading) << '\n';
      for (const auto* u : missing)
        ctx.out << message(ctx.lang, MsgId::status_missing_line, {u->code, u->name}) << '\n';
    }
    if (!late.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_late_heading, {deadline_}) << '\n';
      for (const auto* s : late)
        ctx.out << message(ctx.lang, MsgId::status_unit_line,
                           {s->unit_code, s->unit_name, s->source_file, first[s->unit_code]})
                << '\n';
    }
    return 0;
  }

 private:
  StoreOptions store_;
  std::string deadline_;
  int period_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_status_command() {
  return std::make_unique<StatusCommand>();
}

}  // namespace baocao::app
