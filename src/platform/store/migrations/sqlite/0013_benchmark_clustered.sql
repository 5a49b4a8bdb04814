-- A round's values, statistics and scores kept in the order of their primary key (WITHOUT ROWID): reading a
-- round (every save of a form recomputes it; a national round has 280,000 values and as many scores) walks one
-- B-tree in order instead of an index and a lookup in the table for every row, and a written row goes into one
-- B-tree instead of two. A service's scores across its rounds (its comparison page) get an index of their own.

CREATE TABLE bm_values_new (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  item_code TEXT NOT NULL,
  value DOUBLE PRECISION,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT,
  PRIMARY KEY (round_id, service_id, item_code)
) WITHOUT ROWID;
INSERT INTO bm_values_new (round_id, service_id, item_code, value, updated_at, updated_by)
  SELECT round_id, service_id, item_code, value, updated_at, updated_by FROM bm_values;
DROP TABLE bm_values;
ALTER TABLE bm_values_new RENAME TO bm_values;

CREATE TABLE bm_stats_new (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES bm_indicators(id) ON DELETE CASCADE,
  peer_key TEXT NOT NULL,                  -- e.g. 'kind=13;form=pob'
  n INTEGER NOT NULL,
  min_value DOUBLE PRECISION, q1 DOUBLE PRECISION, median DOUBLE PRECISION, q3 DOUBLE PRECISION,
  max_value DOUBLE PRECISION, mean DOUBLE PRECISION, sd DOUBLE PRECISION,
  PRIMARY KEY (round_id, indicator_id, peer_key)
) WITHOUT ROWID;
INSERT INTO bm_stats_new (round_id, indicator_id, peer_key, n, min_value, q1, median, q3, max_value, mean, sd)
  SELECT round_id, indicator_id, peer_key, n, min_value, q1, median, q3, max_value, mean, sd FROM bm_stats;
DROP TABLE bm_stats;
ALTER TABLE bm_stats_new RENAME TO bm_stats;

CREATE TABLE bm_scores_new (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES bm_indicators(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  peer_key TEXT NOT NULL,
  value DOUBLE PRECISION,
  missing_reason TEXT NOT NULL DEFAULT '',
  percent_rank DOUBLE PRECISION,
  z_score DOUBLE PRECISION,
  reserve_median DOUBLE PRECISION,
  reserve_best DOUBLE PRECISION,
  PRIMARY KEY (round_id, indicator_id, service_id)
) WITHOUT ROWID;
INSERT INTO bm_scores_new (round_id, indicator_id, service_id, peer_key, value, missing_reason, percent_rank,
                           z_score, reserve_median, reserve_best)
  SELECT round_id, indicator_id, service_id, peer_key, value, missing_reason, percent_rank, z_score,
         reserve_median, reserve_best FROM bm_scores;
DROP TABLE bm_scores;
ALTER TABLE bm_scores_new RENAME TO bm_scores;

CREATE INDEX bm_scores_service ON bm_scores (service_id, round_id);
