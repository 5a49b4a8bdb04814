-- Network (issue 12): service cards that define each kind of service by the needs of everyday life it helps
-- with, the comment procedure with providers (připomínkování), meetings per kind, collection rounds of need
-- coverage (how each service answers each need), the minimal form of a service per kind, and the public
-- portal the region publishes. Everything is owned by a region organisation (region_org_id).

-- Need areas of everyday life (oblasti potřeb). The region edits the list as data; the app fills a region's
-- list from the default list (catalogues/need_areas.csv) the first time the region opens its cards.
CREATE TABLE nw_need_areas (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL,
  name_cs TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  description_cs TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  UNIQUE (region_org_id, code)
);

-- Basic activities (základní činnosti) of a kind, from the law (§37–§70) and vyhláška 505/2006.
-- region_org_id NULL: the national catalogue loaded from catalogues/basic_activities.csv (synchronised at
-- start-up like the other catalogues); a region completes or corrects it with rows of its own.
CREATE TABLE nw_activities (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT REFERENCES organisations(id),
  kind_code TEXT NOT NULL,
  paragraph TEXT NOT NULL DEFAULT '',
  form_scope TEXT NOT NULL DEFAULT '',   -- ';pob;' applies to these forms only; '' = every form of the kind
  letter TEXT NOT NULL DEFAULT '',
  text_cs TEXT NOT NULL,
  text_en TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',       -- where the wording was read (kind of source and address)
  verified INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL
);
CREATE INDEX nw_activities_kind ON nw_activities (kind_code, region_org_id);

-- A service card of a region for a kind of service (and optionally one form: form_code '' = all forms).
CREATE TABLE nw_cards (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  kind_code TEXT NOT NULL,
  form_code TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  UNIQUE (region_org_id, kind_code, form_code)
);

-- Versions of a card. status: draft -> comments (sent to the providers of the kind) -> final -> published;
-- a published version becomes superseded when the next version of the card is published. Every published
-- version is kept. A new version starts as a copy of the latest one.
CREATE TABLE nw_card_versions (
  id INTEGER PRIMARY KEY,
  card_id BIGINT NOT NULL REFERENCES nw_cards(id) ON DELETE CASCADE,
  version_no INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'comments', 'final', 'published', 'superseded')),
  title TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',         -- what the service is for, in plain words
  user_expect TEXT NOT NULL DEFAULT '',     -- what a user (zájemce o službu) can expect
  user_not_expect TEXT NOT NULL DEFAULT '', -- ... and cannot expect
  public_expect TEXT NOT NULL DEFAULT '',
  public_not_expect TEXT NOT NULL DEFAULT '',
  partners_expect TEXT NOT NULL DEFAULT '',
  partners_not_expect TEXT NOT NULL DEFAULT '',
  comments_until TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD, set when sent for comments
  sent_at BIGINT NOT NULL DEFAULT 0,
  sent_by BIGINT NOT NULL DEFAULT 0,
  finalised_at BIGINT NOT NULL DEFAULT 0,
  published_at BIGINT NOT NULL DEFAULT 0,
  published_by BIGINT NOT NULL DEFAULT 0,
  change_note TEXT NOT NULL DEFAULT '',     -- what changed against the previous version
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (card_id, version_no)
);
CREATE INDEX nw_card_versions_status ON nw_card_versions (status);

-- The needs a card version answers, in order, each with what the need means for this kind and what the
-- service does about it.
CREATE TABLE nw_card_needs (
  id INTEGER PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES nw_card_versions(id) ON DELETE CASCADE,
  need_area_id BIGINT NOT NULL REFERENCES nw_need_areas(id),
  description TEXT NOT NULL DEFAULT '',     -- how the need shows in the life of the service's users
  answer TEXT NOT NULL DEFAULT '',          -- how the service helps with it
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (version_id, need_area_id)
);

-- Which basic activities answer a need on a card.
CREATE TABLE nw_card_need_activities (
  card_need_id BIGINT NOT NULL REFERENCES nw_card_needs(id) ON DELETE CASCADE,
  activity_id BIGINT NOT NULL REFERENCES nw_activities(id),
  PRIMARY KEY (card_need_id, activity_id)
);

-- The providers a version was sent to for comments (recorded when it is sent).
CREATE TABLE nw_card_recipients (
  version_id BIGINT NOT NULL REFERENCES nw_card_versions(id) ON DELETE CASCADE,
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (version_id, org_id)
);

-- A comment of a provider on a part of a card version. part: 'general', 'summary', 'user_expect',
-- 'user_not_expect', 'public_expect', 'public_not_expect', 'partners_expect', 'partners_not_expect', or
-- 'need:<need area code>'. The region answers each: accepted, or rejected with a reason.
CREATE TABLE nw_card_comments (
  id INTEGER PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES nw_card_versions(id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  author_user_id BIGINT NOT NULL REFERENCES users(id),
  author_org_id BIGINT NOT NULL REFERENCES organisations(id),
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'partly', 'rejected')),
  answer TEXT NOT NULL DEFAULT '',
  answered_by BIGINT NOT NULL DEFAULT 0,
  answered_at BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX nw_card_comments_version ON nw_card_comments (version_id);
CREATE INDEX nw_card_comments_org ON nw_card_comments (author_org_id);

-- Meetings of the region with the providers of a kind (the seed held 33).
CREATE TABLE nw_kind_meetings (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  kind_code TEXT NOT NULL,
  card_version_id BIGINT REFERENCES nw_card_versions(id),
  title TEXT NOT NULL DEFAULT '',
  held_on TEXT NOT NULL,                    -- YYYY-MM-DD
  starts_at TEXT NOT NULL DEFAULT '',       -- HH:MM
  place TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  minutes TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX nw_kind_meetings_region ON nw_kind_meetings (region_org_id, kind_code);

-- Invited providers (all providers of the kind in the region when the meeting is planned; more can be added)
-- and who came.
CREATE TABLE nw_kind_meeting_invitations (
  meeting_id BIGINT NOT NULL REFERENCES nw_kind_meetings(id) ON DELETE CASCADE,
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  invited_at BIGINT NOT NULL,
  attended INTEGER NOT NULL DEFAULT 0,
  attendees TEXT NOT NULL DEFAULT '',       -- names and roles of those who came, as recorded by the region
  PRIMARY KEY (meeting_id, org_id)
);

-- A collection round of need coverage. kinds: ';4;13;'. status: draft -> open -> locked (as in benchmarking).
CREATE TABLE nw_coverage_rounds (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  kinds TEXT NOT NULL,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'locked')),
  opened_at BIGINT NOT NULL DEFAULT 0,
  locked_at BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX nw_coverage_rounds_region ON nw_coverage_rounds (region_org_id, status);

-- One form per service of the round's kinds, created when the round opens, answered against the card version
-- published at that moment.
CREATE TABLE nw_coverage_submissions (
  id INTEGER PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES nw_coverage_rounds(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  card_version_id BIGINT NOT NULL REFERENCES nw_card_versions(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted')),
  submitted_at BIGINT NOT NULL DEFAULT 0,
  submitted_by BIGINT NOT NULL DEFAULT 0,
  reminders INTEGER NOT NULL DEFAULT 0,
  last_reminded_at BIGINT NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('form', 'upload')),
  updated_at BIGINT NOT NULL,
  UNIQUE (round_id, service_id)
);
CREATE INDEX nw_coverage_submissions_service ON nw_coverage_submissions (service_id);

-- How a service answers a need of its card. mode: direct (met within basic activities), mediated (by
-- mediating contact with another service: mediated_service_id or mediated_text), referred (to the municipal
-- social worker), none. Volumes where known.
CREATE TABLE nw_coverage_answers (
  submission_id BIGINT NOT NULL REFERENCES nw_coverage_submissions(id) ON DELETE CASCADE,
  need_area_id BIGINT NOT NULL REFERENCES nw_need_areas(id),
  mode TEXT NOT NULL CHECK (mode IN ('direct', 'mediated', 'referred', 'none')),
  mediated_service_id BIGINT REFERENCES services(id),
  mediated_text TEXT NOT NULL DEFAULT '',
  clients INTEGER,
  contacts INTEGER,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, need_area_id)
);

-- The minimal form of a service of a kind: the needs every service of the kind must meet directly, set by the
-- region from a locked coverage round (basis_round_id). status: draft -> set; a new set version supersedes.
CREATE TABLE nw_minimal_forms (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  kind_code TEXT NOT NULL,
  basis_round_id BIGINT REFERENCES nw_coverage_rounds(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'set', 'superseded')),
  valid_from TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  set_at BIGINT NOT NULL DEFAULT 0,
  set_by BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX nw_minimal_forms_kind ON nw_minimal_forms (region_org_id, kind_code, status);

CREATE TABLE nw_minimal_form_needs (
  minimal_form_id BIGINT NOT NULL REFERENCES nw_minimal_forms(id) ON DELETE CASCADE,
  need_area_id BIGINT NOT NULL REFERENCES nw_need_areas(id),
  PRIMARY KEY (minimal_form_id, need_area_id)
);

-- Corrective actions raised in the quality module for a service's missing need (one per service, form, need).
CREATE TABLE nw_gap_actions (
  id INTEGER PRIMARY KEY,
  minimal_form_id BIGINT NOT NULL REFERENCES nw_minimal_forms(id) ON DELETE CASCADE,
  service_id BIGINT NOT NULL REFERENCES services(id),
  need_area_id BIGINT NOT NULL REFERENCES nw_need_areas(id),
  q_action_id BIGINT NOT NULL REFERENCES q_actions(id),
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  UNIQUE (minimal_form_id, service_id, need_area_id)
);

-- What the region publishes on the public portal.
CREATE TABLE nw_portal_settings (
  region_org_id BIGINT PRIMARY KEY REFERENCES organisations(id),
  published INTEGER NOT NULL DEFAULT 0,
  title_cs TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  intro_cs TEXT NOT NULL DEFAULT '',
  intro_en TEXT NOT NULL DEFAULT '',
  show_services INTEGER NOT NULL DEFAULT 1,
  show_coverage INTEGER NOT NULL DEFAULT 1,
  coverage_round_id BIGINT REFERENCES nw_coverage_rounds(id),  -- NULL: the latest locked round
  contact TEXT NOT NULL DEFAULT '',
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL
);

-- Aggregated benchmark indicators the region publishes (of a locked round of one of its groups).
CREATE TABLE nw_portal_indicators (
  id INTEGER PRIMARY KEY,
  region_org_id BIGINT NOT NULL REFERENCES organisations(id),
  bm_round_id BIGINT NOT NULL REFERENCES bm_rounds(id),
  indicator_code TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (region_org_id, bm_round_id, indicator_code)
);

INSERT INTO data_versions (scope, version) VALUES ('network', 1);
