#include "engine/cycle/report.hpp"

#include <map>

#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "data-adapters/json/report_info_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/template/evaluator.hpp"

namespace baocao::cycle {

namespace {

// The wording of the info file, as the template's variables under the
// file's own keys.
tmpl::Map report_vars(const report::ReportInfo& info, int year,
                      const std::vector<std::string>& predecessors) {
  auto text = [](const std::string& s) { return tmpl::Value::of(s); };
  auto list = [](const std::vector<std::string>& v) {
    tmpl::List l;
    for (const auto& s : v) l.push_back(tmpl::Value::of(s));
    return tmpl::Value::of(std::move(l));
  };
  tmpl::Map vars;
  vars["nam"] = tmpl::Value::of(static_cast<double>(year));
  vars["co_quan_chu_quan"] = text(info.governing_body);
  vars["co_quan_ban_hanh"] = text(info.issuing_body);
  vars["so_ky_hieu"] = text(info.number_symbol);
  vars["dia_danh"] = text(info.place);
  vars["ngay"] = tmpl::Value::of(info.date);
  vars["dia_ban"] = text(info.area);
  vars["can_cu"] = text(info.basis);
  vars["quyen_han"] = list(info.authority_lines);
  vars["nguoi_ky"] = text(info.signer_name);
  vars["noi_nhan"] = list(info.recipients);
  vars["tien_than"] = list(predecessors);
  return vars;
}

}  // namespace

ReportFiles write_report(const ReportOptions& o) {
  Dataset data;
  data.period = o.year;
  for (const auto& file : o.figures) csv::read_figures_csv(file.string(), data, o.csv_limits);
  data.period = o.year - 1;  // figures of the year before, for the comparison
  for (const auto& file : o.previous) csv::read_figures_csv(file.string(), data, o.csv_limits);
  data.period = o.year;
  if (!o.targets.empty()) {
    for (Target& t : forms::read_targets_file(o.targets.string(), model::IndicatorCatalogue::national(), o.csv_limits))
      data.targets.push_back(std::move(t));
    data.sources.push_back(o.targets.string());
  }
  std::vector<Unit> units;
  std::vector<std::string> predecessor_names;
  if (!o.units.empty()) {
    model::Hierarchy hierarchy(csv::read_units_csv(o.units.string()));
    const CivilDate year_end{o.year, 12, 31};
    const Unit* scope = o.scope.empty() ? nullptr : hierarchy.find(o.scope, year_end);
    if (!o.scope.empty() && !scope)
      fail(ErrorFamily::data, MsgId::unit_unknown_parent, {o.scope, o.units.string()});
    for (const Unit& u : hierarchy.units())
      if (model::valid_on(u, year_end) && (scope ? u.parent == scope->code : !u.parent.empty()))
        units.push_back(u);
    // A scope formed by a merger this year: `previous` holds its
    // predecessors' figures, and the report says whose.
    if (scope && scope->valid_from && *scope->valid_from > CivilDate{o.year - 1, 12, 31})
      for (const Unit* p : hierarchy.predecessors(*scope)) predecessor_names.push_back(p->name);
  }
  Dataset received;
  for (const auto& file : o.submissions) csv::read_submissions_csv(file.string(), received);
  std::vector<tmpl::SubmissionRecord> subs;
  for (const Submission& s : received.submissions)
    if (s.deadline_id.empty()) subs.push_back({s.unit_code, s.period, s.received});
  std::map<int, CivilDate> deadlines;
  if (o.deadline) deadlines[o.year] = *o.deadline;
  report::ReportInfo info;
  if (!o.info.empty()) info = json::read_report_info(o.info.string());
  if (!is_valid(info.date)) info.date = CivilDate{o.year, 12, 31};

  tmpl::DatasetTemplateData figures(std::move(data), std::move(units), std::move(deadlines), std::move(subs));
  const Paths paths = Paths::shipped(o.fonts);
  doc::Document document = tmpl::render_file(paths.find_template("bao-cao-tong-hop"), figures,
                                             report_vars(info, o.year, predecessor_names));
  fonts::FontSet fonts = fonts::FontSet::load(paths.fonts);
  layout::PagedDocument pages = layout::layout_document(document, fonts);

  prepare_output_dir(o.out);
  const std::string base = "bao-cao-" + std::to_string(o.year);
  ReportFiles files{o.out / (base + ".pdf"), o.out / (base + ".xlsx")};
  render::write_pdf(pages, fonts, files.pdf);
  render::write_xlsx(document, files.xlsx);
  return files;
}

}  // namespace baocao::cycle
