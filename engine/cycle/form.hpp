// The data-collection form of a level, or of a reporting body
// (engine/cycle/body_form.hpp), for a period (`baocao form`): which
// units (the store's or a units list's) and which indicators (by the level's
// place in the unit list, from the catalogue) go on it; engine/render/xlsx/
// form_writer writes it, and `import` reads it back without a mapping file.
// The units are those in force at the end of the period (a year-end report
// names the units that exist then); a level abolished during the year (the
// districts in 2025) falls back to those in force at its start.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "engine/store/store.hpp"

namespace baocao::cycle {

struct FormOptions {
  std::string level;  // as a person writes it ("Xã"); its slug names the level
  std::string body;   // or a reporting body's code: its form instead of a level's
  // The plan that assigns the body its indicators and tasks ("" = the
  // store's for the year, else ke-hoach-YYYY.json in `store_dir`).
  std::filesystem::path plan, store_dir;
  int period = 0;
  std::filesystem::path out;    // FILE.xlsx
  std::filesystem::path units;  // a units list instead of the store's
  // The store (read-write: its reference data is filled in on first use),
  // opened only when there is no units list.
  std::function<std::unique_ptr<store::Store>()> open_store;
  std::string scope;     // only the children of this unit
  std::string password;  // of the sheet's protection ("" = none)
};

struct FormReport {
  std::size_t units = 0, indicators = 0;
  std::string level_name;  // "cấp xã"
  std::string body_name;   // a body's form: the body as printed
  std::size_t tasks = 0;   // and its tasks
};

// The form's creation time is SOURCE_DATE_EPOCH when set (identical bytes
// for identical inputs), else now. Error(usage) unless exactly one of a
// level and a body is given, and for a level that has no form; Error(data)
// when the level has no units in the period.
FormReport write_form(const FormOptions& options);

}  // namespace baocao::cycle
