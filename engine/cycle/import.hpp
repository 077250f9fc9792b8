// The import job: files units send (forms, figures, targets) and the lists
// an office keeps (units, issuers register, plan) into a store. Each file is
// read through its mapping, every problem is collected (form, model checks,
// unit codes against the store) with its file, sheet and cell, and only a
// file without problems is written, in one transaction. Files are
// independent: one bad file does not stop the others. The command line and
// the portal's upload call it alike.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/xlsx/xlsx_limits.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

struct ImportOptions {
  // Imported in this order: the units lists (either layout), the reporting
  // bodies register (names units), the issuers register and the plan (both
  // name units and bodies), then `files`: forms (XLSX or CSV; a reporting
  // body's with its task reports), figures and targets CSV, and units lists
  // known by their header.
  std::vector<std::filesystem::path> units;
  std::filesystem::path bodies, issuers, plan;
  std::vector<std::filesystem::path> files;
  std::filesystem::path mapping;  // one mapping for every form; else each form's own, then the shipped ones
  int period = 0;                 // for forms that do not say it; 0: the form must
  bool dry_run = false;           // check everything, write nothing
  bool strict = false;            // a unit name that is not its code's is a problem, not a warning
  int max_unit_depth = model::kDefaultMaxUnitDepth;
  // Problems listed per refused file; the errors workbook has them all.
  std::size_t max_errors = 1000;
  // Every problem, one row each, for the clerk to send back; never one of
  // the inputs. Empty: none.
  std::filesystem::path errors_out;
  Lang errors_lang = Lang::vi;
  xlsx::Limits xlsx_limits;
  csv::CsvLimits csv_limits;
  std::string imported_at;  // when, as the store records it ("…Z"); empty: now
  // The units the forms may give figures for, sorted (the portal: the
  // uploader's); a figure of any other unit is a problem at its cell.
  // With it, only forms and figures are taken (a units list or targets
  // file is refused). Empty: any unit the store knows, any kind of file.
  std::vector<std::string> only_units;
  // How a file is named in its problems and in the store (the portal: the
  // clerk's own file name, never the server's temporary copy); default its path.
  std::map<std::filesystem::path, std::string> shown_names;
};

enum class ImportedKind { units, issuers, plan, figures, targets, bodies, catalogue };

// What became of one file.
struct ImportedFile {
  std::filesystem::path file;
  ImportedKind kind = ImportedKind::figures;
  // Refused: the first `max_errors` problems (and a line saying how many
  // more), the family deciding the exit status; nothing of it was stored.
  std::optional<Error> error;
  std::size_t problems = 0;  // all of them, when refused
  // Taken (or, with dry_run, would be): rows of a list, figures' units.
  int count = 0;
  store::ImportResult figures;  // kind figures
  int tasks = 0;                // kind figures: a reporting body's task reports kept with them
  std::string plan_name;        // kind plan
  int catalogue_version = 0;    // kind catalogue: the store's catalogue version it made
  std::vector<Diagnostic> warnings;  // names that are not their code's (not strict)
};

struct ImportReport {
  std::vector<ImportedFile> files;
  bool errors_written = false;  // the errors workbook was written (some problem was found)
  // 0, or the exit status of the first refused file's error.
  int exit_status() const;
};

// Throws Error(usage) before reading anything when nothing is to be
// imported or errors_out names one of the inputs; Error(input) for an
// unreadable mapping. Each file's own problems are in its ImportedFile.
// `each` is called after each file, in order.
ImportReport import_files(store::Store& store, const ImportOptions& options,
                          const std::function<void(const ImportedFile&)>& each = {});

}  // namespace baocao::cycle
