// The JSON shapes of the quality API (audit side), mirroring src/http/dto_quality.hpp field by field.
// Optional C++ fields (std::optional) may be null or missing.

export interface QCriterion {
  id: number;
  standard: number;
  letter: string;
  code: string;  // "2a"
  essential: string;  // yes | no | unknown
  text_cs: string;
  source: string;
  note: string;
  valid_from: string;
  valid_to: string;
}

export interface QStandard {
  id: number;
  number: number;
  name_cs: string;
  part: string;  // procedural | staffing | operational | '' (OSPOD and own sets)
  name_verified: boolean;
  criteria: QCriterion[];
}

export interface QSetSummary {
  id: number;  // the id of this version
  code: string;
  version: number;
  name: string;
  kind: string;  // builtin | custom
  description: string;
  source_act: string;
  valid_from: string;
  valid_to: string;
  owner_org_id?: number | null;
  owner_name: string;
  standards: number;
  criteria: number;
  criteria_missing_text: number;  // criteria without their official wording yet
  latest: boolean;
  can_edit: boolean;
  change_note: string;
  created_at: string;
}

export interface QSetList {
  items: QSetSummary[];  // every version; newest version of each code first within the code
}

export interface QSet {
  set: QSetSummary;
  standards: QStandard[];
  versions: QSetSummary[];  // all versions of the same code, newest first
}

export interface QCriterionInput {
  standard: number;
  letter: string;
  essential: string;  // yes | no | unknown
  text_cs: string;
  source?: string | null;
  note?: string | null;
}

export interface QStandardInput {
  number: number;
  name_cs: string;
  part?: string | null;
}

export interface QSetInput {
  code?: string | null;  // new set only: [A-Z0-9_-]{2,32}
  name?: string | null;
  description?: string | null;
  owner_org_id?: number | null;  // new set only; defaults to the caller's only organisation
  valid_from?: string | null;  // default today
  change_note?: string | null;
  standards: QStandardInput[];
  criteria: QCriterionInput[];
}

export interface QImportProblem {
  line: number;
  field: string;
  message: string;
}

export interface QCriterionChange {
  kind: string;  // added | changed | removed
  code: string;
  changed_fields: string[];
  before_text: string;
  after_text: string;
  before_essential: string;
  after_essential: string;
}

export interface QImportResult {
  dry_run: boolean;
  created?: QSetSummary | null;  // the new version (not on a dry run or when nothing changed)
  changes: QCriterionChange[];
  unchanged: number;
  other_set_rows: number;
  problems: QImportProblem[];  // non-empty: nothing was imported (422)
}

export interface QScaleLevel {
  code: string;
  label_cs: string;
  label_en: string;
  points?: number | null;  // null: not applicable
}

export interface QScale {
  code: string;
  name_cs: string;
  name_en: string;
  levels: QScaleLevel[];
  max_points: number;
}

export interface QPassRule {
  essential_min_points?: number | null;
  min_share?: number | null;  // 0..1
  min_share_per_standard?: number | null;  // 0..1
  text: string;  // the rule in words, in the caller's language
}

export interface QWeight {
  code: string;  // criterion code, "2a"
  weight: number;
}

export interface QTemplate {
  id: number;
  owner_org_id?: number | null;
  owner_name: string;
  name: string;
  description: string;
  set_id: number;
  set_code: string;
  set_version: number;
  set_name: string;
  scale: QScale;
  pass_rule: QPassRule;
  weights: QWeight[];  // only those other than 1
  archived: boolean;
  can_edit: boolean;
  audits: number;
}

export interface QTemplateList {
  items: QTemplate[];
  builtin_scales: QScale[];
}

export interface QTemplateInput {
  owner_org_id?: number | null;
  name?: string | null;
  description?: string | null;
  set_id?: number | null;
  scale?: QScale | null;  // levels given in full (code, labels, points); max_points is ignored
  pass_rule?: QPassRule | null;  // text is ignored
  weights?: QWeight[] | null;
  archived?: boolean | null;
}

export interface QTeamMember {
  user_id: number;
  name: string;
  role: string;  // leader | member
}

export interface QWarning {
  code: string;  // e.g. quality.team.too_small
  message: string;  // in the caller's language
}

export interface QSubtotal {
  points: number;
  max: number;
  percent?: number | null;
}

export interface QStandardResult {
  standard: number;
  name_cs: string;
  score: QSubtotal;
  criteria: number;
  scored: number;
  not_applicable: number;
  not_scored: number;
}

export interface QReason {
  kind: string;  // essential_failed | total_below_min | standard_below_min | not_scored | nothing_applicable
  criterion_code: string;
  standard: number;
  message: string;  // in the caller's language
}

export interface QResults {
  standards: QStandardResult[];
  total: QSubtotal;
  verdict: string;  // pass | fail | incomplete
  reasons: QReason[];
}

export interface QEvidence {
  id: number;
  criterion_id?: number | null;
  action_id?: number | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export interface QAuditCriterion {
  criterion_id: number;
  standard: number;
  letter: string;
  code: string;
  essential: boolean;
  weight: number;
  text_cs: string;
  level_code: string;  // '' when not scored
  note: string;
  state: string;  // scored | not_applicable | not_scored
  points: number;
  max: number;
  evidence: number;  // number of files
  updated_at: string;
}

export interface QAuditSummary {
  id: number;
  type: string;
  title: string;
  status: string;  // draft | closed
  audited_org_id: number;
  audited_org_name: string;
  service_id?: number | null;
  service_name: string;
  kind_code: string;
  conducted_by_org_id: number;
  conducted_by_name: string;
  set_code: string;
  set_version: number;
  starts_on: string;
  ends_on: string;
  verdict: string;  // as of close; '' while a draft
  total_percent?: number | null;
  previous_audit_id?: number | null;
  open_actions: number;
  overdue_actions: number;
}

export interface QAuditList {
  items: QAuditSummary[];
  total: number;
  page: number;
  page_size: number;
}

export interface QActionEvent {
  from_status: string;
  to_status: string;
  actor_kind: string;
  user_name: string;
  on_date: string;
  note: string;
  at: string;
}

export interface QIndicatorPoint {
  round_id: number;
  round_name: string;
  period: string;  // the round's reference period end (YYYY-MM-DD) or name
  value?: number | null;
  when: string;  // before | after
}

export interface QActionIndicator {
  group_id: number;
  group_name: string;
  code: string;
  name: string;
  unit: string;
  direction: string;  // higher_better | lower_better | neutral
  points: QIndicatorPoint[];
  before?: number | null;  // the last value before the action was created
  after?: number | null;  // the first value after it was done (or the latest)
  change?: number | null;
}

export interface QAction {
  id: number;
  finding_id: number;
  audit_id: number;
  audit_title: string;
  provider_org_id: number;
  provider_name: string;
  service_id?: number | null;
  service_name: string;
  criterion_code: string;
  finding_text: string;
  severity: string;
  text: string;
  owner: string;
  due_date: string;
  status: string;  // open | in_progress | done | verified
  due_state: string;  // on_track | overdue | awaiting_verification | closed
  days_overdue: number;
  days_left: number;
  done_date: string;
  verified_date: string;
  verification_evidence: string;
  rejection_reason: string;
  allowed_transitions: string[];  // for the caller
  bm_group_id?: number | null;
  bm_indicator_code: string;
  indicator?: QActionIndicator | null;  // detail only
  history: QActionEvent[];  // detail only
  evidence: QEvidence[];  // detail only
  created_at: string;
}

export interface QActionList {
  items: QAction[];
  total: number;
  page: number;
  page_size: number;
  overdue: number;  // of all matching, not only this page
}

export interface QFinding {
  id: number;
  audit_id: number;
  criterion_id?: number | null;
  criterion_code: string;
  severity: string;  // low | medium | high
  text: string;
  recommendation: string;
  actions: QAction[];
  created_at: string;
}

export interface QAudit {
  summary: QAuditSummary;
  place: string;
  methods: string[];  // document_study | interviews_users | interviews_staff | observation |
  team: QTeamMember[];
  warnings: QWarning[];
  template_id?: number | null;
  template_name: string;
  set_name: string;
  scale: QScale;
  pass_rule: QPassRule;
  summary_text: string;
  standards: QStandard[];  // names only (criteria empty); criteria are below
  criteria: QAuditCriterion[];
  results: QResults;  // live, from the assessments as they are now
  findings: QFinding[];
  evidence: QEvidence[];
  revision: number;  // increases with every saved change
  can_edit: boolean;  // may score and edit (team, or the provider on a self-assessment)
  can_manage: boolean;  // may change the header, the team and close/reopen
  closed_at: string;
}

export interface QTeamInput {
  user_id: number;
  role: string;
}

export interface QAuditInput {
  type?: string | null;
  template_id?: number | null;  // on create
  service_id?: number | null;  // on create (or audited_org_id for an OSPOD office)
  audited_org_id?: number | null;
  conducted_by_org_id?: number | null;  // default: the caller's organisation
  previous_audit_id?: number | null;  // a follow-up
  title?: string | null;
  place?: string | null;
  starts_on?: string | null;
  ends_on?: string | null;
  methods?: string[] | null;
  team?: QTeamInput[] | null;
  summary_text?: string | null;
}

export interface QAssessmentInput {
  criterion_id: number;
  level_code: string;  // '' clears the score
  note?: string | null;
}

export interface QAssessmentsInput {
  assessments: QAssessmentInput[];
}

export interface QFindingInput {
  criterion_id?: number | null;
  severity?: string | null;
  text?: string | null;
  recommendation?: string | null;
}

export interface QActionInput {
  text?: string | null;
  owner?: string | null;
  due_date?: string | null;
  bm_group_id?: number | null;
  bm_indicator_code?: string | null;  // '' removes the link
}

export interface QTransitionInput {
  to: string;  // in_progress | done | verified (done → in_progress: a rejection)
  date?: string | null;  // default today
  note?: string | null;  // rejection reason or verification evidence
}

export interface QCriterionComparison {
  code: string;
  standard: number;
  letter: string;
  previous_level: string;
  current_level: string;
  kind: string;  // improved | worsened | same | new | removed | not_comparable
  change_points?: number | null;
}

export interface QScoreComparison {
  standard: number;  // 0: the total
  name_cs: string;
  previous_percent?: number | null;
  current_percent?: number | null;
  change_points?: number | null;
  kind: string;
}

export interface QComparison {
  previous_audit_id: number;
  previous_title: string;
  previous_ends_on: string;
  current_audit_id: number;
  criteria: QCriterionComparison[];
  standards: QScoreComparison[];
  total: QScoreComparison;
  improved: number;
  worsened: number;
  same: number;
}

export interface QOverviewRow {
  audit: QAuditSummary;
  standard_percents: (number | null)[];  // in the order of QOverview.standards
}

export interface QFailedCriterion {
  set_code: string;
  code: string;
  text_cs: string;
  essential: boolean;
  failed: number;  // audits where it scored below the scale maximum's half (or failed as essential)
  assessed: number;  // audits where it was scored
}

export interface QOverview {
  set_code: string;  // the set whose standards form the columns
  standards: QStandard[];  // names only
  rows: QOverviewRow[];  // closed audits of visible services, latest first
  audits: number;
  passed: number;
  failed: number;
  open_actions: number;
  overdue_actions: number;
  most_failed: QFailedCriterion[];
  overdue: QAction[];  // the overdue actions, most overdue first
}
