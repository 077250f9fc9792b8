#include "engine/model/rollup.hpp"

#include <algorithm>

#include "engine/model/target_value.hpp"
#include "engine/model/levels.hpp"

namespace baocao::model {

namespace {
constexpr int kMaxDepth = 64;  // deeper than any real hierarchy; stops a bad list's loop
CivilDate year_end(int year) {
  return {year, 12, 31};
}
}  // namespace

namespace {
std::vector<FigureSum> sums_of(const std::vector<Record>& records) {
  std::vector<FigureSum> out;
  out.reserve(records.size());
  for (const Record& r : records) out.push_back({r.unit_code, r.indicator, r.period, r.numerator, r.denominator});
  return out;
}
}  // namespace

Rollup::Rollup(const Hierarchy& hierarchy, const Dataset& data)
    : Rollup(hierarchy, sums_of(data.records), data.targets) {}

Rollup::Rollup(const Hierarchy& hierarchy, const std::vector<FigureSum>& sums, std::vector<Target> targets)
    : hierarchy_(hierarchy), targets_(std::move(targets)) {
  std::map<int, std::map<std::string, std::map<std::string, Ratio>>> own;  // year -> code -> indicator
  for (const FigureSum& r : sums) {
    own_[{r.unit_code, r.indicator, r.period}] += Ratio{r.numerator, r.denominator};
    own[r.period][r.unit_code][r.indicator] += Ratio{r.numerator, r.denominator};
  }
  for (auto& [year, by_unit] : own) {
    const CivilDate end = year_end(year);
    // Units in force at the year's end, deepest first, so a unit's children
    // are done before it.
    std::vector<std::pair<int, const Unit*>> order;
    for (const Unit& u : hierarchy.units()) {
      if (!valid_on(u, end)) continue;
      int depth = 0;
      for (const Unit* p = &u; !p->parent.empty() && depth < kMaxDepth; ++depth)
        if (!(p = hierarchy.find(p->parent, end))) break;
      order.emplace_back(depth, &u);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::map<std::string, std::map<std::string, Ratio>> below;  // code -> indicator -> children's sum
    for (const auto& [depth, u] : order) {
      std::map<std::string, Ratio> total;
      if (auto b = below.find(u->code); b != below.end()) total = std::move(b->second);
      if (auto o = by_unit.find(u->code); o != by_unit.end())
        for (const auto& [indicator, ratio] : o->second) total.try_emplace(indicator, ratio);  // children win
      for (const auto& [indicator, ratio] : total) totals_[{u->code, indicator, year}] = ratio;
      // A reporting body sits under its UBND's unit in a cycle's hierarchy but
      // reports its own field: its figures never add into the unit's.
      if (!u->parent.empty() && hierarchy.find(u->parent, end) && u->level != kBodiesTier)
        for (const auto& [indicator, ratio] : total) below[u->parent][indicator] += ratio;
    }
  }
}

std::optional<RolledUp> Rollup::value(const Unit& unit, const std::string& indicator, int year) const {
  return value_at(unit, indicator, year, 0);
}

std::optional<RolledUp> Rollup::value(std::string_view code, const std::string& indicator, int year) const {
  const Unit* u = hierarchy_.find(code, year_end(year));
  if (!u) u = hierarchy_.latest(code);
  if (u) return value_at(*u, indicator, year, 0);
  auto it = own_.find({std::string(code), indicator, year});
  if (it == own_.end()) return std::nullopt;
  return RolledUp{it->second, {}};
}

std::optional<RolledUp> Rollup::value_at(const Unit& unit, const std::string& indicator, int year,
                                         int depth) const {
  if (depth > kMaxDepth) return std::nullopt;
  const CivilDate end = year_end(year);
  if (valid_on(unit, end)) {
    auto it = totals_.find({unit.code, indicator, year});
    if (it == totals_.end()) return std::nullopt;
    return RolledUp{it->second, {}};
  }
  if (!unit.valid_from || !(end < *unit.valid_from)) return std::nullopt;
  // Not yet formed: its predecessors stand in.
  RolledUp sum;
  bool any = false;
  for (const Unit* p : hierarchy_.predecessors(unit)) {
    if (auto v = value_at(*p, indicator, year, depth + 1)) {
      sum.ratio += v->ratio;
      any = true;
    }
    sum.from_predecessors.push_back(p);
  }
  if (any) return sum;
  return std::nullopt;
}

Summary Rollup::children_summary(const Unit& parent, const IndicatorCatalogue& catalogue, int year) const {
  Summary s;
  s.year = year;
  const CivilDate end = year_end(year);
  auto kids = hierarchy_.children(parent.code, end);
  for (const Indicator& ind : catalogue.all()) {
    bool present = false;
    for (const Unit* k : kids)
      if (value(*k, ind.id, year)) present = true;
    if (!present) continue;
    IndicatorResult ir;
    ir.indicator = &ind;
    for (const Target& t : targets_)
      if (t.year == year && t.indicator == ind.id) {
        ir.target_value = t.value;
        ir.target = target_threshold(t.value);
      }
    if (auto prev = value(parent, ind.id, year - 1)) {
      ir.previous = prev->ratio;
      ir.previous_from = prev->from_predecessors;
    }
    s.indicators.push_back(std::move(ir));
  }
  for (const Unit* k : kids) {
    UnitRates u{k->code, k->name, std::vector<std::optional<Ratio>>(s.indicators.size())};
    for (std::size_t i = 0; i < s.indicators.size(); ++i)
      if (auto v = value(*k, s.indicators[i].indicator->id, year)) {
        u.ratios[i] = v->ratio;
        s.indicators[i].total += v->ratio;
      }
    s.units.push_back(std::move(u));
  }
  for (auto& ir : s.indicators) ir.verdict = judge(ir.total, ir.target_value, ir.indicator->rate);
  return s;
}

}  // namespace baocao::model
