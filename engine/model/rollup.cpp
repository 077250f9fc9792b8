#include "engine/model/rollup.hpp"

namespace baocao::model {

namespace {
constexpr int kMaxDepth = 16;  // deeper than any real hierarchy; stops a bad file's loop
CivilDate year_end(int year) { return {year, 12, 31}; }
}  // namespace

Rollup::Rollup(const Hierarchy& hierarchy, const Dataset& data) : hierarchy_(hierarchy), data_(data) {
  for (const Record& r : data.records) own_[{r.unit_code, r.indicator, r.period}] += Ratio{r.numerator, r.denominator};
}

std::optional<RolledUp> Rollup::value(const Unit& unit, const std::string& indicator, int year) const {
  return value_at(unit, indicator, year, 0);
}

std::optional<RolledUp> Rollup::value_at(const Unit& unit, const std::string& indicator, int year,
                                         int depth) const {
  if (depth > kMaxDepth) return std::nullopt;
  const CivilDate end = year_end(year);
  if (!valid_on(unit, end)) {
    if (unit.valid_from && end < *unit.valid_from) {  // not yet formed: its predecessors stand in
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
    }
    return std::nullopt;
  }
  RolledUp sum;
  bool any = false;
  for (const Unit* child : hierarchy_.children(unit.code, end)) {
    if (auto v = value_at(*child, indicator, year, depth + 1)) {
      sum.ratio += v->ratio;
      any = true;
    }
  }
  if (any) return sum;
  auto it = own_.find({unit.code, indicator, year});
  if (it != own_.end()) return RolledUp{it->second, {}};
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
    for (const Target& t : data_.targets)
      if (t.year == year && t.indicator == ind.id) ir.target = t.percent;
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
  for (auto& ir : s.indicators) ir.verdict = judge(ir.total, ir.target);
  return s;
}

}  // namespace baocao::model
