// What the documents of the reporting bodies' deadline ask of the figures:
// the bodies (units(), each a unit of tier kBodiesTier, model/levels.hpp)
// with their own figures, beside the roll-up of the unit they report to. A
// figure of the whole (ratio(…, "", …)) is that unit's roll-up, the
// communes' sums, when it has one, else the sum over the bodies: so one
// table of a consolidated report or a plan carries both the learning models
// the communes count and what the bodies count.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "engine/model/rollup.hpp"
#include "engine/template/template_data.hpp"

namespace baocao::tmpl {

class BodiesTemplateData : public TemplateData {
 public:
  // `rollup` holds the figures of the document's date (bodies' included);
  // `root` the unit the bodies report to; `bodies` those the document
  // lists; `years` the years whose figures may appear; `deadlines` the
  // bodies' deadline per year; `receipts` the bodies' receipts up to the date.
  BodiesTemplateData(std::shared_ptr<const model::Rollup> rollup, Unit root, std::vector<Unit> bodies,
                     std::vector<int> years, std::shared_ptr<const std::vector<Target>> targets,
                     std::map<int, CivilDate> deadlines, std::vector<SubmissionRecord> receipts,
                     const model::IndicatorCatalogue& catalogue = model::IndicatorCatalogue::national());

  std::vector<Unit> units() const override { return bodies_; }
  std::vector<const model::Indicator*> indicators() const override;
  std::optional<model::Ratio> ratio(const std::string& indicator, const std::string& unit_code,
                                    int year) const override;
  std::optional<double> target(const std::string& indicator, int year) const override;
  std::optional<CivilDate> deadline(int year) const override;
  std::optional<CivilDate> submitted(const std::string& unit_code, int year) const override;

 private:
  std::shared_ptr<const model::Rollup> rollup_;
  Unit root_;
  std::vector<Unit> bodies_;
  std::vector<int> years_;
  std::shared_ptr<const std::vector<Target>> targets_;
  std::map<int, CivilDate> deadlines_;
  std::vector<SubmissionRecord> receipts_;
  const model::IndicatorCatalogue& catalogue_;
};

}  // namespace baocao::tmpl
