// What a template may ask of the figures, as a small interface so any source
// can answer it (files and the store both go through DatasetTemplateData).
// Functions are over model types; templates never see records, only rates,
// targets and who reported when.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/dataset/dataset.hpp"
#include "engine/dataset/units.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/model/rates.hpp"

namespace baocao::tmpl {

class TemplateData {
 public:
  virtual ~TemplateData() = default;
  // The indicators the data may name: the shipped catalogue, or a store's
  // with the office's own.
  // No default: a wrapper that forgot it would hide the office's indicators.
  virtual const model::IndicatorCatalogue& catalogue() const = 0;
  // The reporting units, in the order reports list them.
  virtual std::vector<Unit> units() const = 0;
  // Indicators with figures or targets, in catalogue order.
  virtual std::vector<const model::Indicator*> indicators() const = 0;
  // Figures of one unit (empty `unit_code`: all units summed) for a year;
  // empty when nobody reported that indicator that year.
  virtual std::optional<model::Ratio> ratio(const std::string& indicator, const std::string& unit_code,
                                            int year) const = 0;
  // The plan's target as it states it; open = the plan sets none that year.
  virtual TargetValue target(const std::string& indicator, int year) const = 0;
  // The deadline for units to submit that year's figures, if known.
  virtual std::optional<CivilDate> deadline(int year) const = 0;
  // When a unit submitted that year's figures; empty = not (yet) submitted.
  virtual std::optional<CivilDate> submitted(const std::string& unit_code, int year) const = 0;
};

// Submissions as files or a store record them.
struct SubmissionRecord {
  std::string unit_code;
  int year = 0;
  CivilDate date;
};

// TemplateData over a Dataset (any number of years). Validates the records
// with model::summarize (throws Error(data) with every problem). When no
// submissions are given, a unit counts as submitted (undated) for each year
// it has figures.
class DatasetTemplateData : public TemplateData {
 public:
  DatasetTemplateData(Dataset data, std::vector<Unit> units, std::map<int, CivilDate> deadlines,
                      std::vector<SubmissionRecord> submissions,
                      const model::IndicatorCatalogue& catalogue = model::IndicatorCatalogue::national());

  const model::IndicatorCatalogue& catalogue() const override { return catalogue_; }
  std::vector<Unit> units() const override { return units_; }
  std::vector<const model::Indicator*> indicators() const override;
  std::optional<model::Ratio> ratio(const std::string& indicator, const std::string& unit_code,
                                    int year) const override;
  TargetValue target(const std::string& indicator, int year) const override;
  std::optional<CivilDate> deadline(int year) const override;
  std::optional<CivilDate> submitted(const std::string& unit_code, int year) const override;

 private:
  Dataset data_;
  std::vector<Unit> units_;
  std::map<int, CivilDate> deadlines_;
  std::vector<SubmissionRecord> submissions_;
  const model::IndicatorCatalogue& catalogue_;
};

}  // namespace baocao::tmpl
