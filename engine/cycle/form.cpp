#include "engine/cycle/form.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "data-adapters/csv/units_csv.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/body_form.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/collection_form.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/render/xlsx/form_writer.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::cycle {

namespace {

// The units of the level in force on a day, from the store or the list.
class FormUnits {
 public:
  FormUnits(const FormOptions& o, std::string level) : o_(o), level_(std::move(level)) {}

  std::vector<Unit> on(const CivilDate& day) {
    std::vector<Unit> out;
    has_parent = false;
    auto take = [&](const Unit& u) {
      if (text::slug_vi(u.level) != level_ || (!o_.scope.empty() && u.parent != o_.scope)) return;
      out.push_back({u.code, u.name});
      has_parent |= !u.parent.empty();
    };
    if (o_.units.empty()) {
      if (!store_) {
        store_ = o_.open_store();
        ensure_reference_data(*store_);
      }
      for (const Unit& u : store_->units_on(to_iso(day))) take(u);
    } else {
      if (!list_) list_ = csv::read_units_csv(o_.units.string());
      for (const Unit& u : *list_)
        if (model::valid_on(u, day)) take(u);
    }
    return out;
  }

  bool has_parent = false;  // of the units last selected

  // The store's catalogue (with the office's own indicators); the shipped
  // one for a form made from a units list alone.
  const model::IndicatorCatalogue& catalogue() const {
    return store_ ? store_catalogue(*store_) : model::IndicatorCatalogue::national();
  }

 private:
  const FormOptions& o_;
  std::string level_;
  std::unique_ptr<store::Store> store_;
  std::optional<std::vector<Unit>> list_;
};

// SOURCE_DATE_EPOCH pins the properties' date, for identical bytes.
long long created() {
  const char* sde = std::getenv("SOURCE_DATE_EPOCH");
  return sde && *sde ? std::atoll(sde)
                     : std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
}

void write(const FormOptions& o, const render::FormSpec& spec) {
  if (!o.out.parent_path().empty()) prepare_output_dir(o.out.parent_path());
  render::write_collection_form(o.out, spec, Lang::vi);
}

// A reporting body's form: its row, its indicators and tasks from the plan.
FormReport write_body_form(const FormOptions& o) {
  auto store = o.open_store();
  ensure_reference_data(*store);
  render::FormSpec spec = body_form_spec(*store, o.period, o.body, o.plan, o.store_dir);
  spec.password = o.password;
  spec.created = created();
  write(o, spec);
  FormReport r;
  r.indicators = spec.indicators.size();
  r.body_name = spec.body_name;
  r.tasks = spec.tasks.size();
  return r;
}

}  // namespace

FormReport write_form(const FormOptions& o) {
  if (o.level.empty() == o.body.empty()) fail(ErrorFamily::usage, MsgId::form_level_or_body);
  if (!o.body.empty()) return write_body_form(o);
  render::FormSpec spec;
  spec.level = text::slug_vi(o.level);
  spec.period = o.period;
  spec.password = o.password;
  if (!model::is_form_level(spec.level)) fail(ErrorFamily::usage, MsgId::form_unknown_level, {o.level});
  FormUnits units(o, spec.level);
  spec.units = units.on({o.period, 12, 31});
  if (spec.units.empty()) spec.units = units.on({o.period, 1, 1});
  if (spec.units.empty())
    fail(ErrorFamily::data, MsgId::form_no_units,
         {model::level_display_name(spec.level), std::to_string(o.period)});
  // The level's place in the unit list, not its name, says which
  // indicators it reports: the top (no parent) also has its own.
  spec.indicators = model::form_indicators(units.catalogue(), !units.has_parent);
  std::sort(spec.units.begin(), spec.units.end(),
            [](const Unit& a, const Unit& b) { return a.code < b.code; });
  spec.created = created();
  write(o, spec);
  FormReport r;
  r.units = spec.units.size();
  r.indicators = spec.indicators.size();
  r.level_name = model::level_display_name(spec.level);
  return r;
}

}  // namespace baocao::cycle
