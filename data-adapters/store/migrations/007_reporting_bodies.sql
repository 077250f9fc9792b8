-- 007: the reporting bodies (sở, ban, ngành, Mặt trận, đoàn thể, hội) that
-- report their part of the plan beside the administrative units. The list is
-- imported whole, like the issuers register: each import replaces it. A
-- body's figures are submissions like a unit's (unit_code is the body's
-- code); what its form says of its tasks is kept with the submission it came
-- in, so a newer file supersedes both together and history keeps both.
CREATE TABLE reporting_bodies (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
);

-- status: 'hoàn thành', 'đang thực hiện', 'chưa thực hiện', or '' for the
-- body's own text on the year (task '_han_che', '_kien_nghi').
CREATE TABLE submission_tasks (
  submission_id BIGINT NOT NULL REFERENCES submissions (id),
  task TEXT NOT NULL,
  status TEXT NOT NULL,
  result TEXT NOT NULL,
  source_cell TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, task)
);
