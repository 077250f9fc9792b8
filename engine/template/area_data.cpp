#include "engine/template/area_data.hpp"

#include <algorithm>

namespace baocao::tmpl {

AreaTemplateData::AreaTemplateData(std::shared_ptr<const model::Rollup> rollup, Unit root, std::vector<Unit> members,
                                   std::vector<int> years, std::shared_ptr<const std::vector<Target>> targets,
                                   std::map<int, CivilDate> deadlines, std::vector<SubmissionRecord> receipts,
                                   const model::IndicatorCatalogue& catalogue, bool members_sum)
    : rollup_(std::move(rollup)),
      root_(std::move(root)),
      members_(std::move(members)),
      years_(std::move(years)),
      targets_(std::move(targets)),
      deadlines_(std::move(deadlines)),
      receipts_(std::move(receipts)),
      catalogue_(catalogue),
      members_sum_(members_sum) {}

std::vector<const model::Indicator*> AreaTemplateData::indicators() const {
  std::vector<const model::Indicator*> out;
  for (const auto& ind : catalogue_.all()) {
    bool used = std::any_of(targets_->begin(), targets_->end(), [&](const Target& t) { return t.indicator == ind.id; });
    for (int y : years_) used = used || ratio(ind.id, "", y);
    if (used) out.push_back(&ind);
  }
  return out;
}

std::optional<model::Ratio> AreaTemplateData::ratio(const std::string& indicator, const std::string& unit_code,
                                                    int year) const {
  auto v = unit_code.empty() ? rollup_->value(root_, indicator, year) : rollup_->value(unit_code, indicator, year);
  if (v) return v->ratio;
  if (!unit_code.empty() || !members_sum_) return std::nullopt;
  std::optional<model::Ratio> sum;
  for (const Unit& m : members_)
    if (auto mv = rollup_->value(m.code, indicator, year)) {
      if (!sum) sum.emplace();
      *sum += mv->ratio;
    }
  return sum;
}

TargetValue AreaTemplateData::target(const std::string& indicator, int year) const {
  for (const Target& t : *targets_)
    if (t.indicator == indicator && t.year == year) return t.value;
  return {};
}

std::optional<CivilDate> AreaTemplateData::deadline(int year) const {
  auto it = deadlines_.find(year);
  if (it == deadlines_.end()) return std::nullopt;
  return it->second;
}

std::optional<CivilDate> AreaTemplateData::submitted(const std::string& unit_code, int year) const {
  for (const auto& s : receipts_)
    if (s.unit_code == unit_code && s.year == year) return s.date;
  return std::nullopt;
}

}  // namespace baocao::tmpl
