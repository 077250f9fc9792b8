// `baocao run`: turns flags into cycle::RunOptions, runs the cycle
// (engine/cycle/run.hpp) and prints its progress and summary.
#include "app/run_command.hpp"

#include <unistd.h>

#include "app/limit_options.hpp"
#include "app/sign_options.hpp"
#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/lock.hpp"
#include "engine/cycle/run.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::app {

void define_run_content_options(Poco::Util::OptionSet& o, Lang lang) {
  o.addOption(value_option("vars", "FILE.json", MsgId::opt_vars, lang));
  o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang));
  o.addOption(value_option("submissions", "FILE.csv", MsgId::opt_submissions, lang).repeatable(true));
  o.addOption(value_option("scope", "CODE", MsgId::opt_scope, lang));
  o.addOption(value_option("jobs", "N", MsgId::opt_jobs, lang));
  o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
  o.addOption(value_option("max-unit-depth", "N", MsgId::opt_max_unit_depth, lang));
}

bool set_run_content_option(cycle::RunOptions& o, std::string& fonts, const std::string& name,
                            const std::string& value) {
  if (name == "vars")
    o.vars = value;
  else if (name == "units")
    o.units = value;
  else if (name == "submissions")
    o.submissions.push_back(value);
  else if (name == "scope")
    o.scope = value;
  else if (name == "fonts")
    fonts = value;
  else if (name == "max-unit-depth")
    o.max_unit_depth = parse_unit_depth(name, value);
  else if (name == "jobs") {
    int n = 0;
    for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
    if (value.empty() || n < 1) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N >= 1"});
    o.threads = static_cast<unsigned>(n);
  } else {
    return false;
  }
  return true;
}

cycle::Paths run_paths(const std::string& fonts) {
  cycle::Paths paths = cycle::Paths::shipped();
  if (!fonts.empty()) paths.fonts = fonts;
  return paths;
}

void print_run_report(const cycle::RunReport& r, Context& ctx) {
  if (!r.signed_by.empty()) ctx.out << message(ctx.lang, MsgId::run_signed_by, {r.signed_by}) << '\n';
  if (!r.without_signer.empty()) {
    ctx.out << message(ctx.lang, MsgId::run_no_signer, {std::to_string(r.without_signer.size())}) << '\n';
    for (const auto& u : r.without_signer)
      ctx.out << message(ctx.lang, MsgId::run_no_signer_item, {u.file, u.unit_code, u.unit_name}) << '\n';
  }
  ctx.out << message(ctx.lang, MsgId::run_done,
                     {std::to_string(r.total()), std::to_string(r.changed()), std::to_string(r.total() - r.changed()),
                      r.manifest.string()})
          << '\n';
}

cycle::RunProgress run_progress(Context& ctx) {
  if (isatty(STDERR_FILENO) == 1)
    return [&ctx](std::size_t done, std::size_t total, const std::string&, bool) {
      const int width = 30;
      int filled = static_cast<int>(done * width / total);
      ctx.err << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << '/'
              << total << (done == total ? "\n" : "") << std::flush;
    };
  return [&ctx](std::size_t done, std::size_t total, const std::string& file, bool changed) {
    ctx.err << message(ctx.lang, changed ? MsgId::run_progress : MsgId::run_progress_same,
                       {std::to_string(done), std::to_string(total), file})
            << '\n';
  };
}

namespace {

class RunCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("cycle", "YYYY", MsgId::opt_cycle, lang, true));
    o.addOption(value_option("deadline", "YYYY-MM-DD", MsgId::opt_run_deadline, lang));
    o.addOption(value_option("level", "LEVEL", MsgId::opt_level, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("out", "DIR", MsgId::opt_out, lang, true));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang));
    define_run_content_options(o, lang);
    o.addOption(Poco::Util::Option("sign", "", message(lang, MsgId::opt_run_sign)));
    o.addOption(Poco::Util::Option("wait", "", message(lang, MsgId::opt_run_wait)));
    signer_.define(o, lang, false);
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value) || signer_.set(name, value) || set_run_content_option(o_, fonts_, name, value))
      return;
    if (name == "sign")
      sign_ = true;
    else if (name == "wait")
      o_.wait = true;
    else if (name == "cycle")
      o_.cycle = parse_year_option(name, value);
    else if (name == "deadline")
      o_.deadline = parse_iso_date(value);
    else if (name == "level")
      o_.level = text::to_nfc(value);
    else if (name == "out")
      o_.out = value;
    else if (name == "plan")
      o_.plan = value;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (signer_.given() && !sign_) fail(ErrorFamily::usage, MsgId::run_sign_options_need_sign);
    if (sign_) o_.sign = signer_.load(ctx);
    std::unique_ptr<store::Store> store = store_.open(true);
    o_.store_dir = store_.sqlite_dir();
    o_.store_label = store_.label();
    cycle::SystemClock clock;
    const cycle::RunReport r = cycle::run_cycle(*store, clock, run_paths(fonts_), o_, run_progress(ctx));
    if (r.locked) {
      ctx.err << "baocao: " << message(ctx.lang, MsgId::out_dir_locked, {o_.out.string(), r.lock.string()}) << '\n';
      return cycle::kLockedStatus;
    }
    print_run_report(r, ctx);
    return 0;
  }

 private:
  StoreOptions store_;
  cycle::RunOptions o_;
  std::string fonts_;
  SignerOptions signer_;
  bool sign_ = false;
};

}  // namespace

std::unique_ptr<Command> make_run_command() {
  return std::make_unique<RunCommand>();
}

}  // namespace baocao::app
