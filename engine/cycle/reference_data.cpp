#include "engine/cycle/reference_data.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::cycle {

void ensure_reference_data(store::Store& s) {
  std::vector<store::IndicatorRow> rows;
  int position = 0;
  for (const auto& i : model::IndicatorCatalogue::national().all())
    rows.push_back({i.id, i.name, i.numerator, i.denominator, i.programme, i.unit,
                    model::measured_at_name(i.measured_at), i.rate ? "ty_le" : "so_luong", ++position, false});
  s.put_indicators(rows);
  if (s.unit_count() == 0) {
    auto path = data_dir() / "data" / "units" / "don-vi-hanh-chinh-2025.csv";
    s.put_units(csv::units_from_csv(csv::read_csv(path.string())));
  }
}

model::Indicator indicator_of(const store::IndicatorRow& r) {
  model::Indicator i;
  i.id = r.id;
  i.name = r.name;
  i.numerator = r.numerator;
  i.denominator = r.denominator;
  i.programme = r.programme;
  model::measured_at_of(r.measured_at, i.measured_at);
  i.rate = r.kind != "so_luong";
  i.unit = r.unit;
  return i;
}

const model::IndicatorCatalogue& store_catalogue(store::Store& s) {
  const model::IndicatorCatalogue& national = model::IndicatorCatalogue::national();
  std::vector<model::Indicator> office;
  std::string key;
  for (const store::IndicatorRow& r : s.indicators()) {
    if (!r.office || national.find(r.id)) continue;
    office.push_back(indicator_of(r));
    for (const std::string* f : {&r.id, &r.name, &r.numerator, &r.denominator, &r.programme, &r.unit,
                                 &r.measured_at, &r.kind})
      key += *f + '\x1f';
    key += '\x1e';
  }
  if (office.empty()) return national;
  // Kept for the process: a job holds references into its catalogue, and an
  // office changes its catalogue a few times a year.
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<model::IndicatorCatalogue>> kept;
  std::lock_guard lock(mutex);
  auto& slot = kept[key];
  if (!slot) {
    std::vector<model::Indicator> all = national.all();
    all.insert(all.end(), office.begin(), office.end());
    slot = std::make_unique<model::IndicatorCatalogue>(std::move(all));
  }
  return *slot;
}

}  // namespace baocao::cycle
