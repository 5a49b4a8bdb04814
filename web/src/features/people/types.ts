// The people module's API types (PEOPLE_SPEC.md "HTTP API").
export interface List<T> {
  items: T[];
}

export type StaffCategory = 'social_worker' | 'social_services_worker' | 'ospod' | 'manager' | 'other';

export interface PeopleOrganisation {
  id: number;
  name: string;
  type: string;
  can_manage: boolean;
}

export interface RequirementSummary {
  required_hours: number;
  counted_hours: number;
  shortfall_hours: number;
  planned_hours: number;
}

export interface Worker {
  id: number;
  organisation_id?: number;
  name: string;
  position: string;
  team: string;
  category: string;
  fte: number;
  employment_start: string;
  employment_end: string;
  probation_end: string;
  service_id?: number | null;
  service_name?: string;
  user_id?: number | null;
  requirement?: RequirementSummary | null;
}

export interface WorkerInput {
  organisation_id: number;
  name: string;
  position: string;
  team: string;
  category: string;
  fte: number;
  employment_start: string;
  employment_end: string;
  probation_end: string;
  service_id?: number | null;
  user_id?: number | null;
}

export interface Absence {
  id: number;
  date_from: string;
  date_to: string;
  reason: string;
}
export type AbsenceInput = Omit<Absence, 'id'>;

export interface ExternalTraining {
  id: number;
  held_on: string;
  title: string;
  organiser: string;
  hours: number;
  kind: string;
  accreditation_number: string;
}
export type ExternalTrainingInput = Omit<ExternalTraining, 'id'>;

/** A session the worker was registered for or attended (from the training module). */
export interface WorkerSession {
  registration_id: number;
  session_id: number;
  module_title: string;
  held_on: string;
  place: string;
  state: string;
  hours_attended?: number | null;
  hours?: number | null;
  accredited?: boolean;
}

export interface EducationPlan {
  id: number;
  year: number;
  agreed_on: string;
  content: string;
  next_review_on: string;
}
export type EducationPlanInput = Omit<EducationPlan, 'id'>;

export interface Appraisal {
  id: number;
  held_on: string;
  appraiser: string;
  summary: string;
  next_due_on: string;
}
export type AppraisalInput = Omit<Appraisal, 'id'>;

export interface RequirementNote {
  key: string;
  text: string;
}

export interface RequirementYear extends RequirementSummary {
  year: number;
  notes: RequirementNote[];
}

export interface WorkerDetail extends Worker {
  can_manage?: boolean;
  absences: Absence[];
  trainings: ExternalTraining[];
  sessions: WorkerSession[];
  education_plans: EducationPlan[];
  appraisals: Appraisal[];
  appraisal_next_due_on?: string;
  requirements: RequirementYear[];
  supervision_hours: number;
}

export interface RequirementRule {
  reading: string;
  text: string;
}

export interface RequirementRow extends RequirementSummary {
  worker: { id: number; name: string; category: string };
  notes: RequirementNote[];
  appraisal_next_due_on: string;
  education_plan: boolean;
}

export interface RequirementReport {
  items: RequirementRow[];
  rule: RequirementRule;
}

/** One provider's (or office's) aggregate for the region; counts below 5 are suppressed (null). */
export interface RegionalCategory {
  category: string;
  workers: number | null;
  short: number | null;
  shortfall_hours: number | null;
  suppressed: boolean;
}
export interface RegionalRow {
  organisation_id: number;
  organisation_name: string;
  organisation_type?: string;
  workers: number | null;
  short: number | null;
  shortfall_hours: number | null;
  suppressed: boolean;
  categories: RegionalCategory[];
}

export interface SupervisionWorker {
  worker_id: number;
  name: string;
  team: string;
  supervision_hours: number;
  training_hours: number;
}
export interface SupervisionTeam {
  team: string;
  supervision_hours: number;
  training_hours: number;
}
export interface SupervisionReport {
  items: SupervisionWorker[];
  teams: SupervisionTeam[];
}

// ---- training ----

export interface Module {
  id: number;
  organiser_org_id: number;
  organiser_name?: string;
  code: string;
  title: string;
  topic: string;
  description: string;
  hours: number;
  accreditation_number: string;
  accreditation_body: string;
  accredited_until: string;
  accredited?: boolean;
  in_house: boolean;
  archived?: boolean;
  can_manage?: boolean;
  sessions?: number;
}
export type ModuleInput = Omit<Module, 'id' | 'organiser_name' | 'accredited' | 'can_manage' | 'sessions'>;

export interface SessionModule {
  id: number;
  code: string;
  title: string;
  hours: number;
  accredited: boolean;
}

export interface Session {
  id: number;
  module: SessionModule;
  held_on: string;
  time_from?: string;
  time_to?: string;
  place: string;
  capacity: number;
  registered: number;
  waiting: number;
  lecturer: string;
  state: string;
  cost: number;
  run_label?: string;
}

export interface Registration {
  id: number;
  worker_id?: number | null;
  worker_name?: string;
  organisation_id: number;
  organisation_name?: string;
  state: string;
  waiting_position?: number | null;
  hours_attended?: number | null;
  certificate_number?: string;
}

export interface SessionDetail extends Session {
  organiser_org_id?: number;
  can_manage?: boolean;
  registrations: Registration[];
  /** Counts per provider for the registrations the caller may not name. */
  others?: { organisation_name: string; registered: number; waiting: number }[];
}

export interface ModuleFeedback {
  lecturer: string;
  n: number;
  means: FeedbackMeans;
}
export interface ModuleDetail extends Module {
  sessions_list?: Session[];
  feedback?: ModuleFeedback[];
}

export interface SessionInput {
  module_id: number;
  held_on: string;
  time_from: string;
  time_to: string;
  place: string;
  capacity: number;
  lecturer: string;
  cost: number;
}

export interface RunPlanInput {
  places: string[];
  runs_per_place: number;
  first_date: string;
  interval_days: number;
  capacity: number;
  lecturer: string;
  cost: number;
  state: 'planned' | 'open';
}

export interface RegistrationResult {
  items: Registration[];
}

export interface AttendanceItem {
  registration_id: number;
  attended: boolean;
  hours?: number;
}

export interface FeedbackInput {
  content_rating: number;
  lecturer_rating: number;
  usefulness_rating: number;
  organisation_rating: number;
  comment: string;
}

export interface FeedbackMeans {
  content_rating: number | null;
  lecturer_rating: number | null;
  usefulness_rating: number | null;
  organisation_rating: number | null;
}
export interface FeedbackResults {
  n: number;
  means: FeedbackMeans;
  comments: string[];
  lecturers?: ModuleFeedback[];
}

// ---- cooperation ----

export interface Partner {
  id: number;
  organisation_id: number;
  name: string;
  kind: string;
  contact: string;
  archived?: boolean;
}
export interface PartnerInput {
  organisation_id: number;
  name: string;
  kind: string;
  contact: string;
  archived?: boolean;
}

export interface Participant {
  partner_id?: number | null;
  partner_name?: string;
  name: string;
  role: string;
}

export interface AgreedAction {
  id: number;
  meeting_id: number;
  meeting_title?: string;
  meeting_on?: string;
  text: string;
  owner: string;
  due_on: string;
  state: string;
  follow_up_meeting_id?: number | null;
  follow_up_note: string;
}
export interface AgreedActionInput {
  text: string;
  owner: string;
  due_on: string;
}
export interface ActionUpdate {
  state: string;
  follow_up_meeting_id?: number | null;
  follow_up_note: string;
}

export interface Meeting {
  id: number;
  organisation_id: number;
  title: string;
  planned_on: string;
  held_on: string;
  place: string;
  state: string;
  open_actions?: number;
}
export interface MeetingDetail extends Meeting {
  minutes: string;
  can_manage?: boolean;
  participants: Participant[];
  actions: AgreedAction[];
  follow_up: AgreedAction[];
}
export interface MeetingInput {
  organisation_id: number;
  title: string;
  planned_on: string;
  held_on: string;
  place: string;
  minutes: string;
  state: string;
  participants: Participant[];
}
export interface MeetingPlanInput {
  organisation_id: number;
  title: string;
  first_on: string;
  every_months: number;
  count: number;
}

// ---- projects ----

export interface Project {
  id: number;
  organisation_id: number;
  organisation_name?: string;
  name: string;
  registration_number: string;
  programme: string;
  starts_on: string;
  ends_on: string;
  manager: string;
  description: string;
  can_manage?: boolean;
}
export type ProjectInput = Omit<Project, 'id' | 'organisation_name' | 'can_manage'>;

export interface ActivityLink {
  kind: string;
  object_id: number;
  label?: string;
  on?: string;
}
export interface Activity {
  id: number;
  code: string;
  title: string;
  starts_on: string;
  ends_on: string;
  output: string;
  output_target?: number | null;
  output_unit: string;
  links: ActivityLink[];
  counts?: Record<string, number>;
}
export type ActivityInput = Omit<Activity, 'id' | 'links' | 'counts'>;

export interface Expense {
  id: number;
  spent_on: string;
  amount: number;
  note: string;
}
export interface BudgetLine {
  id: number;
  category: string;
  title: string;
  planned: number;
  spent: number;
  expenses?: Expense[];
}
export interface ProjectIndicator {
  id: number;
  code: string;
  name: string;
  unit: string;
  target?: number | null;
  source: string;
  value?: number | null;
}
export interface Publicity {
  id: number;
  duty: string;
  due_on: string;
  done_on: string;
  evidence: string;
}
export interface ProjectDetail extends Project {
  activities: Activity[];
  budget_lines: BudgetLine[];
  indicators: ProjectIndicator[];
  publicity: Publicity[];
}

export interface LinkCandidate {
  kind: string;
  object_id: number;
  label: string;
  on?: string;
}

export interface MonitoringActivity {
  id: number;
  code: string;
  title: string;
  starts_on: string;
  ends_on: string;
  schedule_state: string;
  output: string;
  output_target?: number | null;
  output_unit: string;
  counts: Record<string, number>;
  total?: number;
}
export interface MonitoringBudget {
  category: string;
  planned: number;
  spent_in_period: number;
  spent_total: number;
}
export interface MonitoringReport {
  from: string;
  to: string;
  activities: MonitoringActivity[];
  budget: MonitoringBudget[];
  indicators: ProjectIndicator[];
  publicity: (Publicity & { met: boolean })[];
}
