#include "engine/model/rates.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <utility>

#include "engine/model/target_value.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::model {

std::optional<double> Ratio::percent() const {
  if (denominator <= 0) return std::nullopt;
  return numerator / denominator * 100.0;
}

Verdict judge(const Ratio& r, const std::optional<double>& target) {
  auto p = r.percent();
  if (!p) return Verdict::no_data;
  if (!target) return Verdict::no_target;
  return *p + 1e-9 >= *target ? Verdict::met : Verdict::not_met;
}

std::optional<double> measure(const Ratio& r, bool rate) {
  if (rate) return r.percent();
  return r.numerator;
}

Verdict judge(const Ratio& r, const TargetValue& target, bool rate) {
  auto p = measure(r, rate);
  if (!p) return Verdict::no_data;
  switch (target.kind) {
    case TargetKind::number:
    case TargetKind::range:
    case TargetKind::at_least:
      return *p + 1e-9 >= target.low ? Verdict::met : Verdict::not_met;
    case TargetKind::at_most:
      return *p <= target.high + 1e-9 ? Verdict::met : Verdict::not_met;
    default:
      return Verdict::no_target;
  }
}

std::optional<double> change_in_points(const IndicatorResult& r) {
  auto now = r.total.percent();
  auto before = r.previous ? r.previous->percent() : std::nullopt;
  if (!now || !before) return std::nullopt;
  return *now - *before;
}

namespace {

std::string plain(double v) {
  return text::format_vi_number(v, v == static_cast<long long>(v) ? 0 : 2);
}

}  // namespace

void check_record(const Record& r, const IndicatorCatalogue& catalogue, std::vector<Diagnostic>& problems) {
  const Indicator* indicator = catalogue.find(r.indicator);
  if (!indicator)
    problems.push_back({MsgId::data_unknown_indicator, {r.indicator}, r.source});
  if (r.numerator < 0) problems.push_back({MsgId::data_negative, {plain(r.numerator)}, r.source});
  if (r.denominator < 0)
    problems.push_back({MsgId::data_negative,
                        {plain(r.denominator)},
                        r.denominator_source.file.empty() ? r.source : r.denominator_source});
  // A count has no total to stay under; a total given with it is a mistake
  // of the form (a rate's columns filled for a count).
  if (indicator && !indicator->rate) {
    if (r.denominator != 0)
      problems.push_back({MsgId::data_count_with_total,
                          {plain(r.denominator), r.indicator},
                          r.denominator_source.file.empty() ? r.source : r.denominator_source});
  } else if (indicator && !r.has_denominator) {
    problems.push_back({MsgId::data_rate_without_total, {r.indicator}, r.source});
  } else if (r.numerator > r.denominator)
    problems.push_back({MsgId::data_numerator_above_denominator,
                        {plain(r.numerator), plain(r.denominator), r.indicator},
                        r.source});
}

std::vector<Diagnostic> check_records(const std::vector<Record>& records,
                                      const IndicatorCatalogue& catalogue) {
  // Duplicates by sorting record indices, not a map of (unit, indicator,
  // period) string copies: a 100,000-row import has 400,000 records, and the
  // map alone took about 80 MB (BENCHMARKS.md, workload 4).
  std::vector<std::uint32_t> order(records.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::uint32_t i) {
    const Record& r = records[i];
    return std::tie(r.unit_code, r.indicator, r.period);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  // first_of[i]: the earliest record with i's key, or i itself.
  std::vector<std::uint32_t> first_of(records.size());
  for (std::size_t k = 0; k < order.size(); ++k)
    first_of[order[k]] = k > 0 && key(order[k - 1]) == key(order[k]) ? first_of[order[k - 1]] : order[k];
  order = {};

  std::vector<Diagnostic> problems;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    check_record(r, catalogue, problems);
    if (first_of[i] != i)
      problems.push_back({MsgId::data_duplicate_unit,
                          {r.unit_code, std::to_string(records[first_of[i]].source.line)},
                          r.source});
  }
  return problems;
}

namespace {

void validate(const Dataset& data, const IndicatorCatalogue& catalogue) {
  std::vector<Diagnostic> problems = check_records(data.records, catalogue);
  if (data.records.empty()) problems.push_back({MsgId::data_no_records, {}, {}});
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
}

}  // namespace

Summary summarize(const Dataset& data, const IndicatorCatalogue& catalogue, int year) {
  validate(data, catalogue);
  Summary s;
  s.year = year;

  std::vector<bool> present(catalogue.all().size(), false);
  for (const Record& r : data.records)
    if (r.period == 0 || r.period == year) present[catalogue.order(r.indicator)] = true;
  std::vector<std::size_t> column_of(catalogue.all().size(), 0);
  for (std::size_t k = 0; k < present.size(); ++k) {
    if (!present[k]) continue;
    column_of[k] = s.indicators.size();
    IndicatorResult ir;
    ir.indicator = &catalogue.all()[k];
    for (const Target& t : data.targets)
      if (t.year == year && t.indicator == ir.indicator->id) {
        ir.target_value = t.value;
        ir.target = target_threshold(t.value);
      }
    s.indicators.push_back(ir);
  }

  std::map<std::string, std::size_t> unit_index;
  for (const Record& r : data.records) {
    if (r.period != 0 && r.period != year) continue;  // other years feed comparisons, not totals
    auto [it, fresh] = unit_index.emplace(r.unit_code, s.units.size());
    if (fresh)
      s.units.push_back({r.unit_code, r.unit_name, std::vector<std::optional<Ratio>>(s.indicators.size())});
    std::size_t col = column_of[catalogue.order(r.indicator)];
    Ratio ratio{r.numerator, r.denominator};
    s.units[it->second].ratios[col] = ratio;
    s.indicators[col].total += ratio;
  }
  for (auto& ir : s.indicators) ir.verdict = judge(ir.total, ir.target_value, ir.indicator->rate);
  return s;
}

}  // namespace baocao::model
