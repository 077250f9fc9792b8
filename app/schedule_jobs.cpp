// The clock, the journal and the due-job rules of `baocao schedule`
// (see schedule_jobs.hpp for the rules themselves).
#include "app/schedule_jobs.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/calendar.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;
namespace ch = std::chrono;

// Vietnam has kept UTC+7 without daylight saving since 1975, so the clerk's
// calendar is a fixed offset; no time-zone database is needed.
constexpr int kVietnamOffsetMinutes = 7 * 60;

CivilDate from_days(ch::sys_days d) {
  ch::year_month_day ymd{d};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

ch::sys_days to_days(const CivilDate& d) {
  return ch::sys_days{ch::year{d.year} / ch::month{static_cast<unsigned>(d.month)} /
                      ch::day{static_cast<unsigned>(d.day)}};
}

// A UTC instant (seconds) as Vietnam's local date and ISO text.
LocalNow local_from_utc(ch::sys_seconds utc) {
  ch::sys_seconds local = utc + ch::minutes{kVietnamOffsetMinutes};
  auto day = ch::floor<ch::days>(local);
  ch::hh_mm_ss hms{local - day};
  LocalNow n;
  n.date = from_days(day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+07:00", to_iso(n.date).c_str(),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  n.iso = buf;
  return n;
}

bool two_digits(const std::string& s, std::size_t at, int max, int& out) {
  if (at + 2 > s.size() || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
  out = (s[at] - '0') * 10 + (s[at + 1] - '0');
  return out <= max;
}

std::string month_of(const CivilDate& d) {
  return to_iso(d).substr(0, 7);
}

CivilDate first_of_previous_month(const CivilDate& d) {
  return d.month == 1 ? CivilDate{d.year - 1, 12, 1} : CivilDate{d.year, d.month - 1, 1};
}

}  // namespace

CivilDate add_days(const CivilDate& d, int days) {
  return from_days(to_days(d) + ch::days{days});
}

LocalNow parse_now(const std::string& option, const std::string& text) {
  auto bad = [&]() -> LocalNow {
    fail(ErrorFamily::usage, MsgId::app_bad_option_value,
         {option, text, message(Lang::en, MsgId::schedule_bad_now)});
  };
  if (text.size() < 10) return bad();
  CivilDate date;
  try {
    date = parse_iso_date(text.substr(0, 10));
  } catch (const Error&) {
    return bad();
  }
  int h = 0, m = 0, s = 0;
  std::size_t i = 10;
  if (i < text.size() && (text[i] == 'T' || text[i] == ' ')) {
    if (!two_digits(text, i + 1, 23, h) || i + 3 >= text.size() || text[i + 3] != ':' ||
        !two_digits(text, i + 4, 59, m))
      return bad();
    i += 6;
    if (i < text.size() && text[i] == ':') {
      if (!two_digits(text, i + 1, 60, s)) return bad();
      i += 3;
    }
  }
  int offset = kVietnamOffsetMinutes;  // no zone: the clerk's local time
  if (i < text.size()) {
    if (text[i] == 'Z' && i + 1 == text.size()) {
      offset = 0;
    } else if ((text[i] == '+' || text[i] == '-') && text.size() == i + 6 && text[i + 3] == ':') {
      int oh = 0, om = 0;
      if (!two_digits(text, i + 1, 14, oh) || !two_digits(text, i + 4, 59, om)) return bad();
      offset = (text[i] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
      return bad();
    }
  }
  ch::sys_seconds utc =
      ch::sys_seconds{to_days(date)} + ch::hours{h} + ch::minutes{m} + ch::seconds{s} - ch::minutes{offset};
  return local_from_utc(utc);
}

LocalNow system_now() {
  return local_from_utc(ch::floor<ch::seconds>(ch::system_clock::now()));
}

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
  std::map<CivilDate, int> deadlines;
  for (int y = since.year - 1; y <= today.year + 1; ++y)
    for (const model::DatedDeadline& d : model::deadlines_in(plan, y))
      if (!d.rule->inspection) deadlines.emplace(d.date, d.period ? d.period : y);
  for (const auto& [date, cycle] : deadlines) {
    DueJob j{DueJob::Kind::run_deadline, "run:" + to_iso(date), "", date, cycle, add_days(date, -lead_days)};
    if (today < j.window_from) continue;
    if (today <= date) {
      if (!journal.ok_on(j.key, today)) due.push_back(std::move(j));
    } else if (date >= since && !journal.ok_ever(j.key)) {
      j.late = true;
      due.push_back(std::move(j));
    }
  }
  return due;
}

}  // namespace baocao::app
