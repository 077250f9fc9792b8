// The journal and the due-job rules of the schedule (see schedule_jobs.hpp
// for the rules themselves).
#include "engine/cycle/schedule_jobs.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/calendar.hpp"

namespace baocao::cycle {

namespace {

namespace fs = std::filesystem;

std::string month_of(const CivilDate& d) {
  return to_iso(d).substr(0, 7);
}

CivilDate first_of_previous_month(const CivilDate& d) {
  return d.month == 1 ? CivilDate{d.year - 1, 12, 1} : CivilDate{d.year, d.month - 1, 1};
}

}  // namespace

Journal Journal::load(const fs::path& dir) {
  Journal j;
  j.path = dir / kJournalName;
  if (!fs::exists(j.path)) return j;
  try {
    std::ifstream in(j.path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    Poco::JSON::Parser parser;
    auto root = parser.parse(bytes.str()).extract<Poco::JSON::Object::Ptr>();
    j.since = parse_iso_date(root->getValue<std::string>("since"));
    auto runs = root->getArray("runs");
    if (!runs) throw Poco::Exception("runs: [ ... ]");
    for (std::size_t k = 0; k < runs->size(); ++k) {
      auto o = runs->getObject(static_cast<unsigned>(k));
      if (!o) throw Poco::Exception("runs[" + std::to_string(k) + "]");
      JournalEntry e;
      e.job = o->getValue<std::string>("job");
      e.date = parse_iso_date(o->getValue<std::string>("date"));
      e.at = o->optValue<std::string>("at", "");
      e.ok = o->getValue<std::string>("result") == "ok";
      e.status = o->optValue<int>("status", e.ok ? 0 : 1);
      e.late = o->optValue<bool>("late", false);
      e.detail = o->optValue<std::string>("detail", "");
      j.entries.push_back(std::move(e));
    }
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::schedule_journal_invalid, {j.path.string(), e.displayText()},
         at_file(j.path.string()));
  } catch (const Error& e) {
    fail(ErrorFamily::input, MsgId::schedule_journal_invalid, {j.path.string(), e.render(Lang::en)},
         at_file(j.path.string()));
  }
  return j;
}

void Journal::save() const {
  Poco::JSON::Object root;
  root.set("since", to_iso(since));
  Poco::JSON::Array::Ptr runs = new Poco::JSON::Array;
  for (const JournalEntry& e : entries) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("job", e.job);
    o->set("date", to_iso(e.date));
    o->set("at", e.at);
    o->set("result", e.ok ? "ok" : "failed");
    o->set("status", e.status);
    o->set("late", e.late);
    o->set("detail", e.detail);
    runs->add(o);
  }
  root.set("runs", runs);
  std::ostringstream s;
  root.stringify(s, 2);
  s << '\n';
  write_file_atomic(path, s.str());
}

bool Journal::ok_ever(const std::string& job) const {
  for (const auto& e : entries)
    if (e.ok && e.job == job) return true;
  return false;
}

bool Journal::ok_on(const std::string& job, const CivilDate& day) const {
  for (const auto& e : entries)
    if (e.ok && e.job == job && e.date == day) return true;
  return false;
}

std::vector<DueJob> due_jobs(const PlanData& plan, const Journal& journal, const CivilDate& today,
                             int lead_days) {
  const CivilDate since = journal.since.year ? journal.since : today;
  std::vector<DueJob> due;

  // Finished months: from the one before `since` to the one before today.
  const CivilDate last = first_of_previous_month(today);
  for (CivilDate m = first_of_previous_month(since); m <= last;
       m = m.month == 12 ? CivilDate{m.year + 1, 1, 1} : CivilDate{m.year, m.month + 1, 1}) {
    DueJob j{DueJob::Kind::export_month, "export:" + month_of(m), month_of(m)};
    if (!journal.ok_ever(j.key)) due.push_back(std::move(j));
  }

  // Report deadlines of every cycle that can have one between `since` and
  // today; several rules on one date are one `run --deadline`.
  // A deadline's documents dated days after it (a plan's "sau_han": the
  // consolidated report once the late reports are in) are made again every
  // day up to their date, so what they say is what is known then.
  std::map<CivilDate, std::pair<int, int>> deadlines;  // date -> (cycle, days its documents run past it)
  for (int y = since.year - 1; y <= today.year + 1; ++y)
    for (const model::DatedDeadline& d : model::deadlines_in(plan, y)) {
      if (d.rule->inspection) continue;
      auto& [cycle, after] = deadlines.try_emplace(d.date, d.period ? d.period : y, 0).first->second;
      for (const DocumentSpec& spec : d.rule->documents) after = std::max(after, spec.days_after);
    }
  for (const auto& [date, what] : deadlines) {
    const auto& [cycle, after] = what;
    DueJob j{DueJob::Kind::run_deadline, "run:" + to_iso(date), "", date, cycle, add_days(date, -lead_days),
             add_days(date, after)};
    if (today < j.window_from) continue;
    if (today <= j.window_to) {
      if (!journal.ok_on(j.key, today)) due.push_back(std::move(j));
    } else if (date >= since && !journal.ok_ever(j.key)) {
      j.late = true;
      due.push_back(std::move(j));
    }
  }
  return due;
}

}  // namespace baocao::cycle
