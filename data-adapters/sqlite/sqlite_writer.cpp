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
    // A unit seen earlier in the file (its figures on two rows) already
    // has its submission: the unique index finds it, so no list of the
    // file's units is kept (a map of 100,000 was 6 MB).
    submission_ = prepare(
        "INSERT INTO submissions (unit_code, unit_name, period, source_file, sha256, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period, unit_code, sha256) DO NOTHING");
    existing_ = prepare("SELECT id FROM submissions WHERE period = ? AND unit_code = ? AND sha256 = ?");
    value_ = prepare(
        "INSERT INTO submission_values (submission_id, indicator, numerator, denominator, note, source_cell) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    // The file's own columns are the same for every unit: bound once, as
    // views into `file_`, which outlives the writer.
    sqlite3_stmt* s = submission_.get();
    check(sqlite3_bind_int(s, 3, file_.period));
    check(bind(s, 4, file_.source_file));
    check(bind(s, 5, file_.sha256));
    check(bind(s, 6, file_.imported_at));
    check(sqlite3_bind_int(existing_.get(), 1, file_.period));
    check(bind(existing_.get(), 3, file_.sha256));
  }

  void add(const std::vector<Record>& batch) override {
    sqlite3_stmt* s = value_.get();
    for (const Record& r : batch) {
      // A unit's figures follow each other: its submission is looked up once.
      if (last_unit_ != r.unit_code) {
        last_id_ = submission_of(r);
        last_unit_ = r.unit_code;
      }
      source_cell(r, cell_);
      check(sqlite3_bind_int64(s, 1, last_id_));
      check(bind(s, 2, r.indicator));
      check(sqlite3_bind_double(s, 3, r.numerator));
      check(sqlite3_bind_double(s, 4, r.denominator));
      check(bind(s, 5, r.note));
      check(bind(s, 6, cell_));
      step(s);
    }
  }

  int units() const override { return units_; }

 private:
  // SQLITE_STATIC: each text outlives the step that reads it.
  static int bind(sqlite3_stmt* s, int i, std::string_view text) {
    return sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }

  std::int64_t submission_of(const Record& r) {
    sqlite3_stmt* s = submission_.get();
    check(bind(s, 1, r.unit_code));
    check(bind(s, 2, r.unit_name));
    step(s);
    if (sqlite3_changes(db_) == 1) {
      ++units_;
      return sqlite3_last_insert_rowid(db_);
    }
    s = existing_.get();
    check(bind(s, 2, r.unit_code));
    int rc = sqlite3_step(s);
    std::int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW) fail_with(rc);
    return id;
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
  Stmt submission_, existing_, value_;
  std::string cell_, last_unit_;
  std::int64_t last_id_ = 0;
  int units_ = 0;
};

}  // namespace

std::unique_ptr<SubmissionWriter> make_sqlite_writer(sqlite3* db, const FileSubmission& file,
                                                     const std::string& label) {
  return std::make_unique<SqliteWriter>(db, file, label);
}

}  // namespace baocao::store
