-- Anonymous peer labels: a random salt per round, stored with it and never shown, from which the order of
-- "Služba A, B, …" derives (benchmark/core/disclosure). Existing rounds get one now; new rounds one at insert.
ALTER TABLE bm_rounds ADD COLUMN anon_salt TEXT NOT NULL DEFAULT '';
UPDATE bm_rounds SET anon_salt = lower(hex(randomblob(16)));
CREATE TRIGGER bm_rounds_anon_salt AFTER INSERT ON bm_rounds WHEN NEW.anon_salt = ''
BEGIN
  UPDATE bm_rounds SET anon_salt = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

-- DEA over HTTP as a job: the accepting process runs it on a worker thread and keeps its state here, so
-- that any process sharing the database answers GET /api/benchmark/dea-jobs/{id}.
CREATE TABLE bm_dea_jobs (
  id INTEGER PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  model TEXT NOT NULL CHECK (model IN ('ccr', 'bcc')),
  orientation TEXT NOT NULL CHECK (orientation IN ('input', 'output')),
  inputs TEXT NOT NULL,                    -- ';costs_total;fte_total;'
  outputs TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  done BIGINT NOT NULL DEFAULT 0,          -- services compared so far
  total BIGINT NOT NULL DEFAULT 0,         -- services with values in the round
  run_id BIGINT REFERENCES bm_dea_runs(id) ON DELETE SET NULL,
  error TEXT NOT NULL DEFAULT '',          -- failed: why (English; the API adds the Czech text)
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX bm_dea_jobs_round ON bm_dea_jobs(round_id);
