-- Benchmarking (issue: working groups, methodology, data rounds, comparison, good practice, DEA).
-- Owned by the region organisation that runs the working group (tenant); providers take part as members.

CREATE TABLE bm_groups (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  kinds TEXT NOT NULL DEFAULT '',          -- ';13;14;' kinds of service the group compares
  created_at BIGINT NOT NULL
);

CREATE TABLE bm_group_members (
  group_id BIGINT NOT NULL REFERENCES bm_groups(id) ON DELETE CASCADE,
  provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
  participation TEXT NOT NULL CHECK (participation IN ('full', 'data_only')),
  joined_on TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (group_id, provider_org_id)
);

CREATE TABLE bm_meetings (
  id INTEGER PRIMARY KEY,
  group_id BIGINT NOT NULL REFERENCES bm_groups(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  agenda TEXT NOT NULL DEFAULT '',
  minutes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE bm_meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES bm_meetings(id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  attendees INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (meeting_id, organisation_id)
);

CREATE TABLE bm_methodologies (
  id INTEGER PRIMARY KEY,
  group_id BIGINT NOT NULL REFERENCES bm_groups(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  created_at BIGINT NOT NULL,
  UNIQUE (group_id, version)
);

CREATE TABLE bm_items (
  id INTEGER PRIMARY KEY,
  methodology_id BIGINT NOT NULL REFERENCES bm_methodologies(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  name_cs TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  required INTEGER NOT NULL DEFAULT 1,
  min_value DOUBLE PRECISION,
  max_value DOUBLE PRECISION,
  help_cs TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (methodology_id, code)
);

CREATE TABLE bm_indicators (
  id INTEGER PRIMARY KEY,
  methodology_id BIGINT NOT NULL REFERENCES bm_methodologies(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  name_cs TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  numerator TEXT NOT NULL,
  denominator TEXT NOT NULL DEFAULT '1',
  factor DOUBLE PRECISION NOT NULL DEFAULT 1,
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  rba TEXT NOT NULL CHECK (rba IN ('how_much', 'how_well', 'better_off')),
  kinds TEXT NOT NULL DEFAULT '',          -- ';13;' applicable kinds, '' = all of the group
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (methodology_id, code)
);

-- Consistency rules as data: left op right, each an expression over item codes.
CREATE TABLE bm_rules (
  id INTEGER PRIMARY KEY,
  methodology_id BIGINT NOT NULL REFERENCES bm_methodologies(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  left_expr TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('<=', '<', '>=', '>', '=')),
  right_expr TEXT NOT NULL,
  message_cs TEXT NOT NULL,
  message_en TEXT NOT NULL DEFAULT '',
  UNIQUE (methodology_id, code)
);

CREATE TABLE bm_rounds (
  id INTEGER PRIMARY KEY,
  group_id BIGINT NOT NULL REFERENCES bm_groups(id) ON DELETE CASCADE,
  methodology_id BIGINT NOT NULL REFERENCES bm_methodologies(id),
  name TEXT NOT NULL,
  period_year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('pilot', 'full')),
  deadline TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
  locked_at BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);

CREATE TABLE bm_submissions (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reopened')),
  submitted_at BIGINT NOT NULL DEFAULT 0,
  submitted_by BIGINT,
  reminded_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (round_id, service_id)
);

CREATE TABLE bm_values (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  item_code TEXT NOT NULL,
  value DOUBLE PRECISION,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT,
  PRIMARY KEY (round_id, service_id, item_code)
);

-- Changes after a round is locked: who, when, why (append-only).
CREATE TABLE bm_corrections (
  id INTEGER PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  item_code TEXT NOT NULL,
  old_value DOUBLE PRECISION,
  new_value DOUBLE PRECISION,
  at BIGINT NOT NULL,
  user_id BIGINT,
  reason TEXT NOT NULL
);

-- Precomputed comparison, refreshed whenever a round's data change (see store/benchmark_results_repo).
CREATE TABLE bm_stats (
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES bm_indicators(id) ON DELETE CASCADE,
  peer_key TEXT NOT NULL,                  -- e.g. 'kind=13;form=pob'
  n INTEGER NOT NULL,
  min_value DOUBLE PRECISION, q1 DOUBLE PRECISION, median DOUBLE PRECISION, q3 DOUBLE PRECISION,
  max_value DOUBLE PRECISION, mean DOUBLE PRECISION, sd DOUBLE PRECISION,
  PRIMARY KEY (round_id, indicator_id, peer_key)
);

CREATE TABLE bm_scores (
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
);

CREATE TABLE bm_good_practices (
  id INTEGER PRIMARY KEY,
  author_org_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  kinds TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE bm_good_practice_links (
  practice_id BIGINT NOT NULL REFERENCES bm_good_practices(id) ON DELETE CASCADE,
  service_id BIGINT REFERENCES services(id),
  indicator_id BIGINT REFERENCES bm_indicators(id),
  round_id BIGINT REFERENCES bm_rounds(id),
  note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE bm_dea_runs (
  id INTEGER PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES bm_rounds(id) ON DELETE CASCADE,
  model TEXT NOT NULL CHECK (model IN ('ccr', 'bcc')),
  orientation TEXT NOT NULL CHECK (orientation IN ('input', 'output')),
  inputs TEXT NOT NULL,                    -- ';costs_total;fte_total;' item codes
  outputs TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by BIGINT
);

CREATE TABLE bm_dea_results (
  run_id BIGINT NOT NULL REFERENCES bm_dea_runs(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  efficiency DOUBLE PRECISION,
  status TEXT NOT NULL DEFAULT 'ok',
  peers TEXT NOT NULL DEFAULT '',          -- 'service_id:lambda;…'
  slacks TEXT NOT NULL DEFAULT '',         -- 'code:value;…'
  PRIMARY KEY (run_id, service_id)
);

INSERT INTO data_versions (scope, version) VALUES ('benchmark', 1);
