// Rates of recognised / total per unit and rolled up, against the year's
// targets. A roll-up sums numerators and denominators; it never averages
// percentages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/dataset/dataset.hpp"
#include "engine/dataset/units.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::model {

struct Ratio {
  double numerator = 0;
  double denominator = 0;
  // numerator / denominator in percent; empty when the denominator is 0.
  std::optional<double> percent() const;
  Ratio& operator+=(const Ratio& o) {
    numerator += o.numerator;
    denominator += o.denominator;
    return *this;
  }
};

enum class Verdict { met, not_met, no_target, no_data };

// Met when the rate reaches the target; a blank target gives no_target.
Verdict judge(const Ratio& r, const std::optional<double>& target_percent);
// Against a target as the plan states it: a number or an at-least bound is
// met when reached, an at-most bound when not passed, a range when its low
// end is reached (the plan asks for at least that much: "75–80%" is a floor
// with an aim, and 85% is no failure); words and an open year give no_target.
// `rate` false: a count (engine/model/indicator_catalogue.hpp), judged by
// its number (the numerator), not a percentage.
Verdict judge(const Ratio& r, const TargetValue& target, bool rate = true);
// What a figure is compared and printed by: a rate's percentage, a count's number.
std::optional<double> measure(const Ratio& r, bool rate);

struct UnitRates {
  std::string code;
  std::string name;
  std::vector<std::optional<Ratio>> ratios;  // parallel to Summary::indicators
};

struct IndicatorResult {
  const Indicator* indicator = nullptr;
  Ratio total;
  std::optional<double> target;  // the least the rate must reach (target_threshold); empty = none
  TargetValue target_value;      // as the plan states it; open = no target set
  Verdict verdict = Verdict::no_data;
  std::optional<Ratio> previous;  // the same figure a year earlier, when known
  // Non-empty when `previous` is the sum of units merged into this one.
  std::vector<const Unit*> previous_from;
};

// Percentage points gained since the previous year; empty when either rate is unknown.
std::optional<double> change_in_points(const IndicatorResult& r);

struct Summary {
  int year = 0;
  std::vector<IndicatorResult> indicators;  // those present in the data, in catalogue order
  std::vector<UnitRates> units;             // in input order
};

// The problems of one figure on its own (unknown indicator, negative,
// numerator above denominator), appended to `problems`. An import checks
// its figures one by one as they stream past.
void check_record(const Record& r, const IndicatorCatalogue& catalogue, std::vector<Diagnostic>& problems);

// Every problem of `records` (check_record's, and the same unit and
// indicator twice in a period), in order. summarize() calls it before computing.
std::vector<Diagnostic> check_records(const std::vector<Record>& records,
                                      const IndicatorCatalogue& catalogue);

// Validates every record (known indicator, not negative, numerator not above
// denominator, one record per unit and indicator) and throws Error(data) with
// all problems found at once; then computes rates and totals for `year`.
Summary summarize(const Dataset& data, const IndicatorCatalogue& catalogue, int year);

}  // namespace baocao::model
