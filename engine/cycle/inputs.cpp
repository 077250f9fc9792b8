#include "engine/cycle/inputs.hpp"

#include <algorithm>
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
  std::set<std::string> received;  // of the cycle's year
  for (const Submission& s : in.receipts)
    if (s.period == in.year && s.received <= as_of) received.insert(s.unit_code);
  // The store adds each unit's figures up (one row per unit and indicator);
  // the hierarchy's sums are made from those, once for every document of
  // the date.
  std::vector<FigureSum> sums =
      store.figure_sums(in.year, in.receipts_from_store ? vietnam_midnight_utc(next_day(as_of)) : std::string());
  sums.erase(std::remove_if(sums.begin(), sums.end(), [&](const FigureSum& s) { return !received.count(s.unit_code); }),
             sums.end());
  for (FigureSum& s : store.figure_sums(in.year - 1)) sums.push_back(std::move(s));
  f->rollup = std::make_unique<model::Rollup>(*in.hierarchy, sums, *in.targets);
  return f;
}

}  // namespace baocao::cycle
