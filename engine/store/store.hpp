// The store every report reads: administrative units, indicators, targets and
// the units' submissions with their history. The engine sees only this
// interface; data-adapters/sqlite (the embedded default) and
// data-adapters/postgresql implement it. The schema itself is data: versioned
// SQL files in data-adapters/store/migrations/.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/dataset/bodies.hpp"
#include "engine/dataset/dataset.hpp"
#include "engine/dataset/issuers.hpp"
#include "engine/dataset/units.hpp"

namespace baocao::store {

// An indicator of the catalogue as the store keeps it (engine/model/
// indicator_catalogue.hpp says what the columns mean).
struct IndicatorRow {
  std::string id, name, numerator, denominator, programme;
  std::string unit = "%", measured_at = "thap_nhat", kind = "ty_le";
  int position = 0;     // report order
  bool office = false;  // added by the office, not the shipped catalogue
};

// Everything one imported file says, for one period. A file may hold many
// units (a province's compilation) or one (a commune's own form).
struct FileSubmission {
  std::string source_file;  // as given on the command line
  std::string sha256;       // of the file's bytes, lower-case hex
  int period = 0;
  std::string imported_at;  // "YYYY-MM-DDTHH:MM:SSZ"
  std::vector<Record> records;
  // A large file streams its figures instead of holding them all (400,000
  // Records of a 100,000-row form took 270 MB): `next` fills `batch` with
  // the following figures, returning false once none remain; `records` is
  // then ignored. Every batch is written inside the file's one transaction,
  // and an exception from `next` rolls the whole file back: the import
  // checks its rows as they stream and throws their problems at the end.
  // A unit's figures may come in any batch; its submission takes the unit
  // name of its first figure.
  std::function<bool(std::vector<Record>& batch)> next;
  // What a reporting body's form says of its tasks (engine/dataset/
  // bodies.hpp). The file must then hold exactly one unit's figures, whose
  // submission they are kept with; otherwise the import throws
  // Error(data, import_tasks_one_unit) and nothing is written.
  std::vector<TaskReport> tasks = {};
};

struct ImportResult {
  bool unchanged = false;     // this very file (same SHA-256) is already in the store
  int units = 0;              // units the file holds
  int units_new = 0;          // units with no earlier submission this period
  int units_superseding = 0;  // units whose earlier submission it replaces
};

struct SubmissionInfo {
  std::int64_t id = 0;
  std::string unit_code, unit_name;
  int period = 0;
  std::string source_file, sha256, imported_at;
  std::int64_t superseded_by = 0;  // 0 while current
};

// monthly export. One value of one submission, with the submission
// it came from; `current` is false once a later file superseded it.
struct ExportRow {
  std::int64_t submission_id = 0;
  std::string unit_code, unit_name;
  int period = 0;
  std::string source_file, imported_at, indicator;
  double numerator = 0, denominator = 0;
  std::string note;
  bool current = true;
};

// A plan as the store keeps it: its JSON text and the years it covers.
struct StoredPlan {
  std::string name;
  int first_year = 0, last_year = 0;  // 0 = open
  std::string text, source_file, sha256, imported_at;
};

class Store {
 public:
  virtual ~Store() = default;

  // Highest migration applied (the schema_version table).
  virtual int schema_version() = 0;

  virtual std::size_t unit_count() = 0;
  // Adds or replaces units (by code and valid_from) with their predecessor
  // links, in one transaction. A unit open at its start (no valid_from) is
  // kept as valid since ever.
  virtual void put_units(const std::vector<Unit>& units) = 0;
  // Units in force on `iso_date`.
  virtual std::vector<Unit> units_on(const std::string& iso_date) = 0;
  // Codes of the units in force at any time from `from` to `to` (ISO
  // dates), in byte order, without repeats: what an import checks codes against,
  // without building whole Unit rows.
  virtual std::vector<std::string> unit_codes_between(const std::string& from, const std::string& to) = 0;

  // Code and name of every version of the units in force at any time from
  // `from` to `to`, ordered by code (byte order), then start: what an
  // import checks a form's unit names against.
  virtual std::vector<std::pair<std::string, std::string>> unit_names_between(const std::string& from,
                                                                              const std::string& to) = 0;

  // Adds the shipped catalogue's indicators, or brings their wording and
  // order up to date.
  virtual void put_indicators(const std::vector<IndicatorRow>& indicators) = 0;
  // An office's own indicators (`office` set), added or replaced by id in
  // one transaction as a new version of the catalogue, which it returns.
  // With `dry_run` nothing is kept.
  virtual int put_office_indicators(const std::vector<IndicatorRow>& indicators, const std::string& source_file,
                                    const std::string& sha256, const std::string& imported_at, bool dry_run) = 0;
  // Every indicator, by position then id.
  virtual std::vector<IndicatorRow> indicators() = 0;
  // The catalogue's latest version: 0 while only the shipped one is kept.
  virtual int catalogue_version() = 0;

  // The issuers register, replaced as a whole in one transaction.
  virtual void put_issuers(const std::vector<IssuerEntry>& entries) = 0;
  virtual std::vector<IssuerEntry> issuers() = 0;

  // Keeps a plan (unless it is the latest already, by SHA-256); the latest
  // kept plan covering `year` is plan_for(year).
  virtual void put_plan(const StoredPlan& plan) = 0;
  virtual std::optional<StoredPlan> plan_for(int year) = 0;

  // Replaces the targets of the same (year, indicator), in one transaction.
  // With `dry_run` nothing is kept. Returns how many were given.
  virtual int put_targets(const std::vector<Target>& targets, const std::string& source_file,
                          bool dry_run) = 0;
  virtual std::vector<Target> targets(int year) = 0;
  // Every target of every year, by year then indicator: a plan's roadmap
  // (its milestones, and the years it leaves open by giving none).
  virtual std::vector<Target> all_targets() = 0;

  // One transaction: a file already imported (same SHA-256 and period) is a
  // no-op; otherwise each unit gets a new submission that supersedes its
  // current one, which stays in history. With `dry_run` the transaction is
  // rolled back and the result says what would have changed.
  virtual ImportResult import_file(const FileSubmission& file, bool dry_run) = 0;

  // The periods that have submissions, ascending.
  virtual std::vector<int> periods() = 0;
  // Submissions of `period`, current ones only unless `history`.
  virtual std::vector<SubmissionInfo> submissions(int period, bool history) = 0;
  // The current figures of `period` (records of current submissions).
  virtual std::vector<Record> figures(int period) = 0;
  // The figures of `period` as they stood before `before_utc` ("YYYY-MM-DD
  // THH:MM:SSZ"): each unit's latest submission imported before then.
  virtual std::vector<Record> figures_before(int period, const std::string& before_utc) = 0;
  // The same figures summed per unit and indicator by the database, ordered
  // by unit then indicator: those of current submissions, or with
  // `before_utc` those figures_before() reads. A cycle's roll-up starts
  // from these, once per run, instead of from every record.
  virtual std::vector<FigureSum> figure_sums(int period, const std::string& before_utc = {}) = 0;

  // the values of every submission imported in `month` ("YYYY-MM",
  // a Vietnam calendar month, UTC+07:00), superseded ones included, ordered by
  // submission then indicator.
  // Rows reach `sink` page by page, so a big month never sits in memory.
  virtual void month_values(const std::string& month, const std::function<void(const ExportRow&)>& sink) = 0;

  // Every version of every unit, with predecessor links: what a units list
  // being imported is checked against as a whole (overlaps, cycles).
  virtual std::vector<Unit> all_units() = 0;
  // The reporting bodies register, replaced as a whole in one transaction.
  virtual void put_bodies(const std::vector<ReportingBody>& bodies) = 0;
  // In the order of the register's rows.
  virtual std::vector<ReportingBody> bodies() = 0;
  // The task reports of `period`, each with its unit: those of every unit's
  // current submission, or with `before_utc` ("YYYY-MM-DDTHH:MM:SSZ") those
  // of the submission figures_before() reads for it. Ordered by unit, task.
  virtual std::vector<TaskReport> task_reports(int period, const std::string& before_utc = {}) = 0;
};

}  // namespace baocao::store
