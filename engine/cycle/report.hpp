// The year-end Báo cáo from CSV files (`baocao report`): the figures of the
// year (and of the year before, for the comparison), the targets, who should
// have reported and who did when, and the wording around the figures (ND30
// boxes) from an info file; the shipped template "bao-cao-tong-hop" written
// as DIR/bao-cao-YYYY.pdf and DIR/bao-cao-YYYY.xlsx.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/core/civil_date.hpp"

namespace baocao::cycle {

struct ReportOptions {
  int year = 0;
  std::vector<std::filesystem::path> figures;   // the year's figures
  std::vector<std::filesystem::path> previous;  // the year before's
  std::filesystem::path targets, info;          // targets CSV; the wording (JSON)
  std::filesystem::path out;                    // output directory
  std::filesystem::path fonts;                  // manifest; default: the shipped fonts
  // Who should have reported (a units list; `scope` narrows it to one
  // unit's children), who did and when (receipt registers): without them
  // every unit in the figures counts as reported and nobody as missing.
  std::filesystem::path units;
  std::string scope;
  std::vector<std::filesystem::path> submissions;
  std::optional<CivilDate> deadline;
  csv::CsvLimits csv_limits;
};

struct ReportFiles {
  std::filesystem::path pdf, xlsx;
};

ReportFiles write_report(const ReportOptions& options);

}  // namespace baocao::cycle
