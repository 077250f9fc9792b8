#include "engine/cycle/inputs.hpp"

#include <set>

#include "data-adapters/csv/units_csv.hpp"
#include "data-adapters/json/json_value.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/bodies.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/cycle/store_template_data.hpp"
#include "engine/model/rates.hpp"

namespace baocao::cycle {

std::vector<Unit> units_for_cycle(store::Store& s, int year) {
  std::vector<Unit> rows;
  std::set<std::pair<std::string, std::optional<CivilDate>>> seen;
  auto add = [&](const Unit& u) {
    if (seen.insert({u.code, u.valid_from}).second) rows.push_back(u);
  };
  for (const std::string& on : {std::to_string(year) + "-12-31", std::to_string(year - 1) + "-12-31"})
    for (const Unit& u : s.units_on(on)) add(u);
  // A merger before the previous year's end is otherwise not loaded.
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].predecessors.empty() || !rows[i].valid_from) continue;
    const std::set<std::string> wanted(rows[i].predecessors.begin(), rows[i].predecessors.end());
    for (const Unit& u : s.units_on(to_iso(model::day_before(*rows[i].valid_from))))
      if (wanted.count(u.code)) add(u);
  }
  return rows;
}

CycleInputs load_inputs(store::Store& store, const RunOptions& o) {
  CycleInputs in;
  in.year = o.cycle;
  in.plan = find_plan(store, o.cycle, o.plan, o.store_dir);
  if (!o.vars.empty()) in.vars = json::read_vars_json(o.vars);
  in.vars["nam"] = tmpl::Value::of(static_cast<double>(o.cycle));
  in.hierarchy = std::make_unique<model::Hierarchy>(
      with_bodies(store, o.units.empty() ? units_for_cycle(store, o.cycle) : csv::read_units_csv(o.units.string())),
      o.max_unit_depth);
  in.figures.period = o.cycle;
  // Every year's targets: a Kế hoạch's roadmap runs to the plan's last year.
  auto targets = std::make_shared<std::vector<Target>>(store.all_targets());
  for (int y : {o.cycle, o.cycle - 1}) {
    for (Record& r : store.figures(y)) in.figures.records.push_back(std::move(r));
    for (const auto& s : store.submissions(y, false)) in.submission_ids.push_back(s.id);
  }
  // The store checked each figure as it came in; a store edited by hand
  // (or by an older version) is checked once more, all problems at once.
  if (auto problems = model::check_records(in.figures.records, store_catalogue(store));
      !problems.empty())
    throw Error(ErrorFamily::data, std::move(problems));
  in.targets = targets;
  if (!o.submissions.empty()) {
    Dataset reg;
    for (const auto& f : o.submissions) csv::read_submissions_csv(f.string(), reg);
    for (const Submission& s : reg.submissions)
      if (s.deadline_id.empty()) in.receipts.push_back(s);
  } else {
    in.receipts_from_store = true;
    for (int y : {o.cycle, o.cycle - 1})
      for (Submission& s : store_receipts(store, y)) in.receipts.push_back(std::move(s));
  }
  in.register_rows = store.issuers();
  in.issuers = model::IssuerRegister(in.register_rows);
  return in;
}

std::shared_ptr<const Facts> facts_as_of(store::Store& store, const CycleInputs& in, const CivilDate& as_of) {
  auto f = std::make_shared<Facts>();
  f->as_of = as_of;
  f->data.period = in.year;
  std::map<std::string, CivilDate> received;  // of the cycle's year
  for (const Submission& s : in.receipts)
    if (s.period == in.year && s.received <= as_of) {
      auto [it, fresh] = received.emplace(s.unit_code, s.received);
      if (!fresh && s.received < it->second) it->second = s.received;
    }
  std::vector<Record> year_figures;
  if (in.receipts_from_store)
    year_figures = store.figures_before(in.year, vietnam_midnight_utc(next_day(as_of)));
  for (const Record& r : in.receipts_from_store ? year_figures : in.figures.records) {
    if (r.period == in.year && !received.count(r.unit_code)) continue;
    f->data.records.push_back(r);
  }
  if (in.receipts_from_store)
    for (const Record& r : in.figures.records)
      if (r.period != in.year) f->data.records.push_back(r);
  f->data.targets = *in.targets;
  f->rollup = std::make_unique<model::Rollup>(*in.hierarchy, f->data);
  return f;
}

}  // namespace baocao::cycle
