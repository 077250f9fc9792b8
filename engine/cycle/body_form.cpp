#include "engine/cycle/body_form.hpp"

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/plan_source.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/bodies.hpp"
#include "engine/model/levels.hpp"

namespace baocao::cycle {

render::FormSpec body_form_spec(store::Store& store, int period, const std::string& code,
                                const std::filesystem::path& plan_path, const std::filesystem::path& store_dir) {
  const std::vector<ReportingBody> bodies = store.bodies();
  const ReportingBody* body = nullptr;
  std::string known;
  for (const ReportingBody& b : bodies) {
    if (b.code == code) body = &b;
    known += (known.empty() ? "" : ", ") + b.code;
  }
  if (!body) fail(ErrorFamily::usage, MsgId::form_unknown_body, {code, known.empty() ? "-" : known});
  const PlanSource plan = find_plan(store, period, plan_path, store_dir);
  const BodyAssignment* a = model::assignment_of(plan.plan, code);
  render::FormSpec spec;
  spec.level = std::string(model::kBodiesTier);
  spec.period = period;
  spec.body = body->code;
  spec.body_name = body->name;
  spec.units.push_back(model::body_unit(*body));
  const model::IndicatorCatalogue& catalogue = store_catalogue(store);
  if (a)
    for (const std::string& id : a->indicators)
      if (const model::Indicator* ind = catalogue.find(id)) spec.indicators.push_back(ind);
  if (spec.indicators.empty()) fail(ErrorFamily::data, MsgId::form_body_not_assigned, {code, plan.label});
  if (a)
    for (const std::string& id : a->tasks)
      if (const PlanTask* t = model::task_of(plan.plan, id)) spec.tasks.push_back({t->id, t->name});
  return spec;
}

}  // namespace baocao::cycle
