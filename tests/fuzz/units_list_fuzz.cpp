// Fuzz target: bytes of a units list → both readers (the history layout of
// don-vi.csv and the GSO layout), the check of a list as a whole (alone, and
// added to an existing list as an import does), and the hierarchy's walks
// (descendants, children, predecessors, the deadline states). Any input must
// end in a hierarchy or a baocao::Error, in time linear in its size.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/csv/gso_units_csv.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "data-adapters/csv/units_history_csv.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/calendar.hpp"
#include "engine/model/hierarchy.hpp"

namespace {

const std::string& scratch() {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("baocao-fuzz-units-" + std::to_string(getpid()) + ".csv"))
          .string();
  return path;
}

template <typename F>
void expect_clean(F&& f) {
  try {
    f();
  } catch (const baocao::Error&) {
  }
}

void walk(const baocao::model::Hierarchy& h) {
  std::set<std::string> levels;
  for (const auto& u : h.units()) levels.insert(u.level);
  const baocao::CivilDate days[] = {{2024, 12, 31}, {2025, 6, 30}, {2025, 7, 1}, {2025, 12, 31}};
  for (const auto& day : days)
    for (const auto& level : levels) {
      auto all = h.descendants_at("", level, day);
      for (const auto* u : all) {
        h.descendants_at(u->code, level, day);
        h.children(u->code, day);
        h.predecessors(*u);
        h.latest(u->code);
      }
    }
  // The calendar's states over the list, with one receipt per unit.
  baocao::DeadlineRule rule;
  rule.id = "han";
  rule.day = 10;
  rule.month = 12;
  rule.from_level = levels.empty() ? "" : *levels.begin();
  baocao::model::DatedDeadline d{&rule, {2025, 12, 10}, 2025};
  std::vector<baocao::Submission> received;
  for (const auto& u : h.units()) received.push_back({u.code, 2025, {2025, 12, 9}, "", ""});
  baocao::model::submission_states(d, h, "", received, {2025, 12, 31});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  {
    std::ofstream out(scratch(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(size));
  }
  expect_clean([&] {
    std::vector<baocao::Unit> rows = baocao::csv::read_units_csv(scratch());
    // Added to a list already there, as `import --units` checks it.
    baocao::model::check_units(rows, 4, rows.size() / 2);
    baocao::model::Hierarchy h(std::move(rows), 4);
    walk(h);
  });
  expect_clean([&] { baocao::csv::units_history_from_csv(scratch()); });
  expect_clean([&] { baocao::csv::units_from_csv(baocao::csv::read_csv(scratch())); });
  return 0;
}
