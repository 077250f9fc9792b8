// `baocao run --cycle YYYY` (every document of a reporting cycle, with its
// progress and summary; engine/cycle/run.hpp) and `baocao schedule` (the runs
// and exports that are due, with the lock and the journal;
// engine/cycle/schedule.hpp): flags into their options.
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <optional>

#include "app/flags.hpp"
#include "app/sign_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/lock.hpp"
#include "engine/cycle/result_text.hpp"
#include "engine/cycle/run.hpp"
#include "engine/cycle/schedule.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::app {

namespace {

// The flags that say what goes into the documents, for `run` and for each
// run of `schedule`.
void run_content_flags(Flags& f, cycle::RunOptions& o, std::string& fonts) {
  f.text("vars", "FILE.json", MsgId::opt_vars, o.vars)
      .text("units", "FILE.csv", MsgId::opt_units, o.units)
      .text("submissions", "FILE.csv", MsgId::opt_submissions, o.submissions)
      .text("scope", "CODE", MsgId::opt_scope, o.scope)
      .value("jobs", "N", MsgId::opt_jobs,
             [&o](const std::string& v) { o.threads = parse_bounded("jobs", v, 1, INT_MAX, "N >= 1"); })
      .text("fonts", "manifest.json", MsgId::opt_fonts, fonts)
      .unit_depth(o.max_unit_depth)
      .flag("docx", MsgId::opt_run_docx, o.docx);
}

// One line per document, or a bar on a terminal.
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

class RunCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto level = [this](const std::string& v) { o_.level = text::to_nfc(v); };
    f.year("cycle", MsgId::opt_cycle, o_.cycle, true)
        .date("deadline", MsgId::opt_run_deadline, o_.deadline)
        .value("level", "LEVEL", MsgId::opt_level, level);
    f.store(store_);
    f.text("out", "DIR", MsgId::opt_out, o_.out, true).text("plan", "FILE.json", MsgId::opt_plan, o_.plan);
    run_content_flags(f, o_, fonts_);
    f.flag("sign", MsgId::opt_run_sign, sign_).flag("wait", MsgId::opt_run_wait, o_.wait);
    f.flag("explain", MsgId::opt_run_explain, explain_);
    signer_flags(f, signer_, false);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (signer_.given() && !sign_) fail(ErrorFamily::usage, MsgId::run_sign_options_need_sign);
    if (sign_) o_.sign = cycle::load_signer(signer_, terminal_prompts(ctx));
    std::unique_ptr<store::Store> store = store_.open(true);
    o_.store_dir = store_.sqlite_dir();
    o_.store_label = store_.label();
    cycle::SystemClock clock;
    const cycle::RunReport r =
        cycle::run_cycle(*store, clock, cycle::Paths::shipped(fonts_), o_, run_progress(ctx));
    if (r.locked) {
      ctx.err << "baocao: " << message(ctx.lang, MsgId::out_dir_locked, {o_.out.string(), r.lock.string()})
              << '\n';
      return cycle::kLockedStatus;
    }
    if (explain_) ctx.print(cycle::run_explain_lines(r, ctx.lang));
    ctx.print(cycle::run_result_lines(r, ctx.lang));
    return 0;
  }

 private:
  cycle::StoreLocation store_;
  cycle::RunOptions o_;
  std::string fonts_;
  cycle::SignerSource signer_;
  bool sign_ = false;
  bool explain_ = false;
};

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
    return cycle::run_schedule([&] { return store_.open(true); }, clock, cycle::Paths::shipped(fonts_), o_,
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

std::unique_ptr<Command> make_run_command() {
  return std::make_unique<RunCommand>();
}

std::unique_ptr<Command> make_schedule_command() {
  return std::make_unique<ScheduleCommand>();
}

}  // namespace baocao::app
