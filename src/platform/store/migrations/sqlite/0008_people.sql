-- People (issue 14): staff records of providers and OSPOD offices with the further-education requirement,
-- training modules, sessions, registrations with a waiting list, attendance, certificates and feedback,
-- individual education plans and appraisals, cooperation with partner bodies (meetings, agreed actions and
-- their follow-up), and funded projects (key activities linked to what they produced in Kvalis, schedule,
-- budget and spending, indicators, publicity duties, monitoring reports).
--
-- Staff records hold minimal personal data: name, position, category, FTE, employment, probation and
-- absence dates. They are read by the employer's managers; the region sees aggregates only.

-- A worker of a provider or an OSPOD office (municipality). category: social_worker (§109/§111),
-- social_services_worker (§116), ospod, manager, other. user_id links a worker who is also a Kvalis user.
CREATE TABLE pe_workers (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  service_id BIGINT REFERENCES services(id),
  user_id BIGINT REFERENCES users(id),
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  team TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL CHECK (category IN ('social_worker', 'social_services_worker', 'ospod', 'manager', 'other')),
  fte DOUBLE PRECISION NOT NULL DEFAULT 1,
  employment_start TEXT NOT NULL,
  employment_end TEXT NOT NULL DEFAULT '',
  probation_end TEXT NOT NULL DEFAULT '',
  created_by BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_workers_org ON pe_workers (organisation_id);

-- Absences longer than a month (only those matter for the requirement).
CREATE TABLE pe_absences (
  id INTEGER PRIMARY KEY,
  worker_id BIGINT NOT NULL REFERENCES pe_workers(id) ON DELETE CASCADE,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_absences_worker ON pe_absences (worker_id);

-- Training a worker had outside Kvalis' sessions (another organiser's course, an in-house event).
CREATE TABLE pe_external_trainings (
  id INTEGER PRIMARY KEY,
  worker_id BIGINT NOT NULL REFERENCES pe_workers(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  title TEXT NOT NULL,
  organiser TEXT NOT NULL DEFAULT '',
  hours DOUBLE PRECISION NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('accredited_course', 'in_house', 'other')),
  accreditation_number TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_external_trainings_worker ON pe_external_trainings (worker_id, held_on);

-- Individual education plans (standard 10; OSPOD 6b) and appraisals (OSPOD 6a) with the next one due.
CREATE TABLE pe_education_plans (
  id INTEGER PRIMARY KEY,
  worker_id BIGINT NOT NULL REFERENCES pe_workers(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  agreed_on TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  next_review_on TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  UNIQUE (worker_id, year)
);
CREATE TABLE pe_appraisals (
  id INTEGER PRIMARY KEY,
  worker_id BIGINT NOT NULL REFERENCES pe_workers(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  appraiser TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  next_due_on TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_appraisals_worker ON pe_appraisals (worker_id, held_on);

-- Training modules of an organiser (a region, a provider, an audit/training body).
CREATE TABLE pe_modules (
  id INTEGER PRIMARY KEY,
  organiser_org_id BIGINT NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  hours DOUBLE PRECISION NOT NULL,
  accreditation_number TEXT NOT NULL DEFAULT '',
  accreditation_body TEXT NOT NULL DEFAULT '',
  accredited_until TEXT NOT NULL DEFAULT '',
  in_house INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_modules_organiser ON pe_modules (organiser_org_id);

-- A session (run) of a module. state: planned (not open yet), open (registration), held, cancelled.
CREATE TABLE pe_sessions (
  id INTEGER PRIMARY KEY,
  module_id BIGINT NOT NULL REFERENCES pe_modules(id),
  held_on TEXT NOT NULL,
  time_from TEXT NOT NULL DEFAULT '',
  time_to TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  lecturer TEXT NOT NULL DEFAULT '',
  cost DOUBLE PRECISION NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'open', 'held', 'cancelled')),
  run_label TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_sessions_module ON pe_sessions (module_id, held_on);

-- A registration of a worker by its employer. state: registered, waiting (position on the waiting list),
-- cancelled, attended, absent. A cancellation moves the first waiting registration up.
CREATE TABLE pe_registrations (
  id INTEGER PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES pe_sessions(id) ON DELETE CASCADE,
  worker_id BIGINT NOT NULL REFERENCES pe_workers(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  state TEXT NOT NULL CHECK (state IN ('registered', 'waiting', 'cancelled', 'attended', 'absent')),
  waiting_position INTEGER,
  hours_attended DOUBLE PRECISION,
  certificate_number TEXT NOT NULL DEFAULT '',
  registered_by BIGINT NOT NULL DEFAULT 0,
  registered_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  -- 1 once feedback was given for this attendance (the feedback itself holds no link to the registration)
  feedback_given INTEGER NOT NULL DEFAULT 0,
  UNIQUE (session_id, worker_id)
);
CREATE INDEX pe_registrations_worker ON pe_registrations (worker_id);
CREATE INDEX pe_registrations_org ON pe_registrations (organisation_id);

-- Feedback after a session (anonymous: no link to the registration), ratings 1–5 and comments.
CREATE TABLE pe_feedback (
  id INTEGER PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES pe_sessions(id) ON DELETE CASCADE,
  content_rating INTEGER NOT NULL CHECK (content_rating BETWEEN 1 AND 5),
  lecturer_rating INTEGER NOT NULL CHECK (lecturer_rating BETWEEN 1 AND 5),
  usefulness_rating INTEGER NOT NULL CHECK (usefulness_rating BETWEEN 1 AND 5),
  organisation_rating INTEGER NOT NULL CHECK (organisation_rating BETWEEN 1 AND 5),
  comment TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_feedback_session ON pe_feedback (session_id);

-- Partner bodies an organisation cooperates with (court, police, school, health care, NGO, municipality…).
CREATE TABLE pe_partners (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other',
  contact TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_partners_org ON pe_partners (organisation_id);

-- Cooperation meetings (planned and held), with participants, minutes and agreed actions.
CREATE TABLE pe_meetings (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  planned_on TEXT NOT NULL,
  held_on TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  minutes TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'held', 'cancelled')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_meetings_org ON pe_meetings (organisation_id, planned_on);
CREATE TABLE pe_meeting_participants (
  meeting_id BIGINT NOT NULL REFERENCES pe_meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  partner_id BIGINT REFERENCES pe_partners(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, position)
);
CREATE TABLE pe_agreed_actions (
  id INTEGER PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES pe_meetings(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_on TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
  follow_up_meeting_id BIGINT REFERENCES pe_meetings(id),
  follow_up_note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_agreed_actions_meeting ON pe_agreed_actions (meeting_id);

-- Funded projects (ESF and others).
CREATE TABLE pe_projects (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  registration_number TEXT NOT NULL DEFAULT '',
  programme TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  manager TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX pe_projects_org ON pe_projects (organisation_id);

-- Key activities with their outputs and schedule.
CREATE TABLE pe_project_activities (
  id INTEGER PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES pe_projects(id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  output TEXT NOT NULL DEFAULT '',
  output_target DOUBLE PRECISION,
  output_unit TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pe_project_activities_project ON pe_project_activities (project_id);

-- What an activity produced in Kvalis: kind = audit | training_session | strategic_plan | operational_plan |
-- meeting | benchmark_round | supervision (object_id in that module's table). The report counts them.
CREATE TABLE pe_activity_links (
  activity_id BIGINT NOT NULL REFERENCES pe_project_activities(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  object_id BIGINT NOT NULL,
  PRIMARY KEY (activity_id, kind, object_id)
);

CREATE TABLE pe_budget_lines (
  id INTEGER PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES pe_projects(id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (category IN ('personnel', 'travel', 'services', 'equipment', 'training', 'publicity', 'indirect', 'other')),
  title TEXT NOT NULL,
  planned DOUBLE PRECISION NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pe_budget_lines_project ON pe_budget_lines (project_id);
CREATE TABLE pe_expenses (
  id INTEGER PRIMARY KEY,
  budget_line_id BIGINT NOT NULL REFERENCES pe_budget_lines(id) ON DELETE CASCADE,
  spent_on TEXT NOT NULL,
  amount DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX pe_expenses_line ON pe_expenses (budget_line_id, spent_on);

-- Project indicators: a target, and values entered per date or counted from linked records
-- (source linked:<kind> counts the links of that kind across the project's activities).
CREATE TABLE pe_project_indicators (
  id INTEGER PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES pe_projects(id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  target DOUBLE PRECISION,
  source TEXT NOT NULL DEFAULT 'manual',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE pe_indicator_values (
  id INTEGER PRIMARY KEY,
  indicator_id BIGINT NOT NULL REFERENCES pe_project_indicators(id) ON DELETE CASCADE,
  recorded_on TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pe_indicator_values_indicator ON pe_indicator_values (indicator_id, recorded_on);

-- Publicity duties (poster, web, logo on outputs…), with when they were met and the evidence.
CREATE TABLE pe_publicity (
  id INTEGER PRIMARY KEY,
  project_id BIGINT NOT NULL REFERENCES pe_projects(id) ON DELETE CASCADE,
  duty TEXT NOT NULL,
  due_on TEXT NOT NULL DEFAULT '',
  done_on TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pe_publicity_project ON pe_publicity (project_id);

INSERT INTO data_versions (scope, version) VALUES ('people', 1);
