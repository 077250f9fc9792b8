// A consolidator's pages: the year's deadlines of their unit, and for one
// deadline who under it has submitted, is late or missing with their
// figures, the run that produces the deadline's documents (a background job
// with its progress), each document and a zip of them all with the run's
// manifest.
#include <Poco/Zip/Compress.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "engine/core/diagnostic.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/model/levels.hpp"
#include "engine/model/rates.hpp"
#include "engine/text/vi_number.hpp"
#include "server/html.hpp"
#include "server/instant.hpp"
#include "server/jobs.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"
#include "server/view.hpp"

namespace baocao::server {

namespace fs = std::filesystem;

namespace {

std::string unit_url(const std::string& code, const std::string& rest = "") {
  return "/unit/" + url_encode(code) + rest;
}

// Whether `unit` takes part in deadline `d`: it receives the reports (its
// tier is the receiving level) or sends its own.
bool concerns(const Unit& unit, const model::DatedDeadline& d) {
  if (d.rule->inspection) return false;
  return (!d.rule->to_level.empty() && model::level_id(d.rule->to_level) == unit.level) ||
         reports_for(unit, d);
}

std::optional<CivilDate> date_param(const std::string& text) {
  try {
    CivilDate d = parse_iso_date(text);
    if (is_valid(d)) return d;
  } catch (const Error&) {
  }
  return std::nullopt;
}

MsgId kind_name(const std::string& kind) {
  if (kind == "tong-hop") return MsgId::portal_kind_summary;
  if (kind == "cong-van-don-doc") return MsgId::portal_kind_reminder;
  return MsgId::portal_kind_report;
}

struct Counts {
  int on_time = 0, late = 0, missing = 0, pending = 0;
  void add(model::State s) {
    switch (s) {
      case model::State::on_time:
        ++on_time;
        break;
      case model::State::late:
        ++late;
        break;
      case model::State::missing:
        ++missing;
        break;
      case model::State::pending:
        ++pending;
        break;
    }
  }
};

std::string counts_text(const Exchange& x, const Counts& c) {
  return x.t(MsgId::portal_counts, {std::to_string(c.on_time + c.late), std::to_string(c.late),
                                    std::to_string(c.missing), std::to_string(c.pending)});
}

Unit unit_or_404(Exchange& x, const std::string& code) {
  auto units = x.portal.unit_snapshot();
  const Unit* u = units->unit(code);
  if (!u) not_found();
  return *u;
}

std::string document_link(const std::string& scope_unit, const store::DocumentRecord& d, bool signed_copy,
                          bool inline_view = false) {
  return unit_url(scope_unit, "/document?file=" + url_encode(d.file) + (signed_copy ? "&signed=1" : "") +
                                  (inline_view ? "&inline=1" : ""));
}

}  // namespace

void deadlines_page(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const int year = year_param(x);
  Html b;
  b.raw("<p class=\"years\">");
  b.link(unit_url(unit.code, "/deadlines?year=" + std::to_string(year - 1)), "« " + std::to_string(year - 1));
  b.raw(" <strong>").text(x.t(MsgId::portal_year, {std::to_string(year)})).raw("</strong> ");
  b.link(unit_url(unit.code, "/deadlines?year=" + std::to_string(year + 1)), std::to_string(year + 1) + " »");
  b.raw("</p><section class=\"card\">");
  auto lease = x.portal.pool.acquire();
  auto facts = x.portal.year_facts(lease, year);
  if (!facts->plan) {
    b.el("p", x.t(MsgId::portal_no_plan, {std::to_string(year)}), "class=\"notice\"")
        .el("p", facts->plan_error->render(x.lang), "class=\"hint\"");
    b.raw("</section>");
    return x.send_html(200, page(x, x.t(MsgId::portal_deadlines_title, {unit.name}), b.str()));
  }
  b.el("p", facts->plan->plan.name, "class=\"hint\"");
  auto units = x.portal.unit_snapshot();
  const CivilDate today = x.portal.today();
  b.table_start({{x.t(MsgId::portal_col_deadline)},
                 {x.t(MsgId::portal_col_what)},
                 {x.t(MsgId::portal_col_from)},
                 {x.t(MsgId::portal_col_progress)}});
  int shown = 0;
  for (const model::DatedDeadline& d : facts->deadlines) {
    if (!concerns(unit, d)) continue;
    Counts c;
    std::string progress;
    if (reports_for(unit, d)) {
      auto states =
          model::submission_states(d, *units->hierarchy, unit.parent, facts->receipts_of({&unit}), today);
      model::UnitState own{&unit, today > d.date ? model::State::missing : model::State::pending,
                           std::nullopt};
      for (const auto& s : states)
        if (s.unit->code == unit.code) own = s;
      progress = state_text(x, own, d, today).text;
    } else {
      const auto members = units->hierarchy->descendants_at(unit.code, d.rule->from_level, d.date);
      for (const auto& s :
           model::submission_states(d, *units->hierarchy, unit.code, facts->receipts_of(members), today))
        c.add(s.state);
      progress = counts_text(x, c);
    }
    b.raw("<tr><td>").link(unit_url(unit.code, "/deadline/" + to_iso(d.date)), dmy(d.date));
    b.raw("</td><td>").text(d.rule->what).raw("</td><td>").text(d.rule->from_level).raw("</td><td>");
    b.text(progress).raw("</td></tr>");
    ++shown;
  }
  b.table_end();
  if (shown == 0) b.el("p", x.t(MsgId::portal_no_deadlines, {std::to_string(year)}), "class=\"notice\"");
  b.raw("</section>");
  x.send_html(200, page(x, x.t(MsgId::portal_deadlines_title, {unit.name}), b.str()));
}

// A deadline's table of units with their states and figures, and the
// counts above it.
struct UnitsTable {
  std::string html;
  std::vector<std::string> summaries;
  int missing = 0;
  std::shared_ptr<const UnitSnapshot> units;  // kept alive: its address is part of the key
};

void deadline_page(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const auto date = date_param(p[1]);
  if (!date) not_found();
  const int year = date->year;
  auto lease = x.portal.pool.acquire();
  auto facts = x.portal.year_facts(lease, year);
  if (!facts->plan) not_found();
  std::vector<model::DatedDeadline> here;
  for (const auto& d : facts->deadlines)
    if (d.date == *date && concerns(unit, d)) here.push_back(d);
  if (here.empty()) not_found();

  auto units = x.portal.unit_snapshot();
  const CivilDate today = x.portal.today();
  const auto& catalogue = *facts->catalogue;
  const auto& figures = facts->figures;

  // The deadline's units (long: a province has a hundred communes) come
  // after its documents and the run, which are what the page is for. They
  // depend only on the store's facts, the unit list, the day and the
  // language: made once and shared by every reader of the page.
  const std::string key = "deadline|" + unit.code + "|" + to_iso(*date) + "|" + to_iso(today) + "|" +
                          (x.lang == Lang::en ? "en" : "vi") + "|" +
                          std::to_string(reinterpret_cast<std::uintptr_t>(units.get()));
  auto table = facts->memo<UnitsTable>(key, [&] {
    auto t = std::make_shared<UnitsTable>();
    t->units = units;
    Html list;
    for (const model::DatedDeadline& d : here) {
      list.raw("<section class=\"card\"><h2>").text(d.rule->what).raw("</h2>");
      const bool own = reports_for(unit, d);
      const std::string scope = own ? unit.parent : unit.code;
      const auto members = own ? std::vector<const Unit*>{&unit}
                               : units->hierarchy->descendants_at(unit.code, d.rule->from_level, d.date);
      auto states = model::submission_states(d, *units->hierarchy, scope, facts->receipts_of(members), today);
      if (own)
        states.erase(std::remove_if(states.begin(), states.end(),
                                    [&](const auto& s) { return s.unit->code != unit.code; }),
                     states.end());
      Counts c;
      for (const auto& s : states) c.add(s.state);
      t->missing += c.missing + c.pending;
      t->summaries.push_back(counts_text(x, c));
      // The indicators any listed unit reported, in the catalogue's order.
      std::vector<const model::Indicator*> shown;
      for (const auto& i : catalogue.all())
        for (const auto& s : states) {
          auto f = figures.find(s.unit->code);
          if (f != figures.end() && f->second.count(i.id)) {
            shown.push_back(&i);
            break;
          }
        }
      std::vector<Html::Column> columns = {
          {x.t(MsgId::portal_col_no)}, {x.t(MsgId::portal_col_unit)}, {x.t(MsgId::portal_col_state)}};
      for (const auto* i : shown) columns.push_back({i->name + " (%)", true});
      list.table_start(columns, "units");
      int n = 0;
      for (const auto& s : states) {
        StateText st = state_text(x, s, d, today);
        list.raw("<tr><td class=\"num\">").text(std::to_string(++n)).raw("</td><td>");
        list.link(unit_url(s.unit->code, "/history?year=" + std::to_string(year)), s.unit->name);
        list.raw("<br><small>").text(s.unit->code).raw("</small></td>");
        list.raw("<td><span class=\"state " + st.css + "\">").text(st.text).raw("</span></td>");
        auto f = figures.find(s.unit->code);
        for (const auto* i : shown) {
          list.raw("<td class=\"num\">");
          std::optional<double> v;
          if (f != figures.end() && f->second.count(i->id)) v = model::measure(f->second.at(i->id), i->rate);
          if (v)
            list.text(i->rate ? text::format_vi_percent(*v) : text::format_vi_number(*v));
          else
            list.raw("–");
          list.raw("</td>");
        }
        list.raw("</tr>");
      }
      list.table_end().raw("</section>");
    }
    t->html = list.str();
    return t;
  });
  const int missing_count = table->missing;
  Html b;
  b.raw("<p>").link(unit_url(unit.code, "/deadlines?year=" + std::to_string(year)),
                    x.t(MsgId::portal_back_deadlines));
  b.raw("</p>");

  // The run that makes the deadline's documents, its last runs, then the
  // documents: the unit's own first (what its leader signs), then each
  // unit's report with its appendix on one line.
  auto docs = lease.portal().documents(unit.code, to_iso(*date));
  b.raw("<section class=\"card\">");
  for (const std::string& line : table->summaries) b.el("p", line, "class=\"summary\"");
  b.raw("<form method=\"post\" class=\"inline\" action=\"" +
        esc(unit_url(unit.code, "/deadline/" + to_iso(*date) + "/run")) + "\">");
  b.raw(csrf_field(x))
      .raw("<button type=\"submit\">")
      .text(x.t(MsgId::portal_run_button))
      .raw("</button></form>");
  if (!docs.empty())
    b.link(unit_url(unit.code, "/deadline/" + to_iso(*date) + "/zip"), x.t(MsgId::portal_zip_link),
           "class=\"button secondary\"");
  b.el("p", x.t(missing_count > 0 ? MsgId::portal_run_help_reminder : MsgId::portal_run_help),
       "class=\"hint\"");
  int shown_jobs = 0;
  for (const auto& j : lease.portal().jobs(unit.code, 20)) {
    if (j.kind != "run" || run_job_of(j).deadline != to_iso(*date) || shown_jobs == 3) continue;
    if (shown_jobs++ == 0)
      b.raw("<h3>").text(x.t(MsgId::portal_jobs_heading)).raw("</h3><ul class=\"jobs\">");
    b.raw("<li>").link(
        unit_url(unit.code, "/job/" + std::to_string(j.id)),
        x.t(MsgId::portal_job_line, {std::to_string(j.id), vietnam_display(j.created_at), j.created_by}));
    b.raw(" — ").text(x.t(j.state == store::JobState::done      ? MsgId::portal_job_state_done
                          : j.state == store::JobState::failed  ? MsgId::portal_job_state_failed
                          : j.state == store::JobState::running ? MsgId::portal_job_state_running
                                                                : MsgId::portal_job_state_queued));
    b.raw("</li>");
  }
  if (shown_jobs) b.raw("</ul>");
  b.raw("</section><section class=\"card\"><h2>").text(x.t(MsgId::portal_documents_heading)).raw("</h2>");
  if (docs.empty()) {
    b.el("p", x.t(MsgId::portal_documents_none), "class=\"notice\"");
  } else {
    // One line per unit and kind: its PDF and its workbook.
    std::map<std::tuple<bool, std::string, std::string>, std::vector<const store::DocumentRecord*>> lines;
    for (const auto& d : docs) lines[{d.unit_code != unit.code, d.unit_code, d.kind}].push_back(&d);
    b.table_start({{x.t(MsgId::portal_col_document)},
                   {x.t(MsgId::portal_col_unit)},
                   {x.t(MsgId::portal_col_file)},
                   {x.t(MsgId::portal_col_signature)}});
    for (const auto& [key, files] : lines) {
      const std::string& kind = std::get<2>(key);
      b.raw("<tr><td>")
          .text(x.t(kind_name(kind)))
          .raw("</td><td>")
          .text(units->name(std::get<1>(key)))
          .raw("</td><td>");
      bool first = true;
      for (const auto* d : files) {
        if (!first) b.raw(" · ");
        first = false;
        b.link(document_link(unit.code, *d, false), fs::path(d->file).filename().string());
      }
      b.raw("</td><td>");
      for (const auto* d : files) {
        if (d->file.size() < 4 || d->file.compare(d->file.size() - 4, 4, ".pdf") != 0) continue;
        if (!d->signed_file.empty() && d->signed_draft_sha256 == d->sha256) {
          b.raw("<span class=\"state ok\">")
              .text(x.t(MsgId::portal_signed_by, {d->signed_by}))
              .raw("</span> ");
          b.link(document_link(unit.code, *d, true), x.t(MsgId::portal_signed_copy));
        } else if (!d->signed_file.empty()) {
          b.raw("<span class=\"state late\">").text(x.t(MsgId::portal_signed_older)).raw("</span>");
        } else {
          b.raw("<span class=\"state pending\">").text(x.t(MsgId::portal_awaiting_signature)).raw("</span>");
        }
      }
      b.raw("</td></tr>");
    }
    b.table_end();
  }
  b.raw("</section>").raw(table->html);
  x.send_html(200, page(x, x.t(MsgId::portal_deadline_title, {dmy(*date), unit.name}), b.str()));
}

void run_submit(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const auto date = date_param(p[1]);
  if (!date) not_found();
  store::Job job;
  job.kind = "run";
  job.params = run_job_params({date->year, to_iso(*date)});
  job.scope = unit.code;
  job.created_by = x.user();
  job.created_at = utc_now();
  std::int64_t id = 0;
  {
    auto lease = x.portal.pool.acquire();
    id = lease.portal().enqueue_job(job);
  }
  x.portal.audit(x, "run", unit.code, to_iso(*date) + " #" + std::to_string(id));
  x.redirect(unit_url(unit.code, "/job/" + std::to_string(id)));
}

void job_page(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  std::int64_t id = 0;
  try {
    id = std::stoll(p[1]);
  } catch (const std::exception&) {
    not_found();
  }
  std::optional<store::Job> job;
  {
    auto lease = x.portal.pool.acquire();
    job = lease.portal().job(id);
  }
  // Another unit's job does not exist here.
  if (!job || job->scope != unit.code) not_found();
  RunJob r = run_job_of(*job);
  Html b;
  b.raw("<section class=\"card\">");
  const bool active = job->state == store::JobState::queued || job->state == store::JobState::running;
  MsgId state = job->state == store::JobState::done      ? MsgId::portal_job_state_done
                : job->state == store::JobState::failed  ? MsgId::portal_job_state_failed
                : job->state == store::JobState::running ? MsgId::portal_job_state_running
                                                         : MsgId::portal_job_state_queued;
  b.raw("<p class=\"state-line\"><span class=\"state " +
        std::string(job->state == store::JobState::done     ? "ok"
                    : job->state == store::JobState::failed ? "missing"
                                                            : "pending") +
        "\">")
      .text(x.t(state))
      .raw("</span></p>");
  if (job->total > 0) {
    b.raw("<progress max=\"" + std::to_string(job->total) + "\" value=\"" + std::to_string(job->done) +
          "\"></progress>");
    b.el("p", x.t(MsgId::portal_job_progress,
                  {std::to_string(job->done), std::to_string(job->total), job->current}));
  }
  if (!job->result.empty())
    b.el("p", job_result(*job, x.lang), job->state == store::JobState::failed ? "class=\"error\"" : "");
  b.el("p", x.t(MsgId::portal_job_meta, {job->created_by, vietnam_display(job->created_at), job->claimed_by}),
       "class=\"hint\"");
  if (active) b.el("p", x.t(MsgId::portal_job_refresh), "class=\"hint\"");
  b.raw("<p>")
      .link(unit_url(unit.code, "/deadline/" + r.deadline), x.t(MsgId::portal_back_deadline))
      .raw("</p>");
  b.raw("</section>");
  x.send_html(200, page(x, x.t(MsgId::portal_job_title, {std::to_string(job->id), r.deadline}), b.str(),
                        active ? 2 : 0));
}

namespace {

// A document's file named in a URL: relative, '/'-separated, no "..", no
// control characters. Anything else is refused before the store is asked.
bool plain_relative(const std::string& f) {
  if (f.empty() || f.size() > 400 || f[0] == '/' || f.find('\\') != std::string::npos) return false;
  for (unsigned char c : f)
    if (c < 0x20 || c == 0x7f) return false;
  std::size_t a = 0;
  while (a <= f.size()) {
    std::size_t b = f.find('/', a);
    if (b == std::string::npos) b = f.size();
    std::string part = f.substr(a, b - a);
    if (part.empty() || part == "." || part == "..") return false;
    a = b + 1;
  }
  return true;
}

std::string content_type_of(const std::string& file) {
  std::string ext = fs::path(file).extension().string();
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (ext == ".json") return "application/json";
  return "application/octet-stream";
}

}  // namespace

void document_download(Exchange& x, const Params& p) {
  const std::string file = x.query("file");
  if (!plain_relative(file)) bad_request(MsgId::portal_bad_file_name);
  std::optional<store::DocumentRecord> d;
  {
    auto lease = x.portal.pool.acquire();
    d = lease.portal().document(file);
  }
  if (!d) not_found();
  // A consolidator sees the documents of runs within their scope; a leader their own unit's.
  auto units = x.portal.unit_snapshot();
  const bool visible = x.account->role == "leader"
                           ? d->unit_code == p[0]
                           : units->within(d->scope, p[0]) || units->within(d->unit_code, p[0]);
  if (!visible || !sees(*units, *x.account, p[0])) not_found();
  const bool signed_copy = x.query("signed") == "1";
  if (signed_copy && d->signed_file.empty()) not_found();
  const std::string rel = signed_copy ? d->signed_file : d->file;
  const bool inline_view = x.query("inline") == "1" && content_type_of(rel) == "application/pdf";
  x.portal.audit(x, "download", d->unit_code, rel);
  x.send_file(x.portal.o.out / rel, content_type_of(rel), fs::path(rel).filename().string(), inline_view);
}

void deadline_zip(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const auto date = date_param(p[1]);
  if (!date) not_found();
  std::vector<store::DocumentRecord> docs;
  {
    auto lease = x.portal.pool.acquire();
    docs = lease.portal().documents(unit.code, to_iso(*date));
  }
  if (docs.empty()) not_found();
  fs::path zip = x.portal.private_dir("tmp") / (random_token() + ".zip");
  struct Remove {
    fs::path f;
    ~Remove() {
      std::error_code ec;
      fs::remove(f, ec);
    }
  } remove{zip};
  {
    std::ofstream out(zip, std::ios::binary);
    Poco::Zip::Compress c(out, true);
    const fs::path root = scope_out(x.portal, unit.code);
    auto add = [&](const fs::path& file, const std::string& name) {
      std::error_code ec;
      if (fs::is_regular_file(file, ec))
        c.addFile(Poco::Path(file.string()), Poco::Path(name, Poco::Path::PATH_UNIX));
    };
    for (const auto& d : docs) {
      std::string inside = d.file.substr(unit.code.size() + 1);  // relative to the run's root
      add(x.portal.o.out / d.file, inside);
      if (!d.signed_file.empty() && d.signed_draft_sha256 == d.sha256)
        add(x.portal.o.out / d.signed_file, d.signed_file.substr(unit.code.size() + 1));
    }
    add(root / ("manifest-" + to_iso(*date) + ".json"), "manifest-" + to_iso(*date) + ".json");
    c.close();
  }
  x.portal.audit(x, "download", unit.code, "zip " + to_iso(*date));
  x.send_file(zip, "application/zip", unit.code + "-" + to_iso(*date) + ".zip");
}

}  // namespace baocao::server
