#include "engine/template/bodies_data.hpp"

#include <algorithm>

namespace baocao::tmpl {

BodiesTemplateData::BodiesTemplateData(std::shared_ptr<const model::Rollup> rollup, Unit root,
                                       std::vector<Unit> bodies, std::vector<int> years,
                                       std::shared_ptr<const std::vector<Target>> targets,
                                       std::map<int, CivilDate> deadlines, std::vector<SubmissionRecord> receipts,
                                       const model::IndicatorCatalogue& catalogue)
    : rollup_(std::move(rollup)),
      root_(std::move(root)),
      bodies_(std::move(bodies)),
      years_(std::move(years)),
      targets_(std::move(targets)),
      deadlines_(std::move(deadlines)),
      receipts_(std::move(receipts)),
      catalogue_(catalogue) {}

std::vector<const model::Indicator*> BodiesTemplateData::indicators() const {
  std::vector<const model::Indicator*> out;
  for (const auto& ind : catalogue_.all()) {
    bool used = std::any_of(targets_->begin(), targets_->end(), [&](const Target& t) { return t.indicator == ind.id; });
    for (int y : years_) used = used || ratio(ind.id, "", y);
    if (used) out.push_back(&ind);
  }
  return out;
}

std::optional<model::Ratio> BodiesTemplateData::ratio(const std::string& indicator, const std::string& unit_code,
                                                      int year) const {
  if (!unit_code.empty()) {
    auto v = rollup_->value(unit_code, indicator, year);
    if (!v) return std::nullopt;
    return v->ratio;
  }
  if (auto v = rollup_->value(root_, indicator, year)) return v->ratio;
  std::optional<model::Ratio> sum;
  for (const Unit& b : bodies_)
    if (auto v = rollup_->value(b.code, indicator, year)) {
      if (!sum) sum.emplace();
      *sum += v->ratio;
    }
  return sum;
}

std::optional<double> BodiesTemplateData::target(const std::string& indicator, int year) const {
  for (const Target& t : *targets_)
    if (t.indicator == indicator && t.year == year) return t.percent;
  return std::nullopt;
}

std::optional<CivilDate> BodiesTemplateData::deadline(int year) const {
  auto it = deadlines_.find(year);
  if (it == deadlines_.end()) return std::nullopt;
  return it->second;
}

std::optional<CivilDate> BodiesTemplateData::submitted(const std::string& unit_code, int year) const {
  for (const auto& s : receipts_)
    if (s.unit_code == unit_code && s.year == year) return s.date;
  return std::nullopt;
}

}  // namespace baocao::tmpl
