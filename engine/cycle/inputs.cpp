#include "engine/cycle/inputs.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <set>

#include "data-adapters/csv/units_csv.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/bodies.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/model/rates.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::cycle {

namespace {

namespace fs = std::filesystem;

tmpl::Value json_value(const Poco::Dynamic::Var& v) {
  if (v.isEmpty()) return tmpl::Value::none();
  if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
    tmpl::Map m;
    for (const auto& [k, x] : *v.extract<Poco::JSON::Object::Ptr>()) m[text::to_nfc(k)] = json_value(x);
    return tmpl::Value::of(std::move(m));
  }
  if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
    tmpl::List l;
    for (const auto& x : *v.extract<Poco::JSON::Array::Ptr>()) l.push_back(json_value(x));
    return tmpl::Value::of(std::move(l));
  }
  if (v.type() == typeid(bool)) return tmpl::Value::of(v.extract<bool>());
  if (v.isNumeric()) return tmpl::Value::of(v.convert<double>());
  return tmpl::Value::of(text::to_nfc(v.toString()));
}

// The template variables of --vars: a JSON object, e.g.
// {"ke_hoach_can_cu": "Kế hoạch số ...", "theo_don_vi": {"13285": {...}}}.
tmpl::Map read_vars(const fs::path& path) {
  tmpl::Map out;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(text::gate_file_text(read_bytes(path), path.string()));
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) throw Poco::Exception("{ ... }");
    for (const auto& [k, v] : *root.extract<Poco::JSON::Object::Ptr>()) out[text::to_nfc(k)] = json_value(v);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::run_vars_invalid, {path.string(), e.displayText()}, at_file(path.string()));
  } catch (const Error& e) {
    // A "\u0000" escape is seen only once decoded: name the file.
    std::vector<Diagnostic> named = e.diagnostics();
    for (auto& d : named)
      if (d.where.file.empty()) d.where.file = path.string();
    throw Error(e.family(), std::move(named));
  }
  return out;
}

// Earliest import date of each unit's submission for `year` (history
// included: superseding does not make a unit later), as a date in Vietnam.
void store_receipts(store::Store& s, int year, std::vector<Submission>& out) {
  std::map<std::string, std::string> first;
  for (const auto& sub : s.submissions(year, true)) {
    auto [it, fresh] = first.emplace(sub.unit_code, sub.imported_at);
    if (!fresh && sub.imported_at < it->second) it->second = sub.imported_at;
  }
  for (const auto& [code, at] : first) out.push_back({code, year, vietnam_date_of(at), "", ""});
}

}  // namespace

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
  if (!o.vars.empty()) in.vars = read_vars(o.vars);
  in.vars["nam"] = tmpl::Value::of(static_cast<double>(o.cycle));
  in.hierarchy = std::make_unique<model::Hierarchy>(
      with_bodies(store, o.units.empty() ? units_for_cycle(store, o.cycle) : csv::read_units_csv(o.units.string())),
      o.max_unit_depth);
  in.figures.period = o.cycle;
  auto targets = std::make_shared<std::vector<Target>>();
  for (int y : {o.cycle, o.cycle - 1}) {
    for (Record& r : store.figures(y)) in.figures.records.push_back(std::move(r));
    for (Target& t : store.targets(y)) targets->push_back(std::move(t));
    for (const auto& s : store.submissions(y, false)) in.submission_ids.push_back(s.id);
  }
  // The store checked each figure as it came in; a store edited by hand
  // (or by an older version) is checked once more, all problems at once.
  if (auto problems = model::check_records(in.figures.records, model::IndicatorCatalogue::national());
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
    for (int y : {o.cycle, o.cycle - 1}) store_receipts(store, y, in.receipts);
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
