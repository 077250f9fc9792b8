// `baocao render`: picks the data source, fills the template, and hands the
// document tree to the writer the output's extension names.
#include "app/render_command.hpp"
#include "app/run_command.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/store_options.hpp"
#include "app/store_template_data.hpp"
#include "app/limit_options.hpp"
#include "app/template_data_json.hpp"
#include "engine/cycle/paths.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/document/document_json.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;

// "--set nam=2025" gives a number, "--set so=125" too; anything else is text.
tmpl::Value set_value(const std::string& text) {
  std::size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
  bool digits = i < text.size(), dot = false;
  for (std::size_t k = i; k < text.size(); ++k) {
    if (text[k] == '.' && !dot && k > i && k + 1 < text.size())
      dot = true;
    else if (text[k] < '0' || text[k] > '9')
      digits = false;
  }
  // Leading zeros ("05") are kept as written: they are document numbers, not quantities.
  bool leading_zero = text.size() > i + 1 && text[i] == '0' && text[i + 1] != '.';
  if (digits && !leading_zero) return tmpl::Value::of(std::stod(text));
  return tmpl::Value::of(text::to_nfc(text));
}

// Depth limits bound recursion on the stack: 256 is already far
// deeper than any template, and more would trade a clear error for a crash.
int small_limit(const std::string& name, const std::string& value) {
  std::uint64_t n = parse_limit(name, value);
  if (n > 256) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "1..256"});
  return static_cast<int>(n);
}

class RenderCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("data", "FILE.json", MsgId::opt_data, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("figures", "FILE.csv", MsgId::opt_figures, lang));
    o.addOption(value_option("targets", "FILE.csv", MsgId::opt_targets, lang));
    o.addOption(value_option("set", "NAME=VALUE", MsgId::opt_set, lang).repeatable(true));
    o.addOption(value_option("out", "OUT.pdf|.xlsx|.json", MsgId::opt_out_file, lang, true));
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
    o.addOption(value_option("max-csv-line-bytes", "N", MsgId::opt_csv_line_limit, lang));
    for (const char* limit : {"max-template-bytes", "max-include-depth", "max-call-depth", "max-loop-iterations",
                              "max-output-bytes", "max-template-work", "max-value-bytes"})
      o.addOption(value_option(limit, "N", MsgId::opt_template_limit, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (name == "data")
      data_ = value;
    else if (store_.set(name, value))
      ;
    else if (name == "figures")
      figures_ = value;
    else if (name == "targets")
      targets_ = value;
    else if (name == "out")
      out_ = value;
    else if (name == "fonts")
      fonts_ = value;
    else if (name == "max-csv-line-bytes")
      csv_limits_.max_line_bytes = parse_limit(name, value);
    else if (name == "max-template-bytes")
      limits_.max_file_bytes = parse_limit(name, value);
    else if (name == "max-include-depth")
      limits_.max_include_depth = small_limit(name, value);
    else if (name == "max-call-depth")
      limits_.max_call_depth = small_limit(name, value);
    else if (name == "max-output-bytes")
      limits_.max_output_bytes = parse_limit(name, value);
    else if (name == "max-template-work")
      limits_.max_work_bytes = parse_limit(name, value);
    else if (name == "max-value-bytes")
      limits_.max_value_size = parse_limit(name, value);
    else if (name == "max-loop-iterations")
      limits_.max_loop_iterations =
          static_cast<long>(std::min<std::uint64_t>(parse_limit(name, value), 1ull << 40));
    else if (name == "set") {
      auto eq = value.find('=');
      if (eq == std::string::npos || eq == 0)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "NAME=VALUE"});
      sets_.emplace_back(value.substr(0, eq), value.substr(eq + 1));
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"TEMPLATE"});
    if (args.size() > 1) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[1]});
    std::string ext = fs::path(out_).extension().string();
    if (ext != ".pdf" && ext != ".xlsx" && ext != ".json")
      fail(ErrorFamily::usage, MsgId::render_bad_out, {out_});
    // --targets goes with --figures (or alone); the JSON and the store carry their own.
    const bool from_store = !store_.db.empty() || !store_.pg.empty();
    if ((!data_.empty()) + from_store + (!figures_.empty() || !targets_.empty()) > 1)
      fail(ErrorFamily::usage, MsgId::render_data_conflict);

    TemplateInputs inputs;
    if (!data_.empty()) inputs = read_template_data_json(data_);
    tmpl::Map sets;
    for (const auto& [k, v] : sets_) sets[k] = set_value(v);
    for (auto& [k, v] : sets) inputs.variables[k] = v;
    if (!inputs.data && from_store) {
      // The store holds many years: the template's `nam` says which.
      auto nam = inputs.variables.find("nam");
      if (nam == inputs.variables.end() || nam->second.kind != tmpl::Value::Kind::number)
        fail(ErrorFamily::usage, MsgId::render_store_needs_year);
      std::unique_ptr<store::Store> st = store_.open(true);
      StoreDataRequest req;
      req.year = static_cast<int>(nam->second.number);
      inputs.data = template_data_from_store(*st, req);
    }
    if (!inputs.data) {
      Dataset data;
      if (!figures_.empty() || !targets_.empty()) {
        auto nam = inputs.variables.find("nam");
        if (nam == inputs.variables.end() || nam->second.kind != tmpl::Value::Kind::number)
          fail(ErrorFamily::usage, MsgId::render_csv_needs_year);
        data.period = static_cast<int>(nam->second.number);
      }
      if (!figures_.empty()) csv::read_figures_csv(figures_, data, csv_limits_);
      if (!targets_.empty()) csv::read_targets_csv(targets_, data, csv_limits_);
      inputs.data = std::make_unique<tmpl::DatasetTemplateData>(std::move(data), std::vector<Unit>{},
                                                                std::map<int, CivilDate>{},
                                                                std::vector<tmpl::SubmissionRecord>{});
    }

    // A file, or a template's name found in --templates DIR before the shipped ones.
    const cycle::Paths paths = run_paths(fonts_);
    fs::path tpl = args[0];
    std::error_code ec;
    if (!fs::is_regular_file(tpl, ec))
      if (fs::path found = paths.find_template(args[0]); !found.empty()) tpl = found;
    doc::Document document = tmpl::render_file(tpl, *inputs.data, inputs.variables, limits_, paths.templates);
    if (!fs::path(out_).parent_path().empty()) prepare_output_dir(fs::path(out_).parent_path());
    if (ext == ".json") {
      write_file_atomic(out_, doc::to_json(document));
    } else if (ext == ".xlsx") {
      render::write_xlsx(document, out_);
    } else {
      fonts::FontSet fonts = fonts::FontSet::load(paths.fonts);
      render::write_pdf(layout::layout_document(document, fonts), fonts, out_);
    }
    ctx.out << message(ctx.lang, MsgId::render_written, {out_}) << '\n';
    return 0;
  }

 private:
  StoreOptions store_;
  std::string data_, figures_, targets_, out_;
  std::string fonts_;
  std::vector<std::pair<std::string, std::string>> sets_;
  csv::CsvLimits csv_limits_;
  tmpl::Limits limits_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() {
  return std::make_unique<RenderCommand>();
}

}  // namespace baocao::app
