-- Planning and evaluation (issue 11): one chain from an organisation's strategic plan through yearly
-- operational plans and service goals down to each client's individual plan, with measurable goals
-- (indicators, evaluation schedule, evaluations with participants, values and evidence), Goal Attainment
-- Scaling and generic ladder instruments at the client level, and the plan cycle (closing a period,
-- deriving the next plan from its evaluation).
--
-- Client records hold minimal personal data: a pseudonymous code by default, a name only where the
-- provider chooses. Erasure blanks the identity and the texts and keeps the anonymous outcome values
-- (ratings, weights, links, dates) so that aggregates stay as they were.

-- Per organisation: the GAS intercorrelation ρ (0.3 by default).
CREATE TABLE pl_settings (
  organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id),
  gas_rho DOUBLE PRECISION NOT NULL DEFAULT 0.3,
  updated_at BIGINT NOT NULL
);

-- Strategic plan of an organisation: several years, the problem addressed, vision and mission.
CREATE TABLE pl_strategic_plans (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  problem TEXT NOT NULL DEFAULT '',
  vision TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('draft', 'active', 'closed')),
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_strategic_plans_org ON pl_strategic_plans (organisation_id);

-- Operational plan: a year, for the whole organisation (service_id NULL) or for one service. A plan
-- derived from a closed one points back to it.
CREATE TABLE pl_operational_plans (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT REFERENCES services(id),
  strategic_plan_id BIGINT REFERENCES pl_strategic_plans(id),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  derived_from_id BIGINT REFERENCES pl_operational_plans(id),
  closed_at BIGINT,
  closed_by BIGINT,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_operational_plans_org ON pl_operational_plans (organisation_id, year);
CREATE INDEX pl_operational_plans_strategic ON pl_operational_plans (strategic_plan_id);

-- Goals of the three organisational levels: strategic goals (of a strategic plan), objectives (of an
-- operational plan, linked to a strategic goal) and service goals (of an operational plan and a service,
-- linked to an objective). A goal is linked to its parent or says why it is not (unlinked_reason).
-- origin_goal_id/carry/carry_reason record how a goal came from the previous period's goal.
CREATE TABLE pl_goals (
  id INTEGER PRIMARY KEY,
  level TEXT NOT NULL CHECK (level IN ('strategic', 'objective', 'service')),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  strategic_plan_id BIGINT REFERENCES pl_strategic_plans(id),
  operational_plan_id BIGINT REFERENCES pl_operational_plans(id),
  service_id BIGINT REFERENCES services(id),
  parent_goal_id BIGINT REFERENCES pl_goals(id),
  unlinked_reason TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'met', 'partly_met', 'not_met', 'dropped')),
  origin_goal_id BIGINT REFERENCES pl_goals(id),
  carry TEXT NOT NULL DEFAULT '' CHECK (carry IN ('', 'carry_over', 'revise', 'drop')),
  carry_reason TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_goals_strategic ON pl_goals (strategic_plan_id);
CREATE INDEX pl_goals_operational ON pl_goals (operational_plan_id);
CREATE INDEX pl_goals_parent ON pl_goals (parent_goal_id);
CREATE INDEX pl_goals_service ON pl_goals (service_id);
CREATE INDEX pl_goals_origin ON pl_goals (origin_goal_id);

-- Indicators of a goal: baseline, target, unit, direction, source and an RBA tag, with an evaluation
-- schedule. Sources: client-level roll-ups (gas_t, share_attained, ladder_change, clients), a benchmark
-- indicator of the service (benchmark_indicator_code), a count of records (count_of) or a value by hand.
CREATE TABLE pl_indicators (
  id INTEGER PRIMARY KEY,
  goal_id BIGINT NOT NULL REFERENCES pl_goals(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  baseline DOUBLE PRECISION,
  target DOUBLE PRECISION,
  direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
  source TEXT NOT NULL CHECK (source IN ('gas_t', 'share_attained', 'ladder_change', 'clients', 'benchmark', 'count', 'manual')),
  benchmark_indicator_code TEXT NOT NULL DEFAULT '',
  count_of TEXT NOT NULL DEFAULT '',
  rba TEXT NOT NULL CHECK (rba IN ('how_much', 'how_well', 'better_off')),
  schedule_months INTEGER NOT NULL DEFAULT 12,
  next_due_on TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_indicators_goal ON pl_indicators (goal_id);

-- An evaluation of a goal: when, for which period, the result (empty for an interim one), the conclusion.
CREATE TABLE pl_evaluations (
  id INTEGER PRIMARY KEY,
  goal_id BIGINT NOT NULL REFERENCES pl_goals(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'interim' CHECK (kind IN ('interim', 'closing')),
  held_on TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'met', 'partly_met', 'not_met')),
  conclusion TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX pl_evaluations_goal ON pl_evaluations (goal_id, held_on);

-- Who took part: workers, clients (never identified: a description such as "3 klienti"), partner
-- organisations by name and role.
CREATE TABLE pl_evaluation_participants (
  evaluation_id BIGINT NOT NULL REFERENCES pl_evaluations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('worker', 'client', 'partner', 'other')),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, position)
);

-- The values an evaluation recorded per indicator; clients_n is how many clients stand behind a
-- client-level value (the evidence of the number).
CREATE TABLE pl_evaluation_values (
  evaluation_id BIGINT NOT NULL REFERENCES pl_evaluations(id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES pl_indicators(id) ON DELETE CASCADE,
  value DOUBLE PRECISION,
  clients_n INTEGER,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, indicator_id)
);
CREATE INDEX pl_evaluation_values_indicator ON pl_evaluation_values (indicator_id);

-- Evidence of an evaluation: a link (url) or a file (content in pl_evaluation_files).
CREATE TABLE pl_evaluation_evidence (
  id INTEGER PRIMARY KEY,
  evaluation_id BIGINT NOT NULL REFERENCES pl_evaluations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('link', 'file')),
  label TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  content_type TEXT NOT NULL DEFAULT '',
  size_bytes BIGINT NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX pl_evaluation_evidence_evaluation ON pl_evaluation_evidence (evaluation_id);
CREATE TABLE pl_evaluation_files (
  evidence_id BIGINT PRIMARY KEY REFERENCES pl_evaluation_evidence(id) ON DELETE CASCADE,
  data_base64 TEXT NOT NULL
);

-- Who works with the clients of a service: its staff, and those the provider grants access.
CREATE TABLE pl_service_staff (
  service_id BIGINT NOT NULL REFERENCES services(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL DEFAULT 'staff' CHECK (kind IN ('staff', 'granted')),
  granted_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (service_id, user_id)
);
CREATE INDEX pl_service_staff_user ON pl_service_staff (user_id);

-- A client of a service: pseudonymous code, optional name, contract dates, key worker. state erased:
-- identity and texts are gone, outcome values stay.
CREATE TABLE pl_clients (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  contract_from TEXT NOT NULL DEFAULT '',
  contract_to TEXT NOT NULL DEFAULT '',
  key_worker_user_id BIGINT REFERENCES users(id),
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'ended', 'erased')),
  erased_at BIGINT,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (service_id, code)
);
CREATE INDEX pl_clients_key_worker ON pl_clients (key_worker_user_id);
CREATE INDEX pl_clients_org ON pl_clients (organisation_id);

-- A personal goal of the individual plan, in the client's own words, linked to a service goal where it
-- fits (or saying why not), with the agreed steps, who does what, the GAS levels −2…+2 described when
-- the goal is set, and its weight.
CREATE TABLE pl_client_goals (
  id INTEGER PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES pl_clients(id) ON DELETE CASCADE,
  service_goal_id BIGINT REFERENCES pl_goals(id),
  unlinked_reason TEXT NOT NULL DEFAULT '',
  wording TEXT NOT NULL,
  steps TEXT NOT NULL DEFAULT '',
  responsibilities TEXT NOT NULL DEFAULT '',
  level_minus2 TEXT NOT NULL DEFAULT '',
  level_minus1 TEXT NOT NULL DEFAULT '',
  level_0 TEXT NOT NULL DEFAULT '',
  level_plus1 TEXT NOT NULL DEFAULT '',
  level_plus2 TEXT NOT NULL DEFAULT '',
  weight DOUBLE PRECISION NOT NULL DEFAULT 1,
  set_on TEXT NOT NULL,
  next_review_on TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'attained', 'ended', 'dropped')),
  ended_on TEXT NOT NULL DEFAULT '',
  origin_goal_id BIGINT REFERENCES pl_client_goals(id),
  position INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_client_goals_client ON pl_client_goals (client_id);
CREATE INDEX pl_client_goals_service_goal ON pl_client_goals (service_goal_id);

-- A review of the individual plan held with the client.
CREATE TABLE pl_reviews (
  id INTEGER PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES pl_clients(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  what_changed TEXT NOT NULL DEFAULT '',
  client_view TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '',
  next_review_on TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX pl_reviews_client ON pl_reviews (client_id, held_on);

-- The GAS level of each goal at a review: −2…+2, or the variants −3 and −0.5.
CREATE TABLE pl_goal_ratings (
  review_id BIGINT NOT NULL REFERENCES pl_reviews(id) ON DELETE CASCADE,
  client_goal_id BIGINT NOT NULL REFERENCES pl_client_goals(id) ON DELETE CASCADE,
  level DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, client_goal_id)
);
CREATE INDEX pl_goal_ratings_goal ON pl_goal_ratings (client_goal_id);

-- Generic ladder instruments (journey of change) whose areas and stages the organisation defines.
CREATE TABLE pl_ladders (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  scale_min INTEGER NOT NULL DEFAULT 1,
  scale_max INTEGER NOT NULL DEFAULT 10,
  stages TEXT NOT NULL DEFAULT '',  -- "1-2:Name;3-4:Name;…" as the organisation wrote it
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pl_ladders_org ON pl_ladders (organisation_id);
CREATE TABLE pl_ladder_areas (
  id INTEGER PRIMARY KEY,
  ladder_id BIGINT NOT NULL REFERENCES pl_ladders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pl_ladder_areas_ladder ON pl_ladder_areas (ladder_id, position);
CREATE TABLE pl_ladder_assessments (
  id INTEGER PRIMARY KEY,
  client_id BIGINT NOT NULL REFERENCES pl_clients(id) ON DELETE CASCADE,
  ladder_id BIGINT NOT NULL REFERENCES pl_ladders(id),
  assessed_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX pl_ladder_assessments_client ON pl_ladder_assessments (client_id, assessed_on);
CREATE TABLE pl_ladder_values (
  assessment_id BIGINT NOT NULL REFERENCES pl_ladder_assessments(id) ON DELETE CASCADE,
  area_id BIGINT NOT NULL REFERENCES pl_ladder_areas(id) ON DELETE CASCADE,
  value INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, area_id)
);

INSERT INTO data_versions (scope, version) VALUES ('planning', 1);

-- The evaluator role (an external evaluator reads plans, evaluations and reports; never client identities).
CREATE TABLE memberships_new (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'worker', 'auditor', 'readonly', 'evaluator')),
  PRIMARY KEY (user_id, organisation_id, role)
);
INSERT INTO memberships_new (user_id, organisation_id, role) SELECT user_id, organisation_id, role FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_new RENAME TO memberships;
CREATE INDEX memberships_organisation ON memberships(organisation_id);
