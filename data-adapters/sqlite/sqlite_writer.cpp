#include "data-adapters/sqlite/sqlite_writer.hpp"

#include <sqlite3.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::store {

namespace {

struct Finalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, Finalize>;

class SqliteWriter : public SubmissionWriter {
 public:
  SqliteWriter(sqlite3* db, const FileSubmission& file, std::string label)
      : db_(db), file_(file), label_(std::move(label)) {
    submission_ = prepare(
        "INSERT INTO submissions (unit_code, unit_name, period, source_file, sha256, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    value_ = prepare(
        "INSERT INTO submission_values (submission_id, indicator, numerator, denominator, note, source_cell) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    // The file's own columns are the same for every unit: bound once.
    sqlite3_stmt* s = submission_.get();
    check(sqlite3_bind_int(s, 3, file_.period));
    check(bind(s, 4, file_.source_file));
    check(bind(s, 5, file_.sha256));
    check(bind(s, 6, file_.imported_at));
  }

  std::vector<std::int64_t> add_submissions(
      const std::vector<std::pair<std::string_view, std::string_view>>& units) override {
    std::vector<std::int64_t> ids;
    ids.reserve(units.size());
    sqlite3_stmt* s = submission_.get();
    for (const auto& [code, name] : units) {
      check(bind(s, 1, code));
      check(bind(s, 2, name));
      step(s);
      ids.push_back(sqlite3_last_insert_rowid(db_));
    }
    return ids;
  }

  void add_values(const std::vector<Record>& batch, const std::vector<std::int64_t>& ids) override {
    sqlite3_stmt* s = value_.get();
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const Record& r = batch[i];
      source_cell(r, cell_);
      check(sqlite3_bind_int64(s, 1, ids[i]));
      check(bind(s, 2, r.indicator));
      check(sqlite3_bind_double(s, 3, r.numerator));
      check(sqlite3_bind_double(s, 4, r.denominator));
      check(bind(s, 5, r.note));
      check(bind(s, 6, cell_));
      step(s);
    }
  }

 private:
  // SQLITE_STATIC: each text outlives the step that reads it.
  static int bind(sqlite3_stmt* s, int i, std::string_view text) {
    return sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }

  Stmt prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    check(sqlite3_prepare_v2(db_, sql, -1, &s, nullptr));
    return Stmt(s);
  }

  void step(sqlite3_stmt* s) {
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) fail_with(rc);
  }

  void check(int rc) {
    if (rc != SQLITE_OK) fail_with(rc);
  }

  [[noreturn]] void fail_with(int rc) {
    std::string what = sqlite3_errmsg(db_);
    if (what.empty()) what = sqlite3_errstr(rc);
    fail(ErrorFamily::output, MsgId::store_failed, {label_, what});
  }

  sqlite3* db_;
  const FileSubmission& file_;
  std::string label_;
  Stmt submission_, value_;
  std::string cell_;
};

}  // namespace

std::unique_ptr<SubmissionWriter> make_sqlite_writer(sqlite3* db, const FileSubmission& file,
                                                     const std::string& label) {
  return std::make_unique<SqliteWriter>(db, file, label);
}

}  // namespace baocao::store
