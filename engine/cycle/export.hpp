// The monthly export: every value of every submission imported in a month
// (a Vietnam month), superseded ones too (marked), as DIR/so-lieu-YYYY-MM.xlsx
// and .csv. The store streams the month page by page into the writer, so the
// month's size never sits in memory.
#pragma once

#include <filesystem>
#include <string>

#include "engine/core/civil_date.hpp"
#include "engine/core/messages.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

struct ExportOptions {
  std::string month;  // "YYYY-MM"
  std::filesystem::path out;
  Lang lang = Lang::vi;  // of the column headings
};

struct ExportReport {
  std::filesystem::path xlsx, csv;
  std::size_t rows = 0, submissions = 0;
};

// The first day of "YYYY-MM"; Error(usage) naming --month otherwise.
CivilDate parse_month(const std::string& month);

// Throws Error(usage) for a month that is not "YYYY-MM", Error(output) when
// a file cannot be written.
ExportReport export_month(store::Store& store, const ExportOptions& options);

}  // namespace baocao::cycle
