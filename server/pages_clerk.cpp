// A unit's own pages: its deadlines with the days left, its blank form,
// uploading a filled form (every problem listed with its sheet and cell,
// and a workbook of them to download), and the history of its submissions.
#include <algorithm>
#include <chrono>
#include <map>

#include "engine/cycle/import.hpp"
#include "engine/model/collection_form.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/model/levels.hpp"
#include "engine/model/rates.hpp"
#include "engine/render/xlsx/form_writer.hpp"
#include "engine/text/vi_number.hpp"
#include "server/html.hpp"
#include "server/imports.hpp"
#include "server/instant.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"
#include "server/upload.hpp"
#include "server/view.hpp"

namespace baocao::server {

namespace fs = std::filesystem;

namespace {

std::string unit_url(const std::string& code, const std::string& rest = "") {
  return "/unit/" + url_encode(code) + rest;
}

void year_switch(Exchange& x, Html& b, int year, const std::string& base) {
  b.raw("<p class=\"years\">");
  b.link(base + "?year=" + std::to_string(year - 1), "« " + std::to_string(year - 1));
  b.raw(" <strong>").text(x.t(MsgId::portal_year, {std::to_string(year)})).raw("</strong> ");
  b.link(base + "?year=" + std::to_string(year + 1), std::to_string(year + 1) + " »");
  b.raw("</p>");
}

// The unit's deadlines of `year` as a table, and whether it has reported.
void deadlines_table(Exchange& x, Html& b, const YearFacts& facts, const Unit& unit, int year) {
  if (!facts.plan) {
    b.el("p", x.t(MsgId::portal_no_plan, {std::to_string(year)}), "class=\"notice\"");
    b.el("p", facts.plan_error->render(x.lang), "class=\"hint\"");
    return;
  }
  auto units = x.portal.unit_snapshot();
  const CivilDate today = x.portal.today();
  const std::vector<Submission> receipts = facts.receipts_of({&unit});
  b.table_start({{x.t(MsgId::portal_col_deadline)},
                 {x.t(MsgId::portal_col_what)},
                 {x.t(MsgId::portal_col_to)},
                 {x.t(MsgId::portal_col_state)}},
                "stack");
  int shown = 0;
  for (const model::DatedDeadline& d : facts.deadlines) {
    if (!reports_for(unit, d)) continue;
    auto states = model::submission_states(d, *units->hierarchy, unit.parent, receipts, today);
    auto it =
        std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.unit->code == unit.code; });
    model::UnitState own{&unit, today > d.date ? model::State::missing : model::State::pending, std::nullopt};
    if (it != states.end()) own = *it;
    StateText st = state_text(x, own, d, today);
    // The unit above at the receiving level, or the body outside the hierarchy.
    std::string to = d.rule->to;
    if (!d.rule->to_level.empty())
      for (const Unit* up = units->unit(unit.parent); up;
           up = up->parent.empty() ? nullptr : units->unit(up->parent))
        if (model::level_id(d.rule->to_level) == up->level) {
          to = up->name;
          break;
        }
    auto label = [&](MsgId id) { return "data-label=\"" + esc(x.t(id)) + "\""; };
    b.raw("<tr>")
        .el("td", dmy(d.date), label(MsgId::portal_col_deadline))
        .el("td", d.rule->what, label(MsgId::portal_col_what));
    b.el("td", to, label(MsgId::portal_col_to));
    b.raw("<td " + label(MsgId::portal_col_state) + "><span class=\"state " + st.css + "\">").text(st.text);
    b.raw("</span></td></tr>");
    ++shown;
  }
  b.table_end();
  if (shown == 0) b.el("p", x.t(MsgId::portal_no_deadlines, {std::to_string(year)}), "class=\"notice\"");
}

void upload_form(Exchange& x, Html& b, const std::string& code, int year) {
  b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_upload_heading)).raw("</h2>");
  b.el("p", x.t(MsgId::portal_upload_help), "class=\"hint\"");
  b.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\"" + esc(unit_url(code, "/upload")) +
        "\">");
  b.raw(csrf_field(x));
  b.raw("<input type=\"hidden\" name=\"year\" value=\"" + std::to_string(year) + "\">");
  b.raw("<label for=\"file\">").text(x.t(MsgId::portal_upload_file, {std::to_string(year)})).raw("</label>");
  b.raw("<input id=\"file\" name=\"file\" type=\"file\" required accept=\".xlsx,.csv\">");
  b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_upload_button)).raw("</button></form></section>");
}

Unit unit_or_404(Exchange& x, const std::string& code) {
  auto units = x.portal.unit_snapshot();
  const Unit* u = units->unit(code);
  if (!u) not_found();
  return *u;
}

}  // namespace

void unit_page(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const int year = year_param(x);
  Html b;
  year_switch(x, b, year, unit_url(unit.code));
  auto lease = x.portal.pool.acquire();
  b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_deadlines_heading)).raw("</h2>");
  deadlines_table(x, b, *x.portal.year_facts(lease, year), unit, year);
  b.raw("<p>")
      .link(unit_url(unit.code, "/form?year=" + std::to_string(year)), x.t(MsgId::portal_form_link),
            "class=\"button secondary\"")
      .raw(" ")
      .link(unit_url(unit.code, "/history?year=" + std::to_string(year)), x.t(MsgId::portal_history_link))
      .raw("</p></section>");
  upload_form(x, b, unit.code, year);
  x.send_html(200, page(x, unit.name, b.str()));
}

void form_download(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const int year = year_param(x);
  render::FormSpec spec;
  spec.level = unit.level;
  spec.period = year;
  spec.units = {Unit{unit.code, unit.name}};
  auto lease = x.portal.pool.acquire();
  spec.indicators = model::form_indicators(*x.portal.year_facts(lease, year)->catalogue, unit.parent.empty());
  spec.created = unix_now();
  fs::path file = x.portal.private_dir("tmp") / (random_token() + ".xlsx");
  struct Remove {
    fs::path f;
    ~Remove() {
      std::error_code ec;
      fs::remove(f, ec);
    }
  } remove{file};
  render::write_collection_form(file, spec, x.lang);
  x.portal.audit(x, "download_form", unit.code, std::to_string(year));
  x.send_file(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "bieu-mau-" + unit.code + "-" + std::to_string(year) + ".xlsx");
}

void upload_submit(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  Upload up;
  read_upload(x, up);
  int year = x.portal.today().year;
  std::string y = up.fields.get("year", "");
  if (y.size() == 4 && std::all_of(y.begin(), y.end(), ::isdigit)) year = std::stoi(y);
  std::string ext = fs::path(up.filename).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext != ".xlsx" && ext != ".csv") bad_request(MsgId::portal_upload_kind, {up.filename});

  // The cycle's import job, for this unit's figures only; the problems also
  // as a workbook kept under a random name for the clerk to download.
  const std::string id = random_token();
  cycle::ImportOptions io = upload_import(up.file, up.filename);
  io.files = {up.file};
  io.period = year;
  io.imported_at = utc_of(x.portal.o.clock->now());
  io.only_units = {unit.code};
  io.errors_out = x.portal.private_dir("errors") / (id + ".xlsx");
  io.errors_lang = x.lang;
  cycle::ImportReport report;
  {
    auto lease = x.portal.pool.acquire();
    report = cycle::import_files(lease.store(), io);
  }
  const cycle::ImportedFile& r = report.files.front();
  // The store or the disk failing is the portal's error, not the file's.
  if (r.error && (r.error->family() == ErrorFamily::output || r.error->family() == ErrorFamily::internal))
    throw *r.error;
  Html b;
  if (r.error) {
    const std::vector<Diagnostic>& problems = r.error->diagnostics();
    x.portal.audit(x, "upload_refused", unit.code, up.filename + " (" + std::to_string(r.problems) + ")");
    b.raw("<section class=\"card\"><p class=\"error\" role=\"alert\">")
        .text(x.t(MsgId::portal_upload_refused,
                  {up.filename, std::to_string(std::max<std::size_t>(r.problems, 1))}))
        .raw("</p><ol class=\"problems\">");
    for (const Diagnostic& d : problems) b.el("li", format_diagnostic(x.lang, d));
    b.raw("</ol><p>");
    if (report.errors_written)
      b.link(unit_url(unit.code, "/errors/" + id), x.t(MsgId::portal_errors_link),
             "class=\"button secondary\"")
          .raw(" ");
    b.link(unit_url(unit.code, "?year=" + std::to_string(year)), x.t(MsgId::portal_back_unit))
        .raw("</p></section>");
    upload_form(x, b, unit.code, year);
    return x.send_html(422, page(x, x.t(MsgId::portal_upload_title), b.str()));
  }
  const bool unchanged = r.figures.unchanged;
  x.portal.audit(x, "upload", unit.code, up.filename + (unchanged ? " (=)" : ""));
  b.raw("<section class=\"card\"><p class=\"success\" role=\"status\">")
      .text(x.t(unchanged ? MsgId::portal_upload_unchanged : MsgId::portal_upload_done,
                {unit.name, std::to_string(year), up.filename}))
      .raw("</p>");
  if (!r.warnings.empty()) {
    b.raw("<ul class=\"warnings\">");
    for (const Diagnostic& d : r.warnings) b.el("li", format_diagnostic(x.lang, d));
    b.raw("</ul>");
  }
  b.raw("<p>")
      .link(unit_url(unit.code, "?year=" + std::to_string(year)), x.t(MsgId::portal_back_unit))
      .raw(" · ")
      .link(unit_url(unit.code, "/history?year=" + std::to_string(year)), x.t(MsgId::portal_history_link))
      .raw("</p></section>");
  x.send_html(200, page(x, x.t(MsgId::portal_upload_title), b.str()));
}

void errors_download(Exchange& x, const Params& p) {
  // Ids are random tokens: anything else names no file.
  const std::string& id = p[1];
  if (id.size() != 43 || id.find('.') != std::string::npos) not_found();
  fs::path file = x.portal.private_dir("errors") / (id + ".xlsx");
  x.send_file(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "loi-" + p[0] + ".xlsx");
}

void history_page(Exchange& x, const Params& p) {
  const Unit unit = unit_or_404(x, p[0]);
  const int year = year_param(x);
  Html b;
  year_switch(x, b, year, unit_url(unit.code, "/history"));
  auto lease = x.portal.pool.acquire();
  std::vector<store::SubmissionInfo> mine;
  for (auto& s : lease.store().submissions(year, true))
    if (s.unit_code == unit.code) mine.push_back(std::move(s));
  std::sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
  b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_history_heading)).raw("</h2>");
  if (mine.empty()) {
    b.el("p", x.t(MsgId::portal_history_none, {std::to_string(year)}), "class=\"notice\"");
  } else {
    b.table_start(
        {{x.t(MsgId::portal_col_time)}, {x.t(MsgId::portal_col_file)}, {x.t(MsgId::portal_col_state)}});
    for (const auto& s : mine) {
      b.raw("<tr><td>")
          .text(vietnam_display(s.imported_at))
          .raw("</td><td>")
          .text(s.source_file)
          .raw("</td><td>");
      if (s.superseded_by == 0)
        b.raw("<span class=\"state ok\">").text(x.t(MsgId::portal_submission_current)).raw("</span>");
      else
        b.raw("<span class=\"state superseded\">")
            .text(x.t(MsgId::portal_submission_superseded))
            .raw("</span>");
      b.raw("</td></tr>");
    }
    b.table_end();
  }
  b.raw("</section>");

  // The figures now in force, in the catalogue's order.
  std::vector<Record> figures;
  auto facts = x.portal.year_facts(lease, year);
  const auto& catalogue = *facts->catalogue;
  if (auto own = facts->figures.find(unit.code); own != facts->figures.end())
    for (const auto& [indicator, ratio] : own->second) {
      Record r;
      r.indicator = indicator;
      r.numerator = ratio.numerator;
      r.denominator = ratio.denominator;
      figures.push_back(std::move(r));
    }
  std::sort(figures.begin(), figures.end(), [&](const Record& a, const Record& c) {
    return catalogue.order(a.indicator) < catalogue.order(c.indicator);
  });
  if (!figures.empty()) {
    b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_figures_heading)).raw("</h2>");
    b.table_start({{x.t(MsgId::portal_col_indicator)},
                   {x.t(MsgId::portal_col_numerator), true},
                   {x.t(MsgId::portal_col_denominator), true},
                   {x.t(MsgId::portal_col_rate), true}});
    for (const Record& r : figures) {
      const model::Indicator* i = catalogue.find(r.indicator);
      model::Ratio ratio{r.numerator, r.denominator};
      b.raw("<tr><td>").text(i ? i->name : r.indicator).raw("</td><td class=\"num\">");
      b.text(text::format_vi_number(r.numerator) + (i && !i->rate ? " " + i->unit : "")).raw("</td><td class=\"num\">");
      // A count has no total and no rate.
      b.text(i && !i->rate ? "–" : text::format_vi_number(r.denominator)).raw("</td><td class=\"num\">");
      b.text(ratio.percent() ? text::format_vi_percent(*ratio.percent()) : "–").raw("</td></tr>");
    }
    b.table_end().raw("</section>");
  }
  b.raw("<p>")
      .link(unit_url(unit.code, "?year=" + std::to_string(year)), x.t(MsgId::portal_back_unit))
      .raw("</p>");
  x.send_html(200, page(x, x.t(MsgId::portal_history_title, {unit.name}), b.str()));
}

}  // namespace baocao::server
