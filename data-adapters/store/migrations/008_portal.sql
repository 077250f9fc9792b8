-- 008: the web portal (baocao serve). Accounts and their sessions, failed
-- logins, the audit log, background jobs and the documents they produced
-- live in the store so that several portal instances on one PostgreSQL
-- share them. Timestamps are UTC ISO-8601 text ("2025-12-10T02:00:00Z");
-- no column is NULL (Poco reads NULL as "" or 0 anyway).

-- password_hash: libsodium's crypto_pwhash_str string (Argon2id, its own
-- salt and parameters inside).
CREATE TABLE portal_users (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'consolidator', 'leader', 'admin')),
  unit_code TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- Only the SHA-256 of a session's token is kept.
CREATE TABLE portal_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES portal_users (id),
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  address TEXT NOT NULL
);
CREATE INDEX portal_sessions_user ON portal_sessions (user_id);

-- subject: "user:NAME" or "addr:IP".
CREATE TABLE portal_login_failures (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  locked_until TEXT NOT NULL DEFAULT ''
);

CREATE TABLE portal_audit (
  id {{id}},
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  address TEXT NOT NULL,
  action TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX portal_audit_at ON portal_audit (at);

-- state: queued, running, done, failed. A running job whose instance
-- stopped beating (heartbeat_at) is claimed again by another.
CREATE TABLE portal_jobs (
  id {{id}},
  kind TEXT NOT NULL,
  params TEXT NOT NULL,
  scope TEXT NOT NULL,
  state TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  claimed_by TEXT NOT NULL DEFAULT '',
  started_at TEXT NOT NULL DEFAULT '',
  finished_at TEXT NOT NULL DEFAULT '',
  heartbeat_at TEXT NOT NULL DEFAULT '',
  done_count INTEGER NOT NULL DEFAULT 0,
  total_count INTEGER NOT NULL DEFAULT 0,
  current_item TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT ''
);
CREATE INDEX portal_jobs_state ON portal_jobs (state, id);

-- file: relative to the shared output root. The signed_* columns describe
-- the copy the leader uploaded once it was accepted.
CREATE TABLE portal_documents (
  file TEXT PRIMARY KEY,
  scope TEXT NOT NULL,
  deadline TEXT NOT NULL,
  kind TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  issuer TEXT NOT NULL,
  signer TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  job_id BIGINT NOT NULL,
  produced_at TEXT NOT NULL,
  signed_file TEXT NOT NULL DEFAULT '',
  signed_sha256 TEXT NOT NULL DEFAULT '',
  signed_draft_sha256 TEXT NOT NULL DEFAULT '',
  signed_by TEXT NOT NULL DEFAULT '',
  signed_at TEXT NOT NULL DEFAULT '',
  signed_uploaded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX portal_documents_scope ON portal_documents (scope, deadline);
CREATE INDEX portal_documents_unit ON portal_documents (unit_code);
