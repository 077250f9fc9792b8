#include "engine/cycle/schedule.hpp"


#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/export.hpp"
#include "engine/cycle/lock.hpp"
#include "engine/cycle/result_text.hpp"
#include "engine/cycle/schedule_jobs.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::cycle {

namespace {

namespace fs = std::filesystem;

std::string describe(const DueJob& j, Lang lang) {
  if (j.kind == DueJob::Kind::export_month) return message(lang, MsgId::schedule_desc_export, {j.month});
  return message(lang, MsgId::schedule_desc_run, {text::short_date(j.deadline), std::to_string(j.cycle)});
}

}  // namespace

int run_schedule(const std::function<std::unique_ptr<store::Store>()>& open_store, const Clock& clock,
                 const Paths& paths, const ScheduleOptions& o, const std::function<void(const std::string&)>& log,
                 const std::function<void(const std::string&)>& due_line) {
  const LocalNow now = clock.now();
  const std::string day = to_iso(now.date);
  // Only the deadlines are read here; the run each starts reads the plan
  // again against the store's catalogue (an office's own indicators).
  const PlanData plan = plan::read_plan_json(o.plan.string(), nullptr);
  const Lang lang = o.lang;

  if (o.dry_run) {
    // Reads only: no lock, no directory, no journal written.
    Journal journal = Journal::load(o.out);
    auto due = due_jobs(plan, journal, now.date, o.lead_days);
    if (due.empty()) log(message(lang, MsgId::schedule_nothing_due, {day}));
    for (const DueJob& j : due)
      if (due_line) due_line(message(lang, MsgId::schedule_due, {day, describe(j, lang)}));
    return 0;
  }

  DirLock lock(o.out, o.wait);
  if (!lock.held()) {
    log("baocao: " + message(lang, MsgId::schedule_locked, {lock.path().string()}));
    return kScheduleLocked;
  }
  // Read under the lock: the journal is what the previous run left.
  Journal journal = Journal::load(o.out);
  if (!journal.since.year) journal.since = now.date;
  auto due = due_jobs(plan, journal, now.date, o.lead_days);
  if (due.empty()) {
    log(message(lang, MsgId::schedule_nothing_due, {day}));
    if (!fs::exists(journal.path)) journal.save();  // remember `since` for later catch-up
    return 0;
  }
  std::unique_ptr<store::Store> store;
  int failed = 0;
  for (const DueJob& j : due) {
    int status = 0;
    std::string detail;
    try {
      if (!store) store = open_store();
      if (j.kind == DueJob::Kind::export_month) {
        ExportReport r = export_month(*store, {j.month, o.out / "xuat-thang" / j.month, lang});
        detail = export_summary(j.month, r, lang);
      } else {
        RunOptions ro = o.run;
        ro.cycle = j.cycle;
        ro.deadline = j.deadline;
        ro.out = o.out;
        ro.plan = o.plan;
        detail = run_summary(run_cycle(*store, clock, paths, ro), lang);
      }
    } catch (const Error& e) {
      status = e.exit_status();
      detail = e.render(lang);
    } catch (const std::exception& e) {
      status = static_cast<int>(ErrorFamily::internal);
      detail = e.what();
    }
    JournalEntry entry{j.key, now.date, now.iso, status == 0, status, j.late, detail};
    std::string what = describe(j, lang);
    if (j.late)
      what += " (" +
              message(lang, MsgId::schedule_late_note, {text::short_date(j.window_from), text::short_date(j.window_to)}) +
              ")";
    if (status == 0) {
      log(message(lang, MsgId::schedule_job_done, {day, what, detail}));
    } else {
      ++failed;
      log(message(lang, MsgId::schedule_job_failed, {day, what, std::to_string(status), detail}));
    }
    journal.entries.push_back(std::move(entry));
    journal.save();  // after every job: a crash mid-run keeps what finished
  }
  const int total = static_cast<int>(due.size());
  log(message(lang, MsgId::schedule_summary,
              {day, std::to_string(total), std::to_string(total - failed), std::to_string(failed),
               journal.path.string()}));
  return failed ? kScheduleJobFailed : 0;
}

}  // namespace baocao::cycle
