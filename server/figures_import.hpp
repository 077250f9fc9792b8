// How the portal puts an uploaded file into the store: the same import job
// the command line runs (every problem of the file listed with its sheet
// and cell, nothing stored from a file with problems, a later file of a
// unit superseding its earlier one), behind this small interface so the
// server does not depend on where that job lives.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/store/store.hpp"

namespace baocao::server {

struct ImportRequest {
  std::filesystem::path file;  // the uploaded bytes, in a private temporary file
  std::string name;            // the file's name on the clerk's computer, for messages and history
  std::string imported_at;     // "YYYY-MM-DDTHH:MM:SSZ", from the portal's clock
  std::optional<int> period;   // the year the clerk submits for
  // The units the uploader may submit for: a figure of any other unit is a
  // problem of the file (a clerk cannot send a neighbour's figures).
  std::vector<std::string> units;
};

struct ImportOutcome {
  std::vector<Diagnostic> problems;  // empty: stored
  std::vector<Diagnostic> warnings;
  bool unchanged = false;  // this very file was imported before
  int period = 0;
  int units = 0;
};

// Reference data an admin imports (what `baocao import --units/--issuers/
// --plan` and a targets CSV do).
enum class ReferenceKind { units, issuers, plan, targets };

class FigureImporter {
 public:
  virtual ~FigureImporter() = default;
  // Errors other than the file's own problems (the store failing) are thrown.
  virtual ImportOutcome import_figures(store::Store& store, const ImportRequest& request) = 0;
  // Returns a one-line summary; throws Error listing the file's problems.
  virtual std::string import_reference(store::Store& store, ReferenceKind kind, const std::filesystem::path& file,
                                       const std::string& name, Lang lang) = 0;
  // The problems as a workbook to send back (file, sheet, cell, problem).
  virtual void write_errors_workbook(const std::filesystem::path& target, const std::vector<Diagnostic>& problems,
                                     Lang lang) = 0;
};

}  // namespace baocao::server
