// Stores for the cycle's tests, filled in-process through the readers and
// the store's interface (no command line): the Ninh Bình sample, or any
// province of the 2025 list with made-up figures and a made-up register.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/cycle/clock.hpp"
#include "engine/cycle/run.hpp"
#include "engine/store/store.hpp"
#include "tests/support/process.hpp"

namespace baocao::test {

struct CycleStore {
  TempDir dir;
  std::unique_ptr<store::Store> store;
  std::filesystem::path out() const { return dir / "out"; }
};

// An empty SQLite store in a fresh directory, with the reference data.
std::unique_ptr<CycleStore> empty_store();
// Imports a figures CSV (the report layout) for `period`, stamped `imported_at`.
void import_figures(store::Store& s, const std::filesystem::path& csv, int period,
                    const std::string& imported_at = "2026-01-05T02:00:00Z");
void import_targets(store::Store& s, const std::filesystem::path& csv);
void import_issuers(store::Store& s, const std::filesystem::path& file);
void import_plan(store::Store& s, const std::filesystem::path& file);

// The sample province: units history, 2025 and 2024 figures, targets,
// issuers register and plan.
std::unique_ptr<CycleStore> sample_store();
// The same into any store (one with the reference data).
void fill_sample(store::Store& s);
// Province `code` of the shipped 2025 list: made-up figures for each of its
// communes, the roadmap's targets, a register from samples/make-issuers.py,
// and a plan whose levels use the province's own words ("thành phố").
std::unique_ptr<CycleStore> province_store(const std::string& code);

// The sample's run options for one deadline: its units list and receipts
// register, like scripts/demo.
cycle::RunOptions sample_run(const CycleStore& s, const std::string& deadline);

cycle::RunReport run(CycleStore& s, const cycle::RunOptions& o);

// pdftotext -layout of a PDF, and the same with runs of spaces made one.
std::string pdf_layout_text(const std::filesystem::path& pdf);
std::string pdf_flat_text(const std::filesystem::path& pdf);

// The register's rows as a CSV file: (code, signer) of each unit row.
std::vector<std::pair<std::string, std::string>> register_signers(const std::filesystem::path& csv);

}  // namespace baocao::test
