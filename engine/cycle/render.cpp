#include "engine/cycle/render.hpp"

#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/json/template_data_json.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/store_template_data.hpp"
#include "engine/document/document_json.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/docx/docx_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

tmpl::Value setting_value(const std::string& text) {
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

namespace {

// The year a store or CSV source is read for: the variable `nam`.
int year_of(const tmpl::Map& variables, MsgId missing) {
  auto nam = variables.find("nam");
  if (nam == variables.end() || nam->second.kind != tmpl::Value::Kind::number)
    fail(ErrorFamily::usage, missing);
  return static_cast<int>(nam->second.number);
}

}  // namespace

void render_template(const RenderOptions& o) {
  const std::string ext = o.out.extension().string();
  if (ext != ".pdf" && ext != ".xlsx" && ext != ".docx" && ext != ".json")
    fail(ErrorFamily::usage, MsgId::render_bad_out, {o.out.string()});
  const bool from_store = static_cast<bool>(o.open_store),
             from_csv = !o.figures.empty() || !o.targets.empty();
  if (!o.data.empty() + from_store + from_csv > 1) fail(ErrorFamily::usage, MsgId::render_data_conflict);

  json::TemplateInputs inputs;
  if (!o.data.empty()) inputs = json::read_template_data_json(o.data.string());
  tmpl::Map sets;
  for (const auto& [k, v] : o.sets) sets[k] = setting_value(v);
  for (auto& [k, v] : sets) inputs.variables[k] = v;
  if (!inputs.data && from_store) {
    // The store holds many years: the template's `nam` says which.
    StoreDataRequest req;
    req.year = year_of(inputs.variables, MsgId::render_store_needs_year);
    std::unique_ptr<store::Store> store = o.open_store();
    inputs.data = template_data_from_store(*store, req);
  }
  if (!inputs.data) {
    Dataset data;
    if (from_csv) data.period = year_of(inputs.variables, MsgId::render_csv_needs_year);
    if (!o.figures.empty()) csv::read_figures_csv(o.figures.string(), data, o.csv_limits);
    if (!o.targets.empty()) {
      for (Target& t : forms::read_targets_file(o.targets.string(), model::IndicatorCatalogue::national(), o.csv_limits))
        data.targets.push_back(std::move(t));
      data.sources.push_back(o.targets.string());
    }
    inputs.data = std::make_unique<tmpl::DatasetTemplateData>(std::move(data), std::vector<Unit>{},
                                                              std::map<int, CivilDate>{},
                                                              std::vector<tmpl::SubmissionRecord>{});
  }

  fs::path tpl = o.template_name;
  std::error_code ec;
  if (!fs::is_regular_file(tpl, ec))
    if (fs::path found = o.paths.find_template(o.template_name); !found.empty()) tpl = found;
  doc::Document document =
      tmpl::render_file(tpl, *inputs.data, inputs.variables, o.limits, o.paths.templates);
  if (!o.out.parent_path().empty()) prepare_output_dir(o.out.parent_path());
  if (ext == ".json") {
    write_file_atomic(o.out, doc::to_json(document));
  } else if (ext == ".xlsx") {
    render::write_xlsx(document, o.out);
  } else if (ext == ".docx") {
    render::write_docx(document, fonts::FontSet::load(o.paths.fonts), o.out);
  } else {
    fonts::FontSet fonts = fonts::FontSet::load(o.paths.fonts);
    render::write_pdf(layout::layout_document(document, fonts), fonts, o.out);
  }
}

}  // namespace baocao::cycle
