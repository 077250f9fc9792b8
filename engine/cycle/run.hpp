// Running a reporting cycle: for each report deadline of the plan in a year
// (or one deadline), every document the plan asks for (DocumentSpec: the
// reporting units' Báo cáo with their Phụ lục, the receiving unit's
// consolidated report, a Công văn đôn đốc to those who have not reported),
// each issued and signed as the issuers register says, with the facts as of
// its date, and a manifest of what was produced from what.
//
// The store is read on the calling thread; documents are rendered on a
// pool. Runs are incremental: each output's key (output_keys.hpp) in the
// manifest says what it was made from; an output whose key is unchanged and
// whose file still has the manifest's SHA-256 is not rendered again. What is
// rendered is written through outputs.hpp: the same bytes leave the file
// untouched. The command line, the schedule and the portal all run cycles
// through this one function.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/cycle/clock.hpp"
#include "engine/cycle/output_keys.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/cycle/signing.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "engine/store/store.hpp"

namespace baocao::cycle {

struct RunOptions {
  int cycle = 0;                          // the reporting year
  std::optional<CivilDate> deadline;      // only this deadline's documents
  std::string level;                      // only deadlines from this level ("xã")
  std::string scope;                      // only this unit's part of the hierarchy
  std::filesystem::path out;              // output root
  // The plan: this file, else the store's plan for the year, else
  // ke-hoach-YYYY.json in `store_dir` (the SQLite store's directory), else
  // in the current directory.
  std::filesystem::path plan;
  std::filesystem::path store_dir;
  std::string store_label;                // how the manifest names the store (no password)
  std::filesystem::path vars;             // wording shared by every document (JSON object)
  std::filesystem::path units;            // a units list instead of the store's
  std::vector<std::filesystem::path> submissions;  // receipt registers instead of import dates
  unsigned threads = 0;                   // 0: one per CPU
  std::optional<sign::SignOptions> sign;  // sign every PDF as it is produced (credentials loaded)
  bool wait = false;                      // wait for another writer's lock on `out` instead of stopping
  int max_unit_depth = model::kDefaultMaxUnitDepth;  // levels a units list may have
  bool docx = false;                      // also a Word file beside each PDF (same name, .docx)
  // What the outputs' keys call the program; empty: program_identity()
  // (tests stand for another version of the program with it).
  std::string key_program;
};

// One file the run produced (or found already right).
struct OutputEntry {
  std::string file;  // relative to the output root, '/'-separated
  std::string sha256, kind, unit, deadline;
  std::string issuer, signer;  // the issuing body and the signer's name ("" = not known)
  bool changed = false;        // written by this run
  std::optional<SignatureRecord> signature;
  // What it was made from (output_keys.hpp), and why this run produced it;
  // {Why::unchanged} when the key and the file on disk let it be skipped.
  std::shared_ptr<const OutputKey> key;
  std::vector<Reason> why;
  bool skipped() const { return !why.empty() && why.front().why == Why::unchanged; }
};

// A document whose signer the register does not name: produced with the
// name left blank for the signer to fill in.
struct Unsigned {
  std::string file, unit_code, unit_name, kind;
};

struct RunReport {
  std::filesystem::path manifest;
  bool manifest_changed = false;
  std::vector<OutputEntry> outputs;  // by file name
  std::vector<Unsigned> without_signer;
  std::string signed_by;  // the certificate's common name, when signing
  // Another process holds `out`'s lock (lock.hpp) and `wait` was not
  // given: nothing was read or written; `lock` names the lock file.
  bool locked = false;
  std::filesystem::path lock;
  int total() const { return static_cast<int>(outputs.size()) + 1; }
  int changed() const;
};

// Called after each document, from the worker that produced it (calls are
// serialised): `done` of `total` documents, the document's main file.
using RunProgress = std::function<void(std::size_t done, std::size_t total, const std::string& file, bool changed)>;

// Throws Error with the usual families: usage (no deadline of the plan
// matches), input (plan, vars, units list unreadable), data (figures,
// hierarchy, a plan level without units, an issuing body unknown),
// template_, font, output.
RunReport run_cycle(store::Store& store, const Clock& clock, const Paths& paths, const RunOptions& options,
                    const RunProgress& progress = {});

}  // namespace baocao::cycle
