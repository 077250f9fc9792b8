// What the schedule has to do at a given moment: the journal of what ran
// (DIR/schedule-journal.json, written atomically), and the due jobs derived
// from it, the plan and the clerk's calendar (clock.hpp). Pure data and
// decisions, so the catch-up rules can be read in one place; schedule.cpp
// runs the jobs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/dataset/plan.hpp"

namespace baocao::cycle {

struct JournalEntry {
  std::string job;  // "export:2025-11", "run:2025-12-10"
  CivilDate date;   // the local day it ran on
  std::string at;   // LocalNow::iso
  bool ok = false;
  int status = 0;  // exit status of the job
  bool late = false;
  std::string detail;  // the job's summary line or its error
};

struct Journal {
  std::filesystem::path path;
  CivilDate since{};  // the day of the first schedule run in DIR; catch-up starts there
  std::vector<JournalEntry> entries;

  // Reads DIR/schedule-journal.json; an absent file is an empty journal.
  static Journal load(const std::filesystem::path& dir);
  // Writes it back atomically (engine/core/atomic_file.hpp).
  void save() const;
  bool ok_ever(const std::string& job) const;
  bool ok_on(const std::string& job, const CivilDate& day) const;
};

inline constexpr const char* kJournalName = "schedule-journal.json";

struct DueJob {
  enum class Kind { export_month, run_deadline } kind;
  std::string key;          // journal job id
  std::string month;        // export: "YYYY-MM"
  CivilDate deadline{};     // run: the deadline's date
  int cycle = 0;            // run: the reporting year it closes
  CivilDate window_from{};  // run: first day it is produced
  CivilDate window_to{};    // run: last day it is produced (its last document's date)
  bool late = false;        // run: its whole window was missed
};

// Everything due on `today`, in the order to run it (exports by month, then
// deadlines by date):
// - the export of every finished month from the one before `since` up to
//   last month that has no successful run yet;
// - every report deadline whose window [deadline - lead_days, deadline +
//   the most days a document of it is dated after it ("sau_han")] holds
//   `today`, unless it already ran successfully today;
// - every deadline on or after `since` whose window has passed with no
//   successful run: once, marked late.
std::vector<DueJob> due_jobs(const PlanData& plan, const Journal& journal, const CivilDate& today,
                             int lead_days);

}  // namespace baocao::cycle
