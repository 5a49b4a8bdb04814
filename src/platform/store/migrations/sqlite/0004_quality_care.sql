-- Quality, care part: external consultations and supervisions, OSPOD written procedures and staffing
-- standard, transformation (deinstitucionalizace) plans of residential services with milestones, checks of
-- the new places against the community-service criteria, and inclusion indicators defined by a region.
-- No client personal data: moves of clients are counts.

-- Consultations and supervisions of a provider's staff (kind consultation | supervision).
CREATE TABLE qc_supervisions (
  id INTEGER PRIMARY KEY,
  provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT REFERENCES services(id),
  recorded_by_org_id BIGINT NOT NULL REFERENCES organisations(id),  -- the provider itself or an audit body
  kind TEXT NOT NULL CHECK (kind IN ('consultation', 'supervision')),
  form TEXT NOT NULL CHECK (form IN ('individual', 'group', 'team', 'case')),
  supervisor TEXT NOT NULL,
  held_on TEXT NOT NULL,
  hours DOUBLE PRECISION NOT NULL,
  topics TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX qc_supervisions_provider ON qc_supervisions (provider_org_id, held_on);
CREATE INDEX qc_supervisions_recorder ON qc_supervisions (recorded_by_org_id);

-- Workers who took part (staff, not clients; they need not be Kvalis users).
CREATE TABLE qc_supervision_participants (
  supervision_id BIGINT NOT NULL REFERENCES qc_supervisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (supervision_id, position)
);

CREATE TABLE qc_supervision_findings (
  supervision_id BIGINT NOT NULL REFERENCES qc_supervisions(id) ON DELETE CASCADE,
  finding_id BIGINT NOT NULL REFERENCES q_findings(id) ON DELETE CASCADE,
  PRIMARY KEY (supervision_id, finding_id)
);
CREATE INDEX qc_supervision_findings_finding ON qc_supervision_findings (finding_id);

-- Written procedures (metodika) of an OSPOD office per OSPOD standard (by its number, which stays the
-- same across versions of the standard set), each change a new version; older versions are kept.
CREATE TABLE qc_ospod_procedures (
  id INTEGER PRIMARY KEY,
  office_org_id BIGINT NOT NULL REFERENCES organisations(id),
  standard_number INTEGER NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  approved_on TEXT NOT NULL,
  approved_by TEXT NOT NULL DEFAULT '',
  effective_from TEXT NOT NULL,
  change_note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  UNIQUE (office_org_id, standard_number, version)
);

-- Staffing standard of an OSPOD office: snapshots over time (history), with the workers and their FTE.
CREATE TABLE qc_staffing_snapshots (
  id INTEGER PRIMARY KEY,
  office_org_id BIGINT NOT NULL REFERENCES organisations(id),
  as_of TEXT NOT NULL,
  cases INTEGER,        -- open cases in the district; NULL when not recorded
  children INTEGER,     -- children living in the district; NULL when not recorded
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  UNIQUE (office_org_id, as_of)
);

CREATE TABLE qc_staffing_workers (
  snapshot_id BIGINT NOT NULL REFERENCES qc_staffing_snapshots(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  job TEXT NOT NULL,
  fte DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (snapshot_id, position)
);

-- The norm the staffing is compared with, set as data by the office or its region (no legal number is
-- built in); NULL: not set yet.
CREATE TABLE qc_staffing_norms (
  office_org_id BIGINT PRIMARY KEY REFERENCES organisations(id),
  max_cases_per_fte DOUBLE PRECISION,
  max_children_per_fte DOUBLE PRECISION,
  source TEXT NOT NULL DEFAULT '',
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL
);

-- Transformation plan of a residential service.
CREATE TABLE qc_transformation_plans (
  id INTEGER PRIMARY KEY,
  service_id BIGINT NOT NULL REFERENCES services(id),
  provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  baseline_capacity INTEGER NOT NULL,
  target_capacity INTEGER NOT NULL,
  baseline_on TEXT NOT NULL,
  target_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'in_progress', 'completed', 'suspended')),
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX qc_transformation_plans_service ON qc_transformation_plans (service_id);
CREATE INDEX qc_transformation_plans_provider ON qc_transformation_plans (provider_org_id);

CREATE TABLE qc_milestones (
  id INTEGER PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES qc_transformation_plans(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('capacity_reduction', 'community_service', 'client_moves', 'other')),
  title TEXT NOT NULL,
  planned_on TEXT NOT NULL,
  done_on TEXT NOT NULL DEFAULT '',
  capacity_after INTEGER,          -- capacity_reduction: the institution's capacity afterwards
  new_service_id BIGINT REFERENCES services(id),  -- community_service: the new service, when registered
  clients_moved INTEGER,           -- client_moves: a count, never names
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX qc_milestones_plan ON qc_milestones (plan_id);

-- A place (dwelling) of the new community services, described for the community-service criteria.
CREATE TABLE qc_community_places (
  id INTEGER PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES qc_transformation_plans(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  service_id BIGINT REFERENCES services(id),
  ordinary_housing INTEGER NOT NULL,     -- in ordinary housing among other dwellings
  capacity INTEGER NOT NULL,             -- places of the service at this place
  household_sizes TEXT NOT NULL,         -- persons per household: '3;2'
  equipment_complete INTEGER NOT NULL,   -- own kitchen, bathroom and WC, rooms as in an ordinary household
  equipment_note TEXT NOT NULL DEFAULT '',
  support_separated INTEGER NOT NULL,    -- housing is separate from the support (staff not based in the dwelling)
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX qc_community_places_plan ON qc_community_places (plan_id);

-- Numeric limits of the community-service criteria a region uses, as data (DOMAIN.md: numbers to be
-- verified); NULL: not set, the criterion is then not evaluated.
CREATE TABLE qc_community_limits (
  region_org_id BIGINT PRIMARY KEY REFERENCES organisations(id),
  max_capacity_per_place INTEGER,
  max_persons_per_household INTEGER,
  max_households_per_place INTEGER,
  source TEXT NOT NULL DEFAULT '',
  verified INTEGER NOT NULL DEFAULT 0,
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL
);

-- Inclusion ("normalisation of life") indicators a region defines, and their values per plan and period.
CREATE TABLE qc_inclusion_indicators (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'none')),
  description TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  UNIQUE (region_org_id, code)
);

CREATE TABLE qc_inclusion_values (
  plan_id BIGINT NOT NULL REFERENCES qc_transformation_plans(id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES qc_inclusion_indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL,   -- 2024, 2024-H1, 2024-Q3 or 2024-06
  value DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (plan_id, indicator_id, period)
);
