// `baocao status`: who submitted for a period, who is missing, who was late
// (engine/cycle/calendar.hpp), printed with Vietnam times.
#include "app/status_command.hpp"

#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/calendar.hpp"

namespace baocao::app {

namespace {

class StatusCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("period", "YYYY", MsgId::opt_period, lang));
    o.addOption(value_option("deadline", "YYYY-MM-DD", MsgId::opt_deadline, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "deadline") o_.deadline = parse_iso_date(value);
    if (name == "period") o_.period = parse_year_option(name, value);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    auto store = store_.open(true);
    const cycle::StatusReport r = cycle::status(*store, o_);
    const std::string period = std::to_string(r.period ? r.period : o_.period.value_or(0));
    if (r.submitted.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_nothing, {period}) << '\n';
      return 0;
    }
    ctx.out << message(ctx.lang, MsgId::status_summary_line,
                       {period, std::to_string(r.submitted.size()), std::to_string(r.expected),
                        std::to_string(r.missing.size()), std::to_string(r.late.size())})
            << '\n';
    // A reporting body is marked, so a clerk tells it from a commune.
    auto mark = [&](const std::string& code) {
      return r.bodies.count(code) ? " " + message(ctx.lang, MsgId::status_body_mark) : std::string();
    };
    auto line = [&](const store::SubmissionInfo& s) {
      ctx.out << message(ctx.lang, MsgId::status_unit_line,
                         {s.unit_code, s.unit_name + mark(s.unit_code), s.source_file,
                          cycle::vietnam_time_of(s.imported_at)})
              << '\n';
    };
    ctx.out << message(ctx.lang, MsgId::status_submitted_heading) << '\n';
    for (const auto& s : r.submitted) line(s);
    if (!r.missing.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_missing_heading) << '\n';
      for (const auto& u : r.missing)
        ctx.out << message(ctx.lang, MsgId::status_missing_line, {u.code, u.name + mark(u.code)}) << '\n';
    }
    if (!r.late.empty()) {
      ctx.out << message(ctx.lang, MsgId::status_late_heading, {to_iso(*o_.deadline)}) << '\n';
      for (const auto& s : r.late) line(s);
    }
    return 0;
  }

 private:
  StoreOptions store_;
  cycle::StatusOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_status_command() {
  return std::make_unique<StatusCommand>();
}

}  // namespace baocao::app
