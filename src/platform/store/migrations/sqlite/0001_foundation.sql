-- Foundation schema: catalogues, organisations, registered services, accounts, sessions, audit log.
-- Timestamps are epoch seconds (BIGINT), dates are ISO text YYYY-MM-DD; optional text is '' not NULL.

CREATE TABLE catalogue_items (
  id INTEGER PRIMARY KEY,
  catalogue TEXT NOT NULL,
  code TEXT NOT NULL,
  name_cs TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  parent_code TEXT NOT NULL DEFAULT '',
  paragraph TEXT NOT NULL DEFAULT '',
  source_act TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL DEFAULT '',
  attributes TEXT NOT NULL DEFAULT '',
  UNIQUE (catalogue, code, valid_from)
);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('region', 'municipality', 'provider', 'audit_body')),
  name TEXT NOT NULL,
  ico TEXT NOT NULL DEFAULT '',
  legal_form_code TEXT NOT NULL DEFAULT '',
  founder TEXT NOT NULL DEFAULT '',
  region_code TEXT NOT NULL DEFAULT '',
  territory_code TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual',
  search_text TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX organisations_ico ON organisations(ico) WHERE ico <> '';
CREATE INDEX organisations_type ON organisations(type, name);

CREATE TABLE standard_sets (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  source_act TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  owner_organisation_id BIGINT REFERENCES organisations(id),
  builtin_fingerprint TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  UNIQUE (code, version)
);

CREATE TABLE standards (
  id INTEGER PRIMARY KEY,
  set_id BIGINT NOT NULL REFERENCES standard_sets(id),
  number INTEGER NOT NULL,
  name_cs TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT '',
  name_verified INTEGER NOT NULL DEFAULT 0,
  UNIQUE (set_id, number)
);

CREATE TABLE criteria (
  id INTEGER PRIMARY KEY,
  standard_id BIGINT NOT NULL REFERENCES standards(id),
  letter TEXT NOT NULL,
  essential TEXT NOT NULL,
  text_cs TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (standard_id, letter)
);

CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  provider_id BIGINT NOT NULL REFERENCES organisations(id),
  registry_id TEXT NOT NULL DEFAULT '',
  registry_item_id TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  kind_code TEXT NOT NULL,
  region_code TEXT NOT NULL DEFAULT '',
  forms TEXT NOT NULL DEFAULT '',  -- ';pob;amb;' for exact LIKE matching
  capacity_total INTEGER NOT NULL DEFAULT 0,
  capacity_unit TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  registered_from TEXT NOT NULL DEFAULT '',
  ended_on TEXT NOT NULL DEFAULT '',
  age_note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual',
  search_text TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX services_registry_id ON services(registry_id) WHERE registry_id <> '';
CREATE INDEX services_provider ON services(provider_id);
CREATE INDEX services_region_kind ON services(region_code, kind_code, status);
CREATE INDEX services_name ON services(name);

CREATE TABLE service_forms (
  id INTEGER PRIMARY KEY,
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  form_code TEXT NOT NULL,
  continuous INTEGER NOT NULL DEFAULT 0,
  UNIQUE (service_id, form_code)
);

CREATE TABLE service_capacities (
  id INTEGER PRIMARY KEY,
  service_form_id BIGINT NOT NULL REFERENCES service_forms(id) ON DELETE CASCADE,
  count INTEGER NOT NULL,
  type_code TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_capacities_form ON service_capacities(service_form_id);

CREATE TABLE service_target_groups (
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  PRIMARY KEY (service_id, code)
);
CREATE INDEX service_target_groups_code ON service_target_groups(code, service_id);

CREATE TABLE service_age_groups (
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  PRIMARY KEY (service_id, code)
);

CREATE TABLE service_territories (
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  territory_code TEXT NOT NULL,
  PRIMARY KEY (service_id, territory_code)
);
CREATE INDEX service_territories_code ON service_territories(territory_code, service_id);

CREATE TABLE facilities (
  id INTEGER PRIMARY KEY,
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '',
  street TEXT NOT NULL DEFAULT '',
  house_number TEXT NOT NULL DEFAULT '',
  orientation_number TEXT NOT NULL DEFAULT '',
  municipality_code TEXT NOT NULL DEFAULT '',
  municipality_name TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  address_point_code TEXT NOT NULL DEFAULT '',
  region_code TEXT NOT NULL DEFAULT '',
  district_code TEXT NOT NULL DEFAULT '',
  territory_code TEXT NOT NULL DEFAULT '',
  secret INTEGER NOT NULL DEFAULT 0,
  capacity INTEGER NOT NULL DEFAULT 0,
  provided_from TEXT NOT NULL DEFAULT '',
  provided_to TEXT NOT NULL DEFAULT ''
);
CREATE INDEX facilities_service ON facilities(service_id);

CREATE TABLE service_contacts (
  id INTEGER PRIMARY KEY,
  service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'web')),
  value TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_contacts_service ON service_contacts(service_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'cs',
  platform_admin INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  last_login_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE memberships (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'worker', 'auditor', 'readonly')),
  PRIMARY KEY (user_id, organisation_id, role)
);
CREATE INDEX memberships_organisation ON memberships(organisation_id);

CREATE TABLE sessions (
  token_digest TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL,
  ip TEXT NOT NULL,
  at BIGINT NOT NULL,
  success INTEGER NOT NULL
);
CREATE INDEX login_attempts_login ON login_attempts(login, at);
CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at BIGINT NOT NULL,
  user_id BIGINT,
  user_login TEXT NOT NULL DEFAULT '',
  organisation_id BIGINT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL DEFAULT '',
  entity_id TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_action ON audit_log(action, at);

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- A counter bumped by every change of registry data, so that cached answers of any kvalis process
-- sharing the database know when to refresh.
CREATE TABLE data_versions (
  scope TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO data_versions (scope, version) VALUES ('registry', 1);
INSERT INTO data_versions (scope, version) VALUES ('accounts', 1);
