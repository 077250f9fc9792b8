// What the documents of a reporting cycle ask of the figures: one area of
// the hierarchy (a commune, a province, ...), its figures rolled up through
// the hierarchy by model::Rollup (sums of numerators and denominators, a
// merged unit's earlier years from its predecessors), the plan's targets,
// and who of the area's units had reported by the document's date; or the
// reporting bodies of an area beside its roll-up.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "engine/model/rollup.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::tmpl {

class AreaTemplateData : public TemplateData {
 public:
  // `rollup` holds the figures every document of a date reads; `root` is
  // the area (ratio(…, "", …) is its roll-up); `members` are the units the
  // document lists; `years` those whose figures may appear (for
  // indicators()); `receipts` the area's units' receipts up to the date.
  // With `members_sum`, the members are reporting bodies (engine/dataset/
  // bodies.hpp), whose figures never add into the root's: a figure of the
  // whole is then the root's roll-up (the communes') when it has one, else
  // the sum over the members, so one table carries both.
  AreaTemplateData(std::shared_ptr<const model::Rollup> rollup, Unit root, std::vector<Unit> members,
                   std::vector<int> years, std::shared_ptr<const std::vector<Target>> targets,
                   std::map<int, CivilDate> deadlines, std::vector<SubmissionRecord> receipts,
                   const model::IndicatorCatalogue& catalogue = model::IndicatorCatalogue::national(),
                   bool members_sum = false);

  const model::IndicatorCatalogue& catalogue() const override { return catalogue_; }
  std::vector<Unit> units() const override { return members_; }
  std::vector<const model::Indicator*> indicators() const override;
  std::optional<model::Ratio> ratio(const std::string& indicator, const std::string& unit_code,
                                    int year) const override;
  TargetValue target(const std::string& indicator, int year) const override;
  std::optional<CivilDate> deadline(int year) const override;
  std::optional<CivilDate> submitted(const std::string& unit_code, int year) const override;

 private:
  std::shared_ptr<const model::Rollup> rollup_;
  Unit root_;
  std::vector<Unit> members_;
  std::vector<int> years_;
  std::shared_ptr<const std::vector<Target>> targets_;
  std::map<int, CivilDate> deadlines_;
  std::vector<SubmissionRecord> receipts_;
  const model::IndicatorCatalogue& catalogue_;
  bool members_sum_ = false;
};

}  // namespace baocao::tmpl
