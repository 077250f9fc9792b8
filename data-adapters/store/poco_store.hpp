// The store over Poco::Data, shared by SQLite and PostgreSQL: the SQL is
// portable and the few differences (auto-numbered key, how a write
// transaction takes its lock) live in a Dialect.
#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/store/store.hpp"

namespace baocao::store {

struct Dialect {
  std::string name;       // "sqlite", "postgresql"
  std::string id_column;  // replaces {{id}} in migrations
  // Replaces {{without_rowid}}: SQLite's "WITHOUT ROWID" (a table kept as one
  // B-tree on its primary key); "" where tables have no rowid.
  std::string without_rowid;
  // Statements that open a write transaction and serialise writers, so two
  // imports never interleave their supersede checks.
  std::vector<std::string> begin_write;
  // PostgreSQL wants $1, $2 where the SQL says ?; Poco does not rewrite them.
  bool numbered_placeholders = false;
};

// Inserts one file's submissions and their values inside the import's
// transaction. The portable writer sends multi-row INSERTs through
// Poco::Data; SQLite's steps compiled statements through its C API
// (data-adapters/sqlite), where Poco's binding layer took half the write.
class SubmissionWriter {
 public:
  virtual ~SubmissionWriter() = default;
  // Writes the figures of `batch`. A unit's first figure in the file gives
  // it a submission of the file (named as that figure names the unit);
  // its later figures, in this batch or another, go under the same one.
  virtual void add(const std::vector<Record>& batch) = 0;
  // How many units have a submission of the file so far.
  virtual int units() const = 0;
};

// Where a value was read, as submission_values.source_cell keeps it:
// "Biểu 1!D7" for a spreadsheet cell, "7" for a CSV line, "" when unknown.
void source_cell(const Record& r, std::string& out);

class PocoStore : public Store {
 public:
  // Applies pending migrations; throws Error(output, store_failed) naming
  // `label` (the file or URI, without password) on any database failure.
  // `read_only`: a store that cannot be written (a read-only file or disk)
  // opened for reading; its schema must already be current.
  PocoStore(Poco::Data::Session session, Dialect dialect, std::string label, bool read_only = false);

  int schema_version() override;
  std::size_t unit_count() override;
  void put_units(const std::vector<Unit>& units) override;
  std::vector<Unit> units_on(const std::string& iso_date) override;
  std::vector<std::string> unit_codes_between(const std::string& from, const std::string& to) override;
  std::vector<std::pair<std::string, std::string>> unit_names_between(const std::string& from,
                                                                      const std::string& to) override;
  void put_indicators(const std::vector<IndicatorRow>& indicators) override;
  int put_office_indicators(const std::vector<IndicatorRow>& indicators, const std::string& source_file,
                            const std::string& sha256, const std::string& imported_at, bool dry_run) override;
  std::vector<IndicatorRow> indicators() override;
  int catalogue_version() override;
  void put_issuers(const std::vector<IssuerEntry>& entries) override;
  std::vector<IssuerEntry> issuers() override;
  void put_plan(const StoredPlan& plan) override;
  std::optional<StoredPlan> plan_for(int year) override;
  int put_targets(const std::vector<Target>& targets, const std::string& source_file, bool dry_run) override;
  std::vector<Target> targets(int year) override;
  std::vector<Target> all_targets() override;
  // Figures arrive batch by batch (FileSubmission::next) and each unit gets
  // its submission when its first figure does, so the file's units are
  // never listed up front; the earlier submissions are superseded last.
  ImportResult import_file(const FileSubmission& file, bool dry_run) override;
  std::vector<int> periods() override;
  std::vector<SubmissionInfo> submissions(int period, bool history) override;
  std::vector<Record> figures(int period) override;
  std::vector<Record> figures_before(int period, const std::string& before_utc) override;
  std::vector<FigureSum> figure_sums(int period, const std::string& before_utc) override;
  void month_values(const std::string& month, const std::function<void(const ExportRow&)>& sink) override;
  std::vector<Unit> all_units() override;
  void put_bodies(const std::vector<ReportingBody>& bodies) override;
  std::vector<ReportingBody> bodies() override;
  std::vector<TaskReport> task_reports(int period, const std::string& before_utc) override;

  // The connection, its dialect and placeholders, for the portal's tables
  // kept on the same connection (poco_portal_store.hpp).
  Poco::Data::Session& connection() { return session_; }
  const Dialect& dialect() const { return dialect_; }
  std::string placeholders(std::string_view sql) const { return q(sql); }

 protected:
  Poco::Data::Session& session() { return session_; }
  const std::string& label() const { return label_; }
  // The writer of one file's rows; the portable one unless a back end has a faster path.
  virtual std::unique_ptr<SubmissionWriter> make_writer(const FileSubmission& file);

 private:
  template <typename F>
  auto guarded(F&& f) -> decltype(f());
  template <typename F>
  void in_write_transaction(bool keep, F&& f);
  // Adds or updates `indicators` by id, inside the caller's transaction.
  void write_indicators(const std::vector<IndicatorRow>& indicators);
  void migrate();
  void require_current_schema();
  void add_tasks(const FileSubmission& file, int units);
  std::string q(std::string_view sql) const;
  // A text column read whole: Poco's SQLite extractor (and SQLite's own
  // text functions) stop a text at its first NUL, which a store written by
  // another program may hold. SQLite selects it as hex(), and whole_value()
  // turns that back into the text with each NUL as U+FFFD. PostgreSQL's text
  // has no NUL: both leave it as it is.
  std::string whole_text(const std::string& column) const;
  void whole_value(std::string& selected) const;
  template <typename Row, typename BindRow>
  void insert_batched(const std::string& head, const std::string& one_row, const std::vector<Row>& rows,
                      BindRow&& bind_row);
  class PortableWriter;

  Poco::Data::Session session_;
  Dialect dialect_;
  std::string label_;
};

}  // namespace baocao::store
