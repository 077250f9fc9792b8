// Filling one template (`baocao render`, the portal's preview): figures from
// a JSON data file, the store or CSV files, variables from the data file and
// NAME=VALUE settings, written as PDF, XLSX or the document tree as JSON, as
// the output's extension says.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/store/store.hpp"
#include "engine/template/limits.hpp"
#include "engine/template/value.hpp"

namespace baocao::cycle {

struct RenderOptions {
  std::string template_name;  // a file, else a template's name looked up in `paths`
  std::filesystem::path out;  // OUT.pdf, OUT.xlsx or OUT.json
  // At most one source of figures: a JSON data file (its variables too), the
  // store (opened read-only, the year from the variable `nam`), or CSV
  // figures and/or targets (`nam` needed). None: a template without figures.
  std::filesystem::path data;
  std::function<std::unique_ptr<store::Store>()> open_store;
  std::filesystem::path figures, targets;
  // NAME=VALUE as typed: whole and decimal numbers become numbers (not
  // those with a leading zero, document numbers), the rest NFC text.
  std::vector<std::pair<std::string, std::string>> sets;
  Paths paths;
  csv::CsvLimits csv_limits;
  tmpl::Limits limits;
};

// The value of a NAME=VALUE setting, as RenderOptions::sets says.
tmpl::Value setting_value(const std::string& text);

// Error(usage) for an output that is not .pdf, .xlsx or .json, for two
// sources of figures, for a store or CSV without `nam`; the readers',
// template's, fonts' and writers' errors otherwise.
void render_template(const RenderOptions& options);

}  // namespace baocao::cycle
