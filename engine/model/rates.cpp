#include "engine/model/rates.hpp"

#include <map>
#include <tuple>
#include <utility>

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

std::optional<double> change_in_points(const IndicatorResult& r) {
  auto now = r.total.percent();
  auto before = r.previous ? r.previous->percent() : std::nullopt;
  if (!now || !before) return std::nullopt;
  return *now - *before;
}

namespace {

std::string plain(double v) { return text::format_vi_number(v, v == static_cast<long long>(v) ? 0 : 2); }

}  // namespace

std::vector<Diagnostic> check_records(const std::vector<Record>& records, const IndicatorCatalogue& catalogue) {
  std::vector<Diagnostic> problems;
  std::map<std::tuple<std::string, std::string, int>, const Record*> seen;
  for (const Record& r : records) {
    if (!catalogue.find(r.indicator))
      problems.push_back({MsgId::data_unknown_indicator, {r.indicator}, r.source});
    if (r.numerator < 0) problems.push_back({MsgId::data_negative, {plain(r.numerator)}, r.source});
    if (r.denominator < 0)
      problems.push_back({MsgId::data_negative, {plain(r.denominator)},
                          r.denominator_source.file.empty() ? r.source : r.denominator_source});
    if (r.numerator > r.denominator)
      problems.push_back({MsgId::data_numerator_above_denominator,
                          {plain(r.numerator), plain(r.denominator), r.indicator}, r.source});
    auto [it, fresh] = seen.emplace(std::make_tuple(r.unit_code, r.indicator, r.period), &r);
    if (!fresh)
      problems.push_back({MsgId::data_duplicate_unit,
                          {r.unit_code, std::to_string(it->second->source.line)}, r.source});
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
      if (t.year == year && t.indicator == ir.indicator->id) ir.target = t.percent;
    s.indicators.push_back(ir);
  }

  std::map<std::string, std::size_t> unit_index;
  for (const Record& r : data.records) {
    if (r.period != 0 && r.period != year) continue;  // other years feed comparisons, not totals
    auto [it, fresh] = unit_index.emplace(r.unit_code, s.units.size());
    if (fresh) s.units.push_back({r.unit_code, r.unit_name, std::vector<std::optional<Ratio>>(s.indicators.size())});
    std::size_t col = column_of[catalogue.order(r.indicator)];
    Ratio ratio{r.numerator, r.denominator};
    s.units[it->second].ratios[col] = ratio;
    s.indicators[col].total += ratio;
  }
  for (auto& ir : s.indicators) ir.verdict = judge(ir.total, ir.target);
  return s;
}

}  // namespace baocao::model
