// `baocao schedule`: one invocation does what is due at "now" and exits.
// Jobs are the `run` and `export` commands driven in-process through their
// Command interface (the same option parsing and code as on the command
// line, so their CLI behaviour is exactly what schedule gets). One job's
// failure is logged and journaled and does not stop the others. The
// output directory's lock (dir_lock.hpp, the one `run` takes), held for the
// whole invocation, keeps two runs from colliding.
#include "app/schedule_command.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <sstream>

#include "app/dir_lock.hpp"
#include "app/export_command.hpp"
#include "app/run_command.hpp"
#include "app/schedule_jobs.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;

// The last non-empty line a job printed: its summary or its error.
std::string last_line(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (auto r = line.rfind('\r'); r != std::string::npos) line = line.substr(r + 1);
    if (!line.empty()) out = line;
  }
  return out;
}

std::string vn_date(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

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
    define_run_content_options(o, lang);  // passed through to `run`
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (name == "db" || name == "pg") {
      store_.emplace_back(name, value);
    } else if (name == "out") {
      out_ = value;
    } else if (name == "plan") {
      plan_ = value;
      run_options_.emplace_back(name, value);
    } else if (name == "now") {
      now_ = parse_now(name, value);
    } else if (name == "lead-days") {
      int n = 0;
      for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
      if (value.empty() || n < 0 || n > 366)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "0..366"});
      lead_days_ = n;
    } else if (name == "wait") {
      wait_ = true;
    } else if (name == "dry-run") {
      dry_run_ = true;
    } else {
      run_options_.emplace_back(name, value);
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (!now_) {
      const char* env = std::getenv("BAOCAO_NOW");
      now_ = env && *env ? parse_now("BAOCAO_NOW", env) : system_now();
    }
    const std::string day = to_iso(now_->date);
    const PlanData plan = plan::read_plan_json(plan_);

    if (dry_run_) {
      // Reads only: no lock, no directory, no journal written.
      Journal journal = Journal::load(out_);
      auto due = due_jobs(plan, journal, now_->date, lead_days_);
      if (due.empty()) ctx.err << message(ctx.lang, MsgId::schedule_nothing_due, {day}) << '\n';
      for (const DueJob& j : due)
        ctx.out << message(ctx.lang, MsgId::schedule_due, {day, describe(j, ctx.lang)}) << '\n';
      return 0;
    }

    prepare_output_dir(out_);
    const auto lock = DirLock::acquire(out_, wait_);
    if (!lock) {
      ctx.err << "baocao: " << message(ctx.lang, MsgId::schedule_locked, {DirLock::lock_path(out_).string()})
              << '\n';
      return kScheduleLocked;
    }

    // Read under the lock: the journal is what the previous run left.
    Journal journal = Journal::load(out_);
    if (!journal.since.year) journal.since = now_->date;
    auto due = due_jobs(plan, journal, now_->date, lead_days_);
    if (due.empty()) {
      ctx.err << message(ctx.lang, MsgId::schedule_nothing_due, {day}) << '\n';
      if (!fs::exists(journal.path)) journal.save();  // remember `since` for later catch-up
      return 0;
    }
    int failed = 0;
    for (const DueJob& j : due) {
      std::ostringstream out, err;
      Context job_ctx{ctx.lang, out, err};
      int status = 0;
      std::string error;
      try {
        status = j.kind == DueJob::Kind::export_month ? export_month(j, job_ctx) : run_deadline(j, job_ctx);
      } catch (const Error& e) {
        status = e.exit_status();
        error = e.render(ctx.lang);
      } catch (const std::exception& e) {
        status = static_cast<int>(ErrorFamily::internal);
        error = e.what();
      }
      JournalEntry entry{j.key, now_->date, now_->iso, status == 0, status, j.late, ""};
      std::string what = describe(j, ctx.lang);
      if (j.late)
        what += " (" +
                message(ctx.lang, MsgId::schedule_late_note, {vn_date(j.window_from), vn_date(j.deadline)}) +
                ")";
      if (status == 0) {
        entry.detail = last_line(out.str());
        ctx.err << message(ctx.lang, MsgId::schedule_job_done, {day, what, entry.detail}) << '\n';
      } else {
        ++failed;
        entry.detail = error.empty() ? last_line(err.str()) : error;
        ctx.err << message(ctx.lang, MsgId::schedule_job_failed,
                           {day, what, std::to_string(status), entry.detail})
                << '\n';
      }
      journal.entries.push_back(std::move(entry));
      journal.save();  // after every job: a crash mid-run keeps what finished
    }
    const int total = static_cast<int>(due.size());
    ctx.err << message(ctx.lang, MsgId::schedule_summary,
                       {day, std::to_string(total), std::to_string(total - failed), std::to_string(failed),
                        journal.path.string()})
            << '\n';
    return failed ? kScheduleJobFailed : 0;
  }

 private:
  std::string describe(const DueJob& j, Lang lang) const {
    if (j.kind == DueJob::Kind::export_month) return message(lang, MsgId::schedule_desc_export, {j.month});
    return message(lang, MsgId::schedule_desc_run, {vn_date(j.deadline), std::to_string(j.cycle)});
  }

  void apply_store(Command& c) const {
    for (const auto& [k, v] : store_) c.set_option(k, v);
  }

  int export_month(const DueJob& j, Context& ctx) const {
    auto c = make_export_command();
    apply_store(*c);
    c->set_option("month", j.month);
    c->set_option("out", (fs::path(out_) / "xuat-thang" / j.month).string());
    return c->run({}, ctx);
  }

  int run_deadline(const DueJob& j, Context& ctx) const {
    auto c = make_run_command();
    apply_store(*c);
    for (const auto& [k, v] : run_options_) c->set_option(k, v);
    c->set_option("cycle", std::to_string(j.cycle));
    c->set_option("deadline", to_iso(j.deadline));
    c->set_option("out", out_);
    return c->run({}, ctx);
  }

  std::vector<std::pair<std::string, std::string>> store_, run_options_;
  std::string out_, plan_;
  std::optional<LocalNow> now_;
  int lead_days_ = 3;
  bool wait_ = false, dry_run_ = false;
};

}  // namespace

std::unique_ptr<Command> make_schedule_command() {
  return std::make_unique<ScheduleCommand>();
}

}  // namespace baocao::app
