// What the web portal keeps in the store beside the figures: accounts, their
// sessions, failed logins (for throttling), the audit log, background jobs
// and the documents they produced with their signed copies. In the store,
// not in a server's memory, so that several portal instances on one
// PostgreSQL share them (a job is claimed by exactly one instance).
// Timestamps are UTC, "YYYY-MM-DDTHH:MM:SSZ", so they compare as text.
// data-adapters/store implements it over the same connection as the Store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::store {

struct Account {
  std::int64_t id = 0;
  std::string name;           // the login name, unique
  std::string role;           // "clerk", "consolidator", "leader", "admin"
  std::string unit_code;      // the unit the account acts for
  std::string password_hash;  // libsodium's crypto_pwhash_str (Argon2id) string
  bool disabled = false;
  std::string created_at;
};

// A login: only the SHA-256 of its random token is kept, so a copy of the
// store does not let anyone in.
struct SessionRow {
  std::string token_hash;
  std::int64_t user_id = 0;
  std::string csrf;  // the token every form of the session carries
  std::string created_at, expires_at;
  std::string address;  // where it logged in from
};

// Failed logins of one subject ("user:NAME" or "addr:IP") since `first_at`.
struct LoginFailures {
  int failures = 0;
  std::string first_at;
  std::string locked_until;  // "" when not locked
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at, user, address;
  std::string action;     // "login", "upload", "run", "download", "sign", ...
  std::string unit_code;  // the unit acted for ("" when none)
  std::string detail;
};

struct AuditFilter {
  std::string user, action, unit_code;
  std::string from, to;  // UTC timestamps, inclusive; "" = open
  std::int64_t before_id = 0;  // only entries older than this id (paging); 0 = newest
  int limit = 100;             // 0 = all
};

enum class JobState { queued, running, done, failed };

struct Job {
  std::int64_t id = 0;
  std::string kind;    // "run"
  std::string params;  // JSON object, as the job's kind reads it
  std::string scope;   // the unit whose part it covers
  JobState state = JobState::queued;
  std::string created_by, created_at;
  std::string claimed_by;  // the instance running it
  std::string started_at, finished_at, heartbeat_at;
  int done = 0, total = 0;
  std::string current;  // what it works on now
  std::string result;   // summary when done, the error when failed
};

// A document a job produced, under the shared output root, and its copy
// signed by the leader once one was accepted.
struct DocumentRecord {
  std::string file;  // relative to the output root, '/'-separated
  std::string scope, deadline, kind, unit_code, issuer, signer;
  std::string sha256;  // the draft as produced
  std::int64_t job_id = 0;
  std::string produced_at;
  // The signed copy ("" until accepted): its file, its hash, the draft
  // hash it was checked against, who signed (certificate) and who uploaded.
  std::string signed_file, signed_sha256, signed_draft_sha256, signed_by, signed_at, signed_uploaded_by;
};

class PortalStore {
 public:
  virtual ~PortalStore() = default;

  // Accounts. add_account returns false when the name is taken.
  virtual bool add_account(const Account& account) = 0;
  virtual std::optional<Account> account(const std::string& name) = 0;
  virtual std::optional<Account> account_by_id(std::int64_t id) = 0;
  virtual std::vector<Account> accounts() = 0;  // by name
  // Changes what is given; false when there is no such account.
  virtual bool update_account(const std::string& name, const std::optional<std::string>& password_hash,
                              const std::optional<bool>& disabled) = 0;

  virtual void put_session(const SessionRow& session) = 0;
  // The session of `token_hash` unless it expired before `now`.
  virtual std::optional<SessionRow> session(const std::string& token_hash, const std::string& now) = 0;
  virtual void extend_session(const std::string& token_hash, const std::string& expires_at) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
  virtual void delete_sessions_of(std::int64_t user_id) = 0;
  virtual void delete_expired_sessions(const std::string& now) = 0;

  // Throttling, atomically across instances. A failure at `now` counts in
  // the window that started at `first_at`, or starts a new one when that is
  // before `window_start`; the `threshold`-th failure of a window locks the
  // subject until `lock_until`. Returns the state after the failure.
  virtual LoginFailures record_login_failure(const std::string& subject, const std::string& now,
                                             const std::string& window_start, int threshold,
                                             const std::string& lock_until) = 0;
  virtual LoginFailures login_failures(const std::string& subject) = 0;
  virtual void clear_login_failures(const std::string& subject) = 0;

  virtual void audit(const AuditEntry& entry) = 0;
  // Newest first.
  virtual std::vector<AuditEntry> audit_log(const AuditFilter& filter) = 0;

  // Jobs. enqueue_job returns the new job's id.
  virtual std::int64_t enqueue_job(const Job& job) = 0;
  // Takes the oldest queued job, or a running one whose instance stopped
  // beating before `stale_before`, for `instance`; two instances never get
  // the same job (PostgreSQL: FOR UPDATE SKIP LOCKED).
  virtual std::optional<Job> claim_job(const std::string& instance, const std::string& now,
                                       const std::string& stale_before) = 0;
  virtual void job_progress(std::int64_t id, int done, int total, const std::string& current,
                            const std::string& now) = 0;
  virtual void finish_job(std::int64_t id, JobState state, const std::string& result, const std::string& now) = 0;
  virtual std::optional<Job> job(std::int64_t id) = 0;
  // Newest first; `scope` "" = every scope.
  virtual std::vector<Job> jobs(const std::string& scope, int limit) = 0;

  // Documents: put_documents adds or replaces by file (keeping a signed
  // copy's columns); set_signed records the accepted signed copy.
  virtual void put_documents(const std::vector<DocumentRecord>& documents) = 0;
  virtual std::vector<DocumentRecord> documents(const std::string& scope, const std::string& deadline) = 0;
  virtual std::vector<DocumentRecord> documents_of_unit(const std::string& unit_code) = 0;
  virtual std::optional<DocumentRecord> document(const std::string& file) = 0;
  virtual void set_signed(const DocumentRecord& record) = 0;

  // Changes whenever figures are imported or a plan or units list is
  // (highest ids and counts): what the portal's caches of a year's facts
  // are checked against, one cheap query per page.
  virtual std::string data_version() = 0;
};

inline const char* to_string(JobState state) {
  switch (state) {
    case JobState::queued: return "queued";
    case JobState::running: return "running";
    case JobState::done: return "done";
    case JobState::failed: return "failed";
  }
  return "failed";
}
inline JobState job_state_of(const std::string& text) {
  if (text == "queued") return JobState::queued;
  if (text == "running") return JobState::running;
  if (text == "done") return JobState::done;
  return JobState::failed;
}

}  // namespace baocao::store
