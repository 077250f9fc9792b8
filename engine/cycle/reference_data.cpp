#include "engine/cycle/reference_data.hpp"

#include <filesystem>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::cycle {

void ensure_reference_data(store::Store& s) {
  std::vector<store::IndicatorRow> rows;
  for (const auto& i : model::IndicatorCatalogue::national().all())
    rows.push_back({i.id, i.name, i.numerator, i.denominator, i.programme});
  s.put_indicators(rows);
  if (s.unit_count() == 0) {
    auto path = data_dir() / "data" / "units" / "don-vi-hanh-chinh-2025.csv";
    s.put_units(csv::units_from_csv(csv::read_csv(path.string())));
  }
}

}  // namespace baocao::cycle
