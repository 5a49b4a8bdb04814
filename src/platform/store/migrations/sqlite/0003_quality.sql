-- Quality (issue: standards library, audit templates, audits, evidence, findings, corrective actions).
-- An audit keeps the standard set version, scale, weights and pass rule it was created with.

ALTER TABLE standard_sets ADD COLUMN kind TEXT NOT NULL DEFAULT 'builtin';  -- builtin | custom
ALTER TABLE standard_sets ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE standard_sets ADD COLUMN change_note TEXT NOT NULL DEFAULT '';
ALTER TABLE standard_sets ADD COLUMN created_by BIGINT NOT NULL DEFAULT 0;
ALTER TABLE criteria ADD COLUMN valid_from TEXT NOT NULL DEFAULT '';
ALTER TABLE criteria ADD COLUMN valid_to TEXT NOT NULL DEFAULT '';

CREATE TABLE q_templates (
  id INTEGER PRIMARY KEY,
  owner_org_id BIGINT REFERENCES organisations(id),   -- NULL: platform-wide
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  set_id BIGINT NOT NULL REFERENCES standard_sets(id),
  scale_code TEXT NOT NULL,
  scale_name TEXT NOT NULL DEFAULT '',
  scale_levels TEXT NOT NULL,                          -- format_scale() text: code,label_cs,label_en,points
  pass_rule TEXT NOT NULL DEFAULT '',                  -- format_pass_rule() text
  weights TEXT NOT NULL DEFAULT '',                    -- '2a=2;3b=1.5' (others 1)
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE q_audits (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('self_assessment', 'internal', 'external', 'process', 'inspection_basic',
                                     'inspection_followup', 'inspection_notice')),
  template_id BIGINT REFERENCES q_templates(id),
  set_id BIGINT NOT NULL REFERENCES standard_sets(id),
  scale_code TEXT NOT NULL,
  scale_name TEXT NOT NULL DEFAULT '',
  scale_levels TEXT NOT NULL,
  pass_rule TEXT NOT NULL DEFAULT '',
  weights TEXT NOT NULL DEFAULT '',
  audited_org_id BIGINT NOT NULL REFERENCES organisations(id),  -- the provider (or OSPOD office)
  service_id BIGINT REFERENCES services(id),
  place TEXT NOT NULL DEFAULT '',
  conducted_by_org_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL DEFAULT '',
  ends_on TEXT NOT NULL DEFAULT '',
  methods TEXT NOT NULL DEFAULT '',                    -- ';document_study;interviews_users;'
  previous_audit_id BIGINT REFERENCES q_audits(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'closed')),
  summary TEXT NOT NULL DEFAULT '',
  verdict TEXT NOT NULL DEFAULT '',                    -- on close: pass | fail | incomplete
  total_percent DOUBLE PRECISION,
  standard_percents TEXT NOT NULL DEFAULT '',          -- on close: '1=83.3;2=100'
  closed_at BIGINT NOT NULL DEFAULT 0,
  closed_by BIGINT NOT NULL DEFAULT 0,
  revision INTEGER NOT NULL DEFAULT 1,
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX q_audits_service ON q_audits (service_id);
CREATE INDEX q_audits_org ON q_audits (audited_org_id);

CREATE TABLE q_audit_team (
  audit_id BIGINT NOT NULL REFERENCES q_audits(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('leader', 'member')),
  PRIMARY KEY (audit_id, user_id)
);
CREATE INDEX q_audit_team_user ON q_audit_team (user_id);

CREATE TABLE q_assessments (
  audit_id BIGINT NOT NULL REFERENCES q_audits(id) ON DELETE CASCADE,
  criterion_id BIGINT NOT NULL REFERENCES criteria(id),
  level_code TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  updated_by BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (audit_id, criterion_id)
);

CREATE TABLE q_findings (
  id INTEGER PRIMARY KEY,
  audit_id BIGINT NOT NULL REFERENCES q_audits(id) ON DELETE CASCADE,
  criterion_id BIGINT REFERENCES criteria(id),
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  text TEXT NOT NULL,
  recommendation TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX q_findings_audit ON q_findings (audit_id);

CREATE TABLE q_actions (
  id INTEGER PRIMARY KEY,
  finding_id BIGINT NOT NULL REFERENCES q_findings(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified')),
  done_date TEXT NOT NULL DEFAULT '',
  verified_date TEXT NOT NULL DEFAULT '',
  verification_evidence TEXT NOT NULL DEFAULT '',
  rejection_reason TEXT NOT NULL DEFAULT '',
  bm_group_id BIGINT REFERENCES bm_groups(id),
  bm_indicator_code TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX q_actions_finding ON q_actions (finding_id);
CREATE INDEX q_actions_status ON q_actions (status, due_date);

CREATE TABLE q_action_events (
  id INTEGER PRIMARY KEY,
  action_id BIGINT NOT NULL REFERENCES q_actions(id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  user_id BIGINT NOT NULL DEFAULT 0,
  user_name TEXT NOT NULL DEFAULT '',
  on_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  at BIGINT NOT NULL
);
CREATE INDEX q_action_events_action ON q_action_events (action_id);

CREATE TABLE q_evidence (
  id INTEGER PRIMARY KEY,
  audit_id BIGINT NOT NULL REFERENCES q_audits(id) ON DELETE CASCADE,
  criterion_id BIGINT REFERENCES criteria(id),
  action_id BIGINT REFERENCES q_actions(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL DEFAULT 0,
  uploaded_by_name TEXT NOT NULL DEFAULT '',
  uploaded_at BIGINT NOT NULL
);
CREATE INDEX q_evidence_audit ON q_evidence (audit_id);

CREATE TABLE q_evidence_content (
  evidence_id BIGINT PRIMARY KEY REFERENCES q_evidence(id) ON DELETE CASCADE,
  data_base64 TEXT NOT NULL
);

INSERT INTO data_versions (scope, version) VALUES ('quality', 1);
