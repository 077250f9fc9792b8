-- 001: the first schema. Portable between SQLite and PostgreSQL; the only
-- dialect difference, the auto-numbered key, is written {{id}} and filled in
-- by the adapter. Dates and timestamps are ISO-8601 text.

-- Administrative units over time: the 2025 reform ends the district level
-- and merged units on 2025-06-30 and starts their successors on 2025-07-01.
CREATE TABLE units (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  parent_code TEXT,
  level TEXT NOT NULL CHECK (level IN ('tinh', 'huyen', 'xa')),
  kind TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  PRIMARY KEY (code, valid_from)
);
CREATE INDEX units_parent ON units (parent_code);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  numerator TEXT NOT NULL,
  denominator TEXT NOT NULL,
  programme TEXT NOT NULL
);

-- A blank target (value NULL) means the plan sets none that year, never 0.
-- scope: '' for the whole area of the plan, else a unit code.
CREATE TABLE targets (
  year INTEGER NOT NULL,
  indicator TEXT NOT NULL REFERENCES indicators (id),
  scope TEXT NOT NULL DEFAULT '',
  value DOUBLE PRECISION,
  source_file TEXT NOT NULL,
  PRIMARY KEY (year, indicator, scope)
);

-- One unit's figures for one period from one file. A newer file from the
-- same unit supersedes the current one, which stays as history.
CREATE TABLE submissions (
  id {{id}},
  unit_code TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  period INTEGER NOT NULL,
  source_file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  superseded_by BIGINT REFERENCES submissions (id)
);
CREATE INDEX submissions_current ON submissions (period, unit_code, superseded_by);
CREATE UNIQUE INDEX submissions_once ON submissions (period, unit_code, sha256);

CREATE TABLE submission_values (
  submission_id BIGINT NOT NULL REFERENCES submissions (id),
  indicator TEXT NOT NULL REFERENCES indicators (id),
  numerator DOUBLE PRECISION NOT NULL,
  denominator DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  source_cell TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, indicator)
);
