// The portal's tables over Poco::Data (see poco_portal_store.hpp). Portable
// SQL but for claiming a job: PostgreSQL locks the chosen row with FOR
// UPDATE SKIP LOCKED, so instances claiming at once each get another job;
// SQLite has one writer at a time (BEGIN IMMEDIATE), which is enough.
// Portal writes do not take the import's table lock (PocoStore's
// begin_write): a login must not wait for a long import.
#include "data-adapters/store/poco_portal_store.hpp"

#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <exception>

#include "data-adapters/store/poco_store.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::store {

namespace {

using namespace Poco::Data::Keywords;
using Poco::Data::Statement;

class PocoPortalStore : public PortalStore {
 public:
  explicit PocoPortalStore(PocoStore& store) : store_(store), s_(store.connection()) {}

  bool add_account(const Account& a) override {
    return guarded([&] {
      bool added = false;
      in_transaction([&] {
        std::string name = a.name;
        Poco::Int64 taken = 0;
        s_ << q("SELECT COUNT(*) FROM portal_users WHERE name = ?"), use(name), into(taken), now;
        if (taken > 0) return;
        std::string role = a.role, unit = a.unit_code, hash = a.password_hash, at = a.created_at;
        int disabled = a.disabled ? 1 : 0;
        s_ << q("INSERT INTO portal_users (name, role, unit_code, password_hash, disabled, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            use(name), use(role), use(unit), use(hash), use(disabled), use(at), now;
        added = true;
      });
      return added;
    });
  }

  std::optional<Account> account(const std::string& name) override {
    return guarded([&] {
      std::vector<Account> found = select_accounts("WHERE name = ?", name);
      return found.empty() ? std::nullopt : std::optional<Account>(found.front());
    });
  }

  std::optional<Account> account_by_id(std::int64_t id) override {
    return guarded([&] {
      std::vector<Account> found = select_accounts("WHERE id = ?", static_cast<Poco::Int64>(id));
      return found.empty() ? std::nullopt : std::optional<Account>(found.front());
    });
  }

  std::vector<Account> accounts() override {
    return guarded([&] { return select_accounts("ORDER BY name", std::nullopt); });
  }

  bool update_account(const std::string& name, const std::optional<std::string>& password_hash,
                      const std::optional<bool>& disabled) override {
    return guarded([&] {
      bool found = false;
      in_transaction([&] {
        std::string n = name;
        Poco::Int64 count = 0;
        s_ << q("SELECT COUNT(*) FROM portal_users WHERE name = ?"), use(n), into(count), now;
        if (count == 0) return;
        found = true;
        if (password_hash) {
          std::string h = *password_hash;
          s_ << q("UPDATE portal_users SET password_hash = ? WHERE name = ?"), use(h), use(n), now;
        }
        if (disabled) {
          int d = *disabled ? 1 : 0;
          s_ << q("UPDATE portal_users SET disabled = ? WHERE name = ?"), use(d), use(n), now;
        }
      });
      return found;
    });
  }

  void put_session(const SessionRow& r) override {
    guarded([&] {
      std::string hash = r.token_hash, csrf = r.csrf, created = r.created_at, expires = r.expires_at,
                  address = r.address;
      Poco::Int64 user = r.user_id;
      s_ << q("INSERT INTO portal_sessions (token_hash, user_id, csrf, created_at, expires_at, address) "
              "VALUES (?, ?, ?, ?, ?, ?)"),
          use(hash), use(user), use(csrf), use(created), use(expires), use(address), now;
    });
  }

  std::optional<SessionRow> session(const std::string& token_hash, const std::string& at) override {
    return guarded([&]() -> std::optional<SessionRow> {
      std::string hash = token_hash, t = at;
      std::vector<Poco::Int64> user;
      std::vector<std::string> csrf, created, expires, address;
      s_ << q("SELECT user_id, csrf, created_at, expires_at, address FROM portal_sessions "
              "WHERE token_hash = ? AND expires_at > ?"),
          use(hash), use(t), into(user), into(csrf), into(created), into(expires), into(address), now;
      if (user.empty()) return std::nullopt;
      return SessionRow{token_hash, user[0], csrf[0], created[0], expires[0], address[0]};
    });
  }

  void extend_session(const std::string& token_hash, const std::string& expires_at) override {
    guarded([&] {
      std::string hash = token_hash, e = expires_at;
      s_ << q("UPDATE portal_sessions SET expires_at = ? WHERE token_hash = ?"), use(e), use(hash), now;
    });
  }

  void delete_session(const std::string& token_hash) override {
    guarded([&] {
      std::string hash = token_hash;
      s_ << q("DELETE FROM portal_sessions WHERE token_hash = ?"), use(hash), now;
    });
  }

  void delete_sessions_of(std::int64_t user_id) override {
    guarded([&] {
      Poco::Int64 id = user_id;
      s_ << q("DELETE FROM portal_sessions WHERE user_id = ?"), use(id), now;
    });
  }

  void delete_expired_sessions(const std::string& at) override {
    guarded([&] {
      std::string t = at;
      s_ << q("DELETE FROM portal_sessions WHERE expires_at <= ?"), use(t), now;
    });
  }

  LoginFailures record_login_failure(const std::string& subject, const std::string& at,
                                     const std::string& window_start, int threshold,
                                     const std::string& lock_until) override {
    return guarded([&] {
      LoginFailures f;
      in_transaction([&] {
        f = read_failures(subject);
        const bool known = !f.first_at.empty();
        if (!known || f.first_at < window_start) {
          // A new window; a lock still running is kept.
          f.failures = 1;
          f.first_at = at;
        } else {
          ++f.failures;
        }
        if (f.failures >= threshold) f.locked_until = lock_until;
        std::string sub = subject, first = f.first_at, locked = f.locked_until;
        int n = f.failures;
        if (known)
          s_ << q("UPDATE portal_login_failures SET failures = ?, first_at = ?, locked_until = ? WHERE subject = ?"),
              use(n), use(first), use(locked), use(sub), now;
        else
          s_ << q("INSERT INTO portal_login_failures (subject, failures, first_at, locked_until) "
                  "VALUES (?, ?, ?, ?)"),
              use(sub), use(n), use(first), use(locked), now;
      });
      return f;
    });
  }

  LoginFailures login_failures(const std::string& subject) override {
    return guarded([&] { return read_failures(subject); });
  }

  void clear_login_failures(const std::string& subject) override {
    guarded([&] {
      std::string sub = subject;
      s_ << q("DELETE FROM portal_login_failures WHERE subject = ?"), use(sub), now;
    });
  }

  void audit(const AuditEntry& e) override {
    guarded([&] {
      std::string at = e.at, user = e.user, address = e.address, action = e.action, unit = e.unit_code,
                  detail = e.detail;
      s_ << q("INSERT INTO portal_audit (at, user_name, address, action, unit_code, detail) "
              "VALUES (?, ?, ?, ?, ?, ?)"),
          use(at), use(user), use(address), use(action), use(unit), use(detail), now;
    });
  }

  std::vector<AuditEntry> audit_log(const AuditFilter& f) override {
    return guarded([&] {
      std::string sql = "SELECT id, at, user_name, address, action, unit_code, detail FROM portal_audit WHERE 1 = 1";
      Statement st(s_);
      auto add = [&](const char* clause, const std::string& value) {
        if (value.empty()) return;
        sql += clause;
        st.addBind(bind(value));
      };
      add(" AND user_name = ?", f.user);
      add(" AND action = ?", f.action);
      add(" AND unit_code = ?", f.unit_code);
      add(" AND at >= ?", f.from);
      add(" AND at <= ?", f.to);
      if (f.before_id > 0) {
        sql += " AND id < ?";
        st.addBind(bind(static_cast<Poco::Int64>(f.before_id)));
      }
      sql += " ORDER BY id DESC";
      if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
      std::vector<Poco::Int64> id;
      std::vector<std::string> at, user, address, action, unit, detail;
      st << q(sql), into(id), into(at), into(user), into(address), into(action), into(unit), into(detail);
      st.execute();
      std::vector<AuditEntry> out;
      for (std::size_t i = 0; i < id.size(); ++i)
        out.push_back({id[i], at[i], user[i], address[i], action[i], unit[i], detail[i]});
      return out;
    });
  }

  std::int64_t enqueue_job(const Job& j) override {
    return guarded([&] {
      Poco::Int64 id = 0;
      in_transaction([&] {
        std::string kind = j.kind, params = j.params, scope = j.scope, state = to_string(JobState::queued),
                    by = j.created_by, at = j.created_at;
        s_ << q("INSERT INTO portal_jobs (kind, params, scope, state, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            use(kind), use(params), use(scope), use(state), use(by), use(at), now;
        // Inside the transaction: no other writer's job can be newer (SQLite
        // has one writer; PostgreSQL's sequence value is this session's own).
        if (store_.dialect().name == "postgresql")
          s_ << "SELECT lastval()", into(id), now;
        else
          s_ << "SELECT last_insert_rowid()", into(id), now;
      });
      return static_cast<std::int64_t>(id);
    });
  }

  std::optional<Job> claim_job(const std::string& instance, const std::string& at,
                               const std::string& stale_before) override {
    return guarded([&] {
      std::optional<Job> claimed;
      in_transaction([&] {
        std::vector<Poco::Int64> id;
        std::string queued = to_string(JobState::queued), running = to_string(JobState::running),
                    stale = stale_before;
        std::string sql =
            "SELECT id FROM portal_jobs WHERE state = ? OR (state = ? AND heartbeat_at < ?) ORDER BY id LIMIT 1";
        if (store_.dialect().name == "postgresql") sql += " FOR UPDATE SKIP LOCKED";
        s_ << q(sql), use(queued), use(running), use(stale), into(id), now;
        if (id.empty()) return;
        Poco::Int64 job_id = id[0];
        std::string who = instance, t = at;
        s_ << q("UPDATE portal_jobs SET state = ?, claimed_by = ?, started_at = ?, heartbeat_at = ?, "
                "done_count = 0, total_count = 0, current_item = '', result = '' WHERE id = ?"),
            use(running), use(who), use(t), use(t), use(job_id), now;
        claimed = read_job(job_id);
      });
      return claimed;
    });
  }

  void job_progress(std::int64_t id, int done, int total, const std::string& current,
                    const std::string& at) override {
    guarded([&] {
      Poco::Int64 job_id = id;
      std::string c = current, t = at;
      s_ << q("UPDATE portal_jobs SET done_count = ?, total_count = ?, current_item = ?, heartbeat_at = ? "
              "WHERE id = ?"),
          use(done), use(total), use(c), use(t), use(job_id), now;
    });
  }

  void finish_job(std::int64_t id, JobState state, const std::string& result, const std::string& at) override {
    guarded([&] {
      Poco::Int64 job_id = id;
      std::string st = to_string(state), r = result, t = at;
      s_ << q("UPDATE portal_jobs SET state = ?, result = ?, finished_at = ?, heartbeat_at = ? WHERE id = ?"),
          use(st), use(r), use(t), use(t), use(job_id), now;
    });
  }

  std::optional<Job> job(std::int64_t id) override {
    return guarded([&] { return read_job(id); });
  }

  std::vector<Job> jobs(const std::string& scope, int limit) override {
    return guarded([&] {
      std::string where = scope.empty() ? "" : "WHERE scope = ? ";
      return select_jobs(where + "ORDER BY id DESC LIMIT " + std::to_string(limit), scope);
    });
  }

  void put_documents(const std::vector<DocumentRecord>& documents) override {
    guarded([&] {
      in_transaction([&] {
        std::string file, scope, deadline, kind, unit, issuer, signer, sha, at;
        Poco::Int64 job = 0;
        // One statement, not a look then an insert: two portal instances
        // recording the same deadline's documents at once (PostgreSQL, read
        // committed) would both see no row and both insert.
        Statement upsert =
            (s_ << q("INSERT INTO portal_documents (file, scope, deadline, kind, unit_code, issuer, signer, sha256, "
                     "job_id, produced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (file) DO UPDATE SET "
                     "scope = excluded.scope, deadline = excluded.deadline, kind = excluded.kind, "
                     "unit_code = excluded.unit_code, issuer = excluded.issuer, signer = excluded.signer, "
                     "sha256 = excluded.sha256, job_id = excluded.job_id, produced_at = excluded.produced_at"),
             use(file), use(scope), use(deadline), use(kind), use(unit), use(issuer), use(signer), use(sha),
             use(job), use(at));
        for (const DocumentRecord& d : documents) {
          file = d.file, scope = d.scope, deadline = d.deadline, kind = d.kind, unit = d.unit_code;
          issuer = d.issuer, signer = d.signer, sha = d.sha256, at = d.produced_at;
          job = d.job_id;
          upsert.execute();
        }
      });
    });
  }

  std::vector<DocumentRecord> documents(const std::string& scope, const std::string& deadline) override {
    return guarded([&] {
      return select_documents("WHERE scope = ? AND deadline = ? ORDER BY file", {scope, deadline});
    });
  }

  std::vector<DocumentRecord> documents_of_unit(const std::string& unit_code) override {
    return guarded([&] { return select_documents("WHERE unit_code = ? ORDER BY deadline DESC, file", {unit_code}); });
  }

  std::optional<DocumentRecord> document(const std::string& file) override {
    return guarded([&] {
      auto found = select_documents("WHERE file = ?", {file});
      return found.empty() ? std::nullopt : std::optional<DocumentRecord>(found.front());
    });
  }

  std::string data_version() override {
    return guarded([&] {
      Poco::Int64 submissions = 0, plans = 0, units = 0;
      s_ << "SELECT (SELECT COALESCE(MAX(id), 0) FROM submissions), (SELECT COALESCE(MAX(id), 0) FROM plans), "
            "(SELECT COUNT(*) FROM units)",
          into(submissions), into(plans), into(units), now;
      return std::to_string(submissions) + "|" + std::to_string(plans) + "|" + std::to_string(units);
    });
  }

  void set_signed(const DocumentRecord& d) override {
    guarded([&] {
      std::string file = d.file, sf = d.signed_file, ss = d.signed_sha256, sd = d.signed_draft_sha256,
                  by = d.signed_by, at = d.signed_at, up = d.signed_uploaded_by;
      s_ << q("UPDATE portal_documents SET signed_file = ?, signed_sha256 = ?, signed_draft_sha256 = ?, "
              "signed_by = ?, signed_at = ?, signed_uploaded_by = ? WHERE file = ?"),
          use(sf), use(ss), use(sd), use(by), use(at), use(up), use(file), now;
    });
  }

 private:
  std::string q(std::string_view sql) const { return store_.placeholders(sql); }

  template <typename F>
  auto guarded(F&& f) -> decltype(f()) {
    try {
      return f();
    } catch (const Poco::Exception& e) {
      fail(ErrorFamily::output, MsgId::store_failed, {"portal", e.displayText()});
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      fail(ErrorFamily::output, MsgId::store_failed, {"portal", e.what()});
    }
  }

  template <typename F>
  void in_transaction(F&& f) {
    s_ << store_.dialect().begin_write.front(), now;
    try {
      f();
    } catch (...) {
      try {
        s_ << "ROLLBACK", now;
      } catch (...) {
      }
      throw;
    }
    s_ << "COMMIT", now;
  }

  template <typename Key>
  std::vector<Account> query_accounts(const std::string& tail, const std::optional<Key>& key) {
    std::vector<Poco::Int64> id;
    std::vector<std::string> name, role, unit, hash, created;
    std::vector<int> disabled;
    Statement st(s_);
    st << q("SELECT id, name, role, unit_code, password_hash, disabled, created_at FROM portal_users " + tail),
        into(id), into(name), into(role), into(unit), into(hash), into(disabled), into(created);
    if (key) st.addBind(bind(*key));
    st.execute();
    std::vector<Account> out;
    for (std::size_t i = 0; i < id.size(); ++i)
      out.push_back({id[i], name[i], role[i], unit[i], hash[i], disabled[i] != 0, created[i]});
    return out;
  }
  std::vector<Account> select_accounts(const std::string& tail, std::nullopt_t) {
    return query_accounts(tail, std::optional<std::string>());
  }
  std::vector<Account> select_accounts(const std::string& tail, const std::string& key) {
    return query_accounts(tail, std::optional<std::string>(key));
  }
  std::vector<Account> select_accounts(const std::string& tail, Poco::Int64 key) {
    return query_accounts(tail, std::optional<Poco::Int64>(key));
  }

  LoginFailures read_failures(const std::string& subject) {
    std::string sub = subject;
    std::vector<int> failures;
    std::vector<std::string> first, locked;
    s_ << q("SELECT failures, first_at, locked_until FROM portal_login_failures WHERE subject = ?"), use(sub),
        into(failures), into(first), into(locked), now;
    if (failures.empty()) return {};
    return {failures[0], first[0], locked[0]};
  }

  std::vector<Job> select_jobs(const std::string& tail, const std::string& key) {
    std::vector<Poco::Int64> id;
    std::vector<std::string> kind, params, scope, state, by, created, claimed, started, finished, heartbeat, current,
        result;
    std::vector<int> done, total;
    Statement st(s_);
    st << q("SELECT id, kind, params, scope, state, created_by, created_at, claimed_by, started_at, finished_at, "
            "heartbeat_at, done_count, total_count, current_item, result FROM portal_jobs " +
            tail),
        into(id), into(kind), into(params), into(scope), into(state), into(by), into(created), into(claimed),
        into(started), into(finished), into(heartbeat), into(done), into(total), into(current), into(result);
    if (!key.empty()) st.addBind(bind(key));
    st.execute();
    std::vector<Job> out;
    for (std::size_t i = 0; i < id.size(); ++i) {
      Job j;
      j.id = id[i];
      j.kind = kind[i];
      j.params = params[i];
      j.scope = scope[i];
      j.state = job_state_of(state[i]);
      j.created_by = by[i];
      j.created_at = created[i];
      j.claimed_by = claimed[i];
      j.started_at = started[i];
      j.finished_at = finished[i];
      j.heartbeat_at = heartbeat[i];
      j.done = done[i];
      j.total = total[i];
      j.current = current[i];
      j.result = result[i];
      out.push_back(std::move(j));
    }
    return out;
  }

  std::optional<Job> read_job(Poco::Int64 id) {
    std::vector<Job> found = select_jobs("WHERE id = " + std::to_string(id), "");
    return found.empty() ? std::nullopt : std::optional<Job>(found.front());
  }

  std::vector<DocumentRecord> select_documents(const std::string& tail, const std::vector<std::string>& keys) {
    std::vector<std::string> file, scope, deadline, kind, unit, issuer, signer, sha, produced, sfile, ssha, sdraft,
        sby, sat, sup;
    std::vector<Poco::Int64> job;
    Statement st(s_);
    st << q("SELECT file, scope, deadline, kind, unit_code, issuer, signer, sha256, job_id, produced_at, "
            "signed_file, signed_sha256, signed_draft_sha256, signed_by, signed_at, signed_uploaded_by "
            "FROM portal_documents " +
            tail),
        into(file), into(scope), into(deadline), into(kind), into(unit), into(issuer), into(signer), into(sha),
        into(job), into(produced), into(sfile), into(ssha), into(sdraft), into(sby), into(sat), into(sup);
    for (const std::string& k : keys) st.addBind(bind(k));
    st.execute();
    std::vector<DocumentRecord> out;
    for (std::size_t i = 0; i < file.size(); ++i)
      out.push_back({file[i], scope[i], deadline[i], kind[i], unit[i], issuer[i], signer[i], sha[i], job[i],
                     produced[i], sfile[i], ssha[i], sdraft[i], sby[i], sat[i], sup[i]});
    return out;
  }

  PocoStore& store_;
  Poco::Data::Session s_;  // shares the store's connection
};

}  // namespace

std::unique_ptr<PortalStore> portal_store_of(Store& store) {
  auto* poco = dynamic_cast<PocoStore*>(&store);
  if (!poco) fail(ErrorFamily::internal, MsgId::store_failed, {"portal", "not a Poco::Data store"});
  return std::make_unique<PocoPortalStore>(*poco);
}

}  // namespace baocao::store
