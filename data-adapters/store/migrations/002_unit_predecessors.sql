-- 002: predecessor links of merged units. A unit formed on 2025-07-01 from
-- others (province 37 from 35, 36 and the old 37) reports the years before it
-- existed as the sum of its predecessors; the links are data, like the units.
-- A link names the successor's version (code, valid_from) and the
-- predecessor's code only: the predecessor's version is the one in force the
-- day before the successor began (GSO keeps codes, so 37 may precede 37).
CREATE TABLE unit_predecessors (
  code TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  predecessor_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (code, valid_from, predecessor_code)
);
