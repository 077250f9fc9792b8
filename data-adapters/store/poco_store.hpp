// The store over Poco::Data, shared by SQLite and PostgreSQL: the SQL is
// portable and the few differences (auto-numbered key, how a write
// transaction takes its lock) live in a Dialect.
#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/store/store.hpp"

namespace baocao::store {

struct Dialect {
  std::string name;       // "sqlite", "postgresql"
  std::string id_column;  // replaces {{id}} in migrations
  // Statements that open a write transaction and serialise writers, so two
  // imports never interleave their supersede checks.
  std::vector<std::string> begin_write;
  // PostgreSQL wants $1, $2 where the SQL says ?; Poco does not rewrite them.
  bool numbered_placeholders = false;
  // Poco binds a vector to one compiled statement, row after row (SQLite);
  // PostgreSQL's binder cannot, so it gets multi-row INSERTs instead.
  bool vector_binding = false;
};

class PocoStore : public Store {
 public:
  // Applies pending migrations; throws Error(output, store_failed) naming
  // `label` (the file or URI, without password) on any database failure.
  PocoStore(Poco::Data::Session session, Dialect dialect, std::string label);

  int schema_version() override;
  std::size_t unit_count() override;
  void put_units(const std::vector<Unit>& units) override;
  std::vector<Unit> units_on(const std::string& iso_date) override;
  std::vector<std::string> unit_codes_between(const std::string& from, const std::string& to) override;
  void put_indicators(const std::vector<IndicatorRow>& indicators) override;
  int put_targets(const std::vector<Target>& targets, const std::string& source_file, bool dry_run) override;
  std::vector<Target> targets(int year) override;
  ImportResult import_file(const FileSubmission& file, bool dry_run) override;
  std::vector<SubmissionInfo> submissions(int period, bool history) override;
  std::vector<Record> figures(int period) override;
  void month_values(const std::string& month, const std::function<void(const ExportRow&)>& sink) override;

 private:
  template <typename F>
  auto guarded(F&& f) -> decltype(f());
  template <typename F>
  void in_write_transaction(bool keep, F&& f);
  void migrate();
  std::string q(std::string_view sql) const;
  template <typename Row, typename BindRow>
  void insert_batched(const std::string& head, const std::string& one_row, const std::vector<Row>& rows,
                      BindRow&& bind_row);
  // The submissions a file adds, by unit code: ids and codes as the query
  // returned them, `order` sorting the codes (pairs of copies were 4 MB more
  // at the peak of a 100,000-unit import).
  struct FreshIds {
    std::vector<Poco::Int64> ids;
    std::vector<std::string> codes;
    std::vector<std::uint32_t> order;
    Poco::Int64 of(const std::string& code) const;
  };
  void insert_values(const std::vector<Record>& batch, const FreshIds& ids);

  Poco::Data::Session session_;
  Dialect dialect_;
  std::string label_;
};

}  // namespace baocao::store
