-- 004: who issues, signs and receives each unit's documents (the issuers
-- register), and the plans a cycle follows. A register is imported whole:
-- each import replaces the rows of the one before. Lists of lines
-- (authority, recipients) are kept one per line.
CREATE TABLE issuers (
  unit_code TEXT NOT NULL,
  level TEXT NOT NULL,
  body TEXT NOT NULL,
  name TEXT NOT NULL,
  parent_name TEXT NOT NULL,
  symbol TEXT NOT NULL,
  drafting_symbol TEXT NOT NULL,
  place TEXT NOT NULL,
  authority TEXT NOT NULL,
  title TEXT NOT NULL,
  signer TEXT NOT NULL,
  recipients TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  PRIMARY KEY (unit_code, level, body)
);

-- A plan as imported (its JSON text), for the years it covers (0 = open).
-- The latest plan covering a year is the one its cycle follows.
CREATE TABLE plans (
  id {{id}},
  name TEXT NOT NULL,
  first_year INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  body TEXT NOT NULL,
  source_file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
