#include "app/report_command.hpp"

#include <filesystem>
#include <map>
#include <iostream>
#include <optional>

#include "app/limit_options.hpp"
#include "app/report_info_json.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/model/rates.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

namespace {

class ReportCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("targets", "FILE.csv", MsgId::opt_targets, lang));
    o.addOption(value_option("info", "FILE.json", MsgId::opt_info, lang));
    o.addOption(value_option("year", "YYYY", MsgId::opt_year, lang, true));
    o.addOption(value_option("out", "DIR", MsgId::opt_out, lang, true));
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
    // Who should have reported, who did and when: without them every unit in
    // the figures counts as reported and nobody as missing.
    o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang));
    o.addOption(value_option("scope", "CODE", MsgId::opt_scope, lang));
    o.addOption(value_option("submissions", "FILE.csv", MsgId::opt_submissions, lang).repeatable(true));
    o.addOption(value_option("deadline", "YYYY-MM-DD", MsgId::opt_deadline, lang));
    o.addOption(value_option("previous", "FILE.csv", MsgId::opt_previous, lang).repeatable(true));
    o.addOption(value_option("max-csv-line-bytes", "N", MsgId::opt_csv_line_limit, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (name == "targets") targets_ = value;
    else if (name == "info") info_ = value;
    else if (name == "out") out_ = value;
    else if (name == "fonts") fonts_ = value;
    else if (name == "units") units_ = value;
    else if (name == "scope") scope_ = value;
    else if (name == "submissions") submissions_.push_back(value);
    else if (name == "deadline") deadline_ = parse_iso_date(value);
    else if (name == "previous") previous_.push_back(value);
    else if (name == "max-csv-line-bytes") csv_limits_.max_line_bytes = parse_limit(name, value);
    else if (name == "year") {
      year_ = parse_year_option(name, value);
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FIGURES.csv"});
    Dataset data;
    data.period = year_;
    for (const auto& file : args) csv::read_figures_csv(file, data, csv_limits_);
    data.period = year_ - 1;  // figures of the year before, for the comparison
    for (const auto& file : previous_) csv::read_figures_csv(file, data, csv_limits_);
    data.period = year_;
    if (!targets_.empty()) csv::read_targets_csv(targets_, data, csv_limits_);
    std::vector<Unit> units;
    std::vector<std::string> predecessor_names;
    if (!units_.empty()) {
      model::Hierarchy hierarchy(csv::read_units_csv(units_));
      const CivilDate year_end{year_, 12, 31};
      const Unit* scope = scope_.empty() ? nullptr : hierarchy.find(scope_, year_end);
      if (!scope_.empty() && !scope) fail(ErrorFamily::data, MsgId::unit_unknown_parent, {scope_, units_});
      for (const Unit& u : hierarchy.units())
        if (model::valid_on(u, year_end) && (scope ? u.parent == scope->code : !u.parent.empty()))
          units.push_back(u);
      // A scope formed by a merger this year: --previous holds its predecessors'
      // figures, and the report says whose.
      if (scope && scope->valid_from && *scope->valid_from > CivilDate{year_ - 1, 12, 31})
        for (const Unit* p : hierarchy.predecessors(*scope)) predecessor_names.push_back(p->name);
    }
    Dataset received;
    for (const auto& file : submissions_) csv::read_submissions_csv(file, received);
    std::vector<tmpl::SubmissionRecord> subs;
    for (const Submission& s : received.submissions)
      if (s.deadline_id.empty()) subs.push_back({s.unit_code, s.period, s.received});
    std::map<int, CivilDate> deadlines;
    if (deadline_) deadlines[year_] = *deadline_;
    report::ReportInfo info;
    if (!info_.empty()) info = read_report_info(info_);
    if (!is_valid(info.date)) info.date = CivilDate{year_, 12, 31};

    // The year-end Báo cáo is the shipped template; the wording of
    // --info becomes its variables, under the keys of the info file.
    tmpl::Map vars;
    auto text = [](const std::string& s) { return tmpl::Value::of(s); };
    auto list = [](const std::vector<std::string>& v) {
      tmpl::List l;
      for (const auto& s : v) l.push_back(tmpl::Value::of(s));
      return tmpl::Value::of(std::move(l));
    };
    vars["nam"] = tmpl::Value::of(static_cast<double>(year_));
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
    vars["tien_than"] = list(predecessor_names);
    tmpl::DatasetTemplateData figures(std::move(data), std::move(units), std::move(deadlines), std::move(subs));
    doc::Document document = tmpl::render_file(cycle::Paths::shipped().find_template("bao-cao-tong-hop"), figures, vars);
    fonts::FontSet fonts = fonts::FontSet::load(fonts_.empty() ? fonts::FontSet::default_manifest() : std::filesystem::path(fonts_));
    layout::PagedDocument pages = layout::layout_document(document, fonts);

    prepare_output_dir(out_);
    std::string base = "bao-cao-" + std::to_string(year_);
    auto pdf = std::filesystem::path(out_) / (base + ".pdf");
    auto xlsx = std::filesystem::path(out_) / (base + ".xlsx");
    render::write_pdf(pages, fonts, pdf);
    render::write_xlsx(document, xlsx);
    ctx.out << message(ctx.lang, MsgId::report_written, {pdf.string()}) << '\n'
            << message(ctx.lang, MsgId::report_written, {xlsx.string()}) << '\n';
    return 0;
  }

 private:
  std::string targets_, info_, out_, fonts_, units_, scope_;
  std::vector<std::string> submissions_, previous_;
  std::optional<CivilDate> deadline_;
  int year_ = 0;
  csv::CsvLimits csv_limits_;
};

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace baocao::app
