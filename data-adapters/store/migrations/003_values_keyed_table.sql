-- 003: submission_values stored by its key alone. An import writes a value
-- per unit and indicator; as a rowid table each value went into two B-trees
-- (the rows, and the index of the primary key), a tenth of a 100,000-unit
-- import. SQLite keeps it as one B-tree on the key ({{without_rowid}} is
-- WITHOUT ROWID there); PostgreSQL has no rowid and gets the same table
-- again. Same columns, same key, same rows.
CREATE TABLE submission_values_keyed (
  submission_id BIGINT NOT NULL REFERENCES submissions (id),
  indicator TEXT NOT NULL REFERENCES indicators (id),
  numerator DOUBLE PRECISION NOT NULL,
  denominator DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  source_cell TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, indicator)
) {{without_rowid}};
INSERT INTO submission_values_keyed (submission_id, indicator, numerator, denominator, note, source_cell)
  SELECT submission_id, indicator, numerator, denominator, note, source_cell FROM submission_values;
DROP TABLE submission_values;
ALTER TABLE submission_values_keyed RENAME TO submission_values;
