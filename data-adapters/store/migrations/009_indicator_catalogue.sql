-- 009: targets as plans state them, and the indicator catalogue as data.
-- Portable between SQLite and PostgreSQL: ADD COLUMN with a constant
-- default fills the rows already there.

-- kind: 'so' (a number, in value), 'khoang' (a range value..high),
-- 'toi_thieu' (at least value), 'toi_da' (at most value), 'chu' (words, in
-- wording). A NULL value of a number is a year the plan leaves open, as before.
ALTER TABLE targets ADD COLUMN kind TEXT NOT NULL DEFAULT 'so';
ALTER TABLE targets ADD COLUMN high DOUBLE PRECISION;
ALTER TABLE targets ADD COLUMN wording TEXT NOT NULL DEFAULT '';

-- What the catalogue file (data/chi-so.tsv, an office's additions) says of
-- each indicator beyond its wording. position: report order. measured_at:
-- 'thap_nhat' (each unit of the lowest level), 'cao_nhat' (the province
-- once), 'co_quan' (the reporting bodies). loai: 'ty_le' (a rate) or
-- 'so_luong' (a count). office: 1 for an indicator an office added.
ALTER TABLE indicators ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicators ADD COLUMN unit TEXT NOT NULL DEFAULT '%';
ALTER TABLE indicators ADD COLUMN measured_at TEXT NOT NULL DEFAULT 'thap_nhat';
ALTER TABLE indicators ADD COLUMN loai TEXT NOT NULL DEFAULT 'ty_le';
ALTER TABLE indicators ADD COLUMN office INTEGER NOT NULL DEFAULT 0;

-- Each change of the catalogue is a new version: what a report was made
-- with can be told later.
CREATE TABLE indicator_catalogue_versions (
  version INTEGER PRIMARY KEY,
  source_file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  indicators INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
