#include "app/store_options.hpp"

#include <filesystem>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "data-adapters/postgresql/pg_store.hpp"
#include "data-adapters/sqlite/sqlite_store.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::app {

bool StoreOptions::set(const std::string& name, const std::string& value) {
  if (name == "db")
    db = value;
  else if (name == "pg")
    pg = value;
  else
    return false;
  return true;
}

std::unique_ptr<store::Store> StoreOptions::open(bool reads_only) const {
  // Never the --pg value itself in a message: it may hold a password.
  if (!db.empty() && !pg.empty())
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"pg", label(), "--db | --pg"});
  if (!pg.empty()) return store::open_postgresql_store(pg);
  return store::open_sqlite_store(db.empty() ? kDefaultDb : db,
                                  reads_only ? store::StoreAccess::read_only : store::StoreAccess::read_write);
}

std::string StoreOptions::label() const {
  return !pg.empty() ? store::redact_uri(pg) : (db.empty() ? kDefaultDb : db);
}

void ensure_reference_data(store::Store& s) {
  std::vector<store::IndicatorRow> rows;
  for (const auto& i : model::IndicatorCatalogue::national().all())
    rows.push_back({i.id, i.name, i.numerator, i.denominator, i.programme});
  s.put_indicators(rows);
  if (s.unit_count() == 0) {
    // BAOCAO_DATA_DIR is the source tree, as for fonts/manifest.json.
    auto path = std::filesystem::path(BAOCAO_DATA_DIR) / "data" / "units" / "don-vi-hanh-chinh-2025.csv";
    s.put_units(csv::units_from_csv(csv::read_csv(path.string())));
  }
}

}  // namespace baocao::app
