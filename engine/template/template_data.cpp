// DatasetTemplateData: answers template questions from in-memory records.
#include "engine/template/template_data.hpp"

#include <algorithm>
#include <set>

namespace baocao::tmpl {

DatasetTemplateData::DatasetTemplateData(Dataset data, std::vector<Unit> units,
                                         std::map<int, CivilDate> deadlines,
                                         std::vector<SubmissionRecord> submissions,
                                         const model::IndicatorCatalogue& catalogue)
    : data_(std::move(data)),
      units_(std::move(units)),
      deadlines_(std::move(deadlines)),
      submissions_(std::move(submissions)),
      catalogue_(catalogue) {
  // summarize validates every record of every year (and refuses an empty set).
  if (!data_.records.empty()) (void)model::summarize(data_, catalogue_, data_.period);
  if (units_.empty()) {
    std::set<std::string> seen;
    for (const Record& r : data_.records)
      if (seen.insert(r.unit_code).second) units_.push_back({r.unit_code, r.unit_name});
  }
  if (submissions_.empty()) {
    std::set<std::pair<std::string, int>> seen;
    for (const Record& r : data_.records)
      if (seen.insert({r.unit_code, r.period}).second) submissions_.push_back({r.unit_code, r.period, {}});
  }
}

std::vector<const model::Indicator*> DatasetTemplateData::indicators() const {
  std::vector<const model::Indicator*> out;
  for (const auto& ind : catalogue_.all()) {
    bool used = std::any_of(data_.records.begin(), data_.records.end(),
                            [&](const Record& r) { return r.indicator == ind.id; }) ||
                std::any_of(data_.targets.begin(), data_.targets.end(),
                            [&](const Target& t) { return t.indicator == ind.id; });
    if (used) out.push_back(&ind);
  }
  return out;
}

std::optional<model::Ratio> DatasetTemplateData::ratio(const std::string& indicator,
                                                       const std::string& unit_code, int year) const {
  std::optional<model::Ratio> sum;
  for (const Record& r : data_.records) {
    if (r.indicator != indicator || r.period != year) continue;
    if (!unit_code.empty() && r.unit_code != unit_code) continue;
    if (!sum) sum.emplace();
    *sum += model::Ratio{r.numerator, r.denominator};
  }
  return sum;
}

TargetValue DatasetTemplateData::target(const std::string& indicator, int year) const {
  for (const Target& t : data_.targets)
    if (t.indicator == indicator && t.year == year) return t.value;
  return {};
}

std::optional<CivilDate> DatasetTemplateData::deadline(int year) const {
  auto it = deadlines_.find(year);
  if (it == deadlines_.end()) return std::nullopt;
  return it->second;
}

std::optional<CivilDate> DatasetTemplateData::submitted(const std::string& unit_code, int year) const {
  for (const auto& s : submissions_)
    if (s.unit_code == unit_code && s.year == year) return s.date;
  return std::nullopt;
}

}  // namespace baocao::tmpl
