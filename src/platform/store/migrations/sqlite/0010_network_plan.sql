-- Network planning (issue 13): the regional network of services year by year with the decisions and
-- entrustment acts, the medium-term plan (SPRSS) with one-year action plans and their evaluation, providers'
-- development plans evaluated by the region, and the financing model and outlook. Owned by a region
-- organisation (region_org_id); development plans also by the provider of the service.

-- ---- the network (síť sociálních služeb) ----------------------------------------------------------------

-- The network of a region in a year: status draft -> approved (by the region's council: approved_by_text).
CREATE TABLE nw_network_years (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  approved_on TEXT NOT NULL DEFAULT '',
  approved_by_text TEXT NOT NULL DEFAULT '',   -- e.g. "Zastupitelstvo kraje, usnesení č. ZK/12/2025"
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (region_org_id, year)
);

-- A service in the network of a year with its capacity in the network (may differ from the registered one).
-- A new year starts as a copy of the previous one; decisions change it.
CREATE TABLE nw_network_entries (
  id INTEGER PRIMARY KEY,
  network_year_id BIGINT NOT NULL REFERENCES nw_network_years(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  capacity DOUBLE PRECISION NOT NULL DEFAULT 0,
  capacity_unit TEXT NOT NULL DEFAULT '',      -- klient, luzka, hodiny, kontakt, interv, hovor (capacity_types + hodiny)
  fte DOUBLE PRECISION,                        -- direct-care FTE in the network, where set
  territories TEXT NOT NULL DEFAULT '',        -- ';5205;5209;' ORP codes the network entry covers
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (network_year_id, service_id)
);
CREATE INDEX nw_network_entries_service ON nw_network_entries (service_id);

-- A decision on a service in the network: include, change (capacity, territory, form), remove.
CREATE TABLE nw_network_decisions (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  network_year_id BIGINT NOT NULL REFERENCES nw_network_years(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  kind TEXT NOT NULL CHECK (kind IN ('include', 'change', 'remove')),
  decided_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  decided_by_text TEXT NOT NULL DEFAULT '',    -- the body and its resolution
  capacity_before DOUBLE PRECISION,
  capacity_after DOUBLE PRECISION,
  capacity_unit TEXT NOT NULL DEFAULT '',
  dev_intention_id BIGINT,                     -- the development-plan intention it answers (nw_dev_intentions)
  recorded_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  territories_before TEXT NOT NULL DEFAULT '', -- ';5205;' a change of the territories the entry covers
  territories_after TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nw_network_decisions_service ON nw_network_decisions (service_id);
CREATE INDEX nw_network_decisions_year ON nw_network_decisions (network_year_id);

-- The entrustment act (pověření) of a service: its period and the service's scope in it.
CREATE TABLE nw_entrustments (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  act_number TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  capacity DOUBLE PRECISION,
  capacity_unit TEXT NOT NULL DEFAULT '',
  forms TEXT NOT NULL DEFAULT '',              -- ';pob;amb;'
  territories TEXT NOT NULL DEFAULT '',        -- ';5205;' ORP codes
  scope TEXT NOT NULL DEFAULT '',              -- the scope as the act words it
  status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'amended', 'revoked')),
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX nw_entrustments_service ON nw_entrustments (service_id);

-- ---- the medium-term plan (SPRSS) ------------------------------------------------------------------------

-- status: draft -> comments (municipalities and providers comment until comments_until) -> approved.
CREATE TABLE nw_plans (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'comments', 'approved')),
  vision TEXT NOT NULL DEFAULT '',
  analysis_text TEXT NOT NULL DEFAULT '',      -- the region's own analytical texts (Markdown-free plain text)
  analysis_links TEXT NOT NULL DEFAULT '',     -- JSON list of links to the coverage map, benchmark rounds, audit overview
  comments_until TEXT NOT NULL DEFAULT '',
  approved_on TEXT NOT NULL DEFAULT '',
  approved_by_text TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- The proposal part as a tree: priority -> goal -> measure -> activity.
CREATE TABLE nw_plan_nodes (
  id INTEGER PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES nw_plans(id) ON DELETE CASCADE,
  parent_id BIGINT REFERENCES nw_plan_nodes(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('priority', 'goal', 'measure', 'activity')),
  code TEXT NOT NULL DEFAULT '',               -- "1", "1.2", "1.2.3" (computed from positions when empty)
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  responsible TEXT NOT NULL DEFAULT '',
  kinds TEXT NOT NULL DEFAULT '',              -- ';4;13;' kinds of service
  target_groups TEXT NOT NULL DEFAULT '',      -- ';7;24;'
  territories TEXT NOT NULL DEFAULT '',        -- ';5205;' ORP codes
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX nw_plan_nodes_plan ON nw_plan_nodes (plan_id, parent_id);

-- An indicator of a node: from benchmarking (bm_group_id + indicator code), from planning (pl_indicators), or
-- entered by hand; targets per year and the actual values recorded by evaluations.
CREATE TABLE nw_plan_indicators (
  id INTEGER PRIMARY KEY,
  node_id BIGINT NOT NULL REFERENCES nw_plan_nodes(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('benchmark', 'planning', 'manual')),
  bm_group_id BIGINT REFERENCES bm_groups(id),
  bm_indicator_code TEXT NOT NULL DEFAULT '',
  pl_indicator_id BIGINT REFERENCES pl_indicators(id),
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
  baseline DOUBLE PRECISION,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX nw_plan_indicators_node ON nw_plan_indicators (node_id);

CREATE TABLE nw_plan_indicator_years (
  indicator_id BIGINT NOT NULL REFERENCES nw_plan_indicators(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  target DOUBLE PRECISION,
  actual DOUBLE PRECISION,
  PRIMARY KEY (indicator_id, year)
);

-- One-year action plans that take measures into a year. status: draft -> approved -> evaluated. The evaluation
-- of each item (done / partly / not, with evidence) feeds the next year's plan: an item not done or done
-- partly can be carried over (carried_from_item_id on the new item).
CREATE TABLE nw_action_plans (
  id INTEGER PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES nw_plans(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'evaluated')),
  approved_on TEXT NOT NULL DEFAULT '',
  evaluated_on TEXT NOT NULL DEFAULT '',
  evaluation_summary TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (plan_id, year)
);

CREATE TABLE nw_action_plan_items (
  id INTEGER PRIMARY KEY,
  action_plan_id BIGINT NOT NULL REFERENCES nw_action_plans(id) ON DELETE CASCADE,
  node_id BIGINT NOT NULL REFERENCES nw_plan_nodes(id),   -- a measure (or an activity) of the plan
  what TEXT NOT NULL,                                    -- what is to be done in the year
  responsible TEXT NOT NULL DEFAULT '',
  due TEXT NOT NULL DEFAULT '',
  budget DOUBLE PRECISION,
  result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'done', 'partly', 'not')),
  result_text TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',                     -- links or references to records
  carried_from_item_id BIGINT REFERENCES nw_action_plan_items(id),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX nw_action_plan_items_plan ON nw_action_plan_items (action_plan_id);

-- Comments of municipalities and providers on the plan (whole plan or a node), answered like card comments.
CREATE TABLE nw_plan_comments (
  id INTEGER PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES nw_plans(id) ON DELETE CASCADE,
  node_id BIGINT REFERENCES nw_plan_nodes(id) ON DELETE SET NULL,
  author_user_id BIGINT NOT NULL REFERENCES users(id),
  author_org_id BIGINT NOT NULL REFERENCES organisations(id),
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'partly', 'rejected')),
  answer TEXT NOT NULL DEFAULT '',
  answered_by BIGINT NOT NULL DEFAULT 0,
  answered_at BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX nw_plan_comments_plan ON nw_plan_comments (plan_id);

-- ---- development plans of providers --------------------------------------------------------------------------

-- A 3-year development plan of a service. status: draft -> submitted -> evaluated -> decided (returned: back
-- to draft with the region's note).
CREATE TABLE nw_dev_plans (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'evaluated', 'decided')),
  submitted_at BIGINT NOT NULL DEFAULT 0,
  submitted_by BIGINT NOT NULL DEFAULT 0,
  region_note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX nw_dev_plans_service ON nw_dev_plans (service_id);
CREATE INDEX nw_dev_plans_region ON nw_dev_plans (region_org_id, status);

-- An intention of a plan: capacity change, new form, new territory, staffing, quality improvement, other; the
-- need (need area) or the audit finding it answers; the SPRSS measure it serves.
CREATE TABLE nw_dev_intentions (
  id INTEGER PRIMARY KEY,
  dev_plan_id BIGINT NOT NULL REFERENCES nw_dev_plans(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('capacity', 'new_form', 'new_territory', 'staffing', 'quality', 'other')),
  description TEXT NOT NULL,
  capacity_delta DOUBLE PRECISION,
  capacity_unit TEXT NOT NULL DEFAULT '',
  form_code TEXT NOT NULL DEFAULT '',
  territory_code TEXT NOT NULL DEFAULT '',
  fte_delta DOUBLE PRECISION,
  from_year INTEGER NOT NULL,
  need_area_id BIGINT REFERENCES nw_need_areas(id),
  finding_id BIGINT REFERENCES q_findings(id),
  answers_text TEXT NOT NULL DEFAULT '',
  plan_node_id BIGINT REFERENCES nw_plan_nodes(id),
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'support', 'not_support')),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX nw_dev_intentions_plan ON nw_dev_intentions (dev_plan_id);

-- Costs of an intention per year and category.
CREATE TABLE nw_dev_intention_costs (
  intention_id BIGINT NOT NULL REFERENCES nw_dev_intentions(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('personnel', 'operating', 'investment')),
  amount DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (intention_id, year, category)
);

-- The region's criteria for evaluating development plans (data), with weights and a scale 0..scale_max.
CREATE TABLE nw_dev_criteria (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL,
  name_cs TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '' CHECK (evidence IN ('', 'coverage', 'benchmark', 'audit')),
  weight DOUBLE PRECISION NOT NULL,
  scale_max INTEGER NOT NULL DEFAULT 5,
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (region_org_id, code)
);

-- The region's evaluation of a plan: a score per criterion with reasons, the weighted total, and the
-- decision (support, support partly, do not support) with its reason and effect.
CREATE TABLE nw_dev_evaluations (
  id INTEGER PRIMARY KEY,
  dev_plan_id BIGINT NOT NULL UNIQUE REFERENCES nw_dev_plans(id) ON DELETE CASCADE,
  total_score DOUBLE PRECISION,
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'support', 'partly', 'not_support')),
  decision_reason TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL DEFAULT '',
  effect_note TEXT NOT NULL DEFAULT '',
  evaluated_by BIGINT NOT NULL DEFAULT 0,
  evaluated_at BIGINT NOT NULL DEFAULT 0,
  decided_by BIGINT NOT NULL DEFAULT 0,
  decided_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE nw_dev_scores (
  evaluation_id BIGINT NOT NULL REFERENCES nw_dev_evaluations(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL REFERENCES nw_dev_criteria(id),
  score INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (evaluation_id, criterion_id)
);

-- ---- financing ---------------------------------------------------------------------------------------

-- The region's financing model of a year, as data per kind and form. unit: hour, bed_day, client, contact.
-- compensation per unit = reference_cost - own_revenue (usual costs minus usual own revenues);
-- optimal subsidy = compensation x units x subsidy_share - expected other public sources per unit x units
-- (see network/core/financing.hpp for the arithmetic and its tests).
CREATE TABLE nw_fin_models (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  cost_growth DOUBLE PRECISION NOT NULL DEFAULT 0,  -- yearly growth of reference costs for the outlook (0.05 = 5 %)
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (region_org_id, year)
);

CREATE TABLE nw_fin_model_rows (
  id INTEGER PRIMARY KEY,
  model_id BIGINT NOT NULL REFERENCES nw_fin_models(id) ON DELETE CASCADE,
  kind_code TEXT NOT NULL,
  form_code TEXT NOT NULL DEFAULT '',               -- '' = every form of the kind
  unit TEXT NOT NULL CHECK (unit IN ('hour', 'bed_day', 'client', 'contact')),
  units_per_capacity DOUBLE PRECISION NOT NULL,     -- units a year per unit of network capacity
  reference_cost DOUBLE PRECISION NOT NULL,         -- usual costs per unit (Kč)
  own_revenue DOUBLE PRECISION NOT NULL,            -- usual own revenues per unit (client payments, health insurance)
  other_public DOUBLE PRECISION NOT NULL DEFAULT 0, -- expected other public sources per unit (municipalities, …)
  subsidy_share DOUBLE PRECISION NOT NULL DEFAULT 1,-- share of the compensation the state subsidy covers
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (model_id, kind_code, form_code)
);

-- A service's budget per year: costs by category and revenues by source (planned or actual).
CREATE TABLE nw_fin_budget_items (
  id INTEGER PRIMARY KEY,
  service_id BIGINT NOT NULL REFERENCES services(id),
  year INTEGER NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('cost', 'revenue')),
  category TEXT NOT NULL CHECK (category IN ('personnel', 'operating', 'investment', 'client_payments',
                                              'health_insurance', 'state_subsidy', 'region', 'municipalities',
                                              'eu_funds', 'donations', 'other')),
  amount DOUBLE PRECISION NOT NULL,
  actual INTEGER NOT NULL DEFAULT 0,
  UNIQUE (service_id, year, side, category, actual)
);
CREATE INDEX nw_fin_budget_items_year ON nw_fin_budget_items (year, service_id);

-- The subsidy line of a service in a year: requested and granted beside the computed optimal amount, with the
-- difference explained.
CREATE TABLE nw_fin_lines (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  year INTEGER NOT NULL,
  requested DOUBLE PRECISION,
  granted DOUBLE PRECISION,
  difference_reason TEXT NOT NULL DEFAULT '',
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  UNIQUE (service_id, year)
);

-- What-if scenarios: changes of capacity or unit cost from a year on; the outlook is recomputed with them.
CREATE TABLE nw_fin_scenarios (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  year_from INTEGER NOT NULL,
  years INTEGER NOT NULL DEFAULT 3,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);

CREATE TABLE nw_fin_scenario_changes (
  id INTEGER PRIMARY KEY,
  scenario_id BIGINT NOT NULL REFERENCES nw_fin_scenarios(id) ON DELETE CASCADE,
  service_id BIGINT REFERENCES services(id),        -- one service, or every service of kind_code
  kind_code TEXT NOT NULL DEFAULT '',
  what TEXT NOT NULL CHECK (what IN ('capacity', 'reference_cost', 'own_revenue')),
  from_year INTEGER NOT NULL,
  value DOUBLE PRECISION NOT NULL,                  -- the new value (capacity in network units, cost per unit)
  note TEXT NOT NULL DEFAULT ''
);
