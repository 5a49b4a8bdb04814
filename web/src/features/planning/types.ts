// The planning module's API types (PLANNING_SPEC.md "HTTP API"): strategic and operational plans, goals,
// indicators, evaluations, the tree and the impact report; clients, their goals, reviews and ladders.
// The string unions are the values the server sends (the CHECK lists of migration 0007).

export type GoalLevel = 'strategic' | 'objective' | 'service';
export type GoalState = 'active' | 'met' | 'partly_met' | 'not_met' | 'dropped';
export type EvaluationResult = '' | 'met' | 'partly_met' | 'not_met';
export type Carry = '' | 'carry_over' | 'revise' | 'drop';
export type IndicatorSource =
  'gas_t' | 'share_attained' | 'ladder_change' | 'clients' | 'benchmark' | 'count' | 'manual';
export type CountOf = '' | 'reviews' | 'clients' | 'evaluations' | 'personal_goals';
export type Rba = 'how_much' | 'how_well' | 'better_off';
export type Direction = 'higher' | 'lower';
export type ParticipantKind = 'worker' | 'client' | 'partner' | 'other';
export type EvaluationKind = 'interim' | 'closing';
export type DueState = 'later' | 'due_soon' | 'overdue';
export type ClientState = 'active' | 'ended' | 'erased';
export type ClientGoalState = 'active' | 'attained' | 'ended' | 'dropped';
export type StaffKind = 'staff' | 'granted';
export type StrategicPlanState = 'draft' | 'active' | 'closed';
export type OperationalPlanState = 'open' | 'closed';

export interface List<T> {
  items: T[];
}

export interface OutcomeCell {
  clients: number | null;
  goals: number | null;
  attained: number | null;
  share_attained: number | null;
  mean_t: number | null;
  sd_t: number | null;
  mean_ladder_change: number | null;
  ladder_clients: number | null;
  suppressed: boolean;
}

export interface PlanningOrganisation {
  id: number;
  name: string;
  type: string;
  region_code: string;
  can_manage: boolean;
  gas_rho: number;
}

export interface StrategicPlanSummary {
  id: number;
  organisation_id: number;
  organisation_name: string;
  title: string;
  year_from: number;
  year_to: number;
  state: StrategicPlanState;
  goals: number;
}

export interface StrategicPlan extends StrategicPlanSummary {
  problem: string;
  vision: string;
  mission: string;
}

export interface StrategicPlanInput {
  organisation_id: number;
  title: string;
  year_from: number;
  year_to: number;
  problem: string;
  vision: string;
  mission: string;
}

export interface GoalRef {
  id: number;
  code: string;
  title: string;
  level?: GoalLevel;
}

export interface GoalSummary {
  id: number;
  level: GoalLevel;
  code: string;
  title: string;
  description: string;
  state: GoalState;
  parent_goal_id: number | null;
  parent?: GoalRef | null;
  unlinked_reason: string;
  service_id: number | null;
  service_name: string;
  origin_goal_id: number | null;
  carry: Carry;
  carry_reason: string;
  indicators: number;
  next_due_on: string;
  strategic_plan_id?: number | null;
  operational_plan_id?: number | null;
  year?: number | null;
}

export interface OperationalPlanSummary {
  id: number;
  organisation_id: number;
  service_id: number | null;
  service_name: string;
  strategic_plan_id: number | null;
  year: number;
  title: string;
  state: OperationalPlanState;
  derived_from_id: number | null;
  goals: number;
}

export interface StrategicPlanDetail {
  plan: StrategicPlan;
  goals: GoalSummary[];
  operational_plans: OperationalPlanSummary[];
  can_manage: boolean;
}

export interface OperationalPlanDetail {
  plan: OperationalPlanSummary;
  goals: GoalSummary[];
  derived_plan_id: number | null;
  can_manage: boolean;
}

export interface OperationalPlanInput {
  organisation_id: number;
  service_id?: number | null;
  strategic_plan_id?: number | null;
  year: number;
  title: string;
}

export interface TreeIndicator {
  id: number;
  name: string;
  unit: string;
  target: number | null;
  latest_value: number | null;
  on_target: boolean | null;
}

export interface TreeNode {
  goal: {
    id: number;
    level: GoalLevel;
    code: string;
    title: string;
    state: GoalState;
    unlinked_reason: string;
  };
  outcome: OutcomeCell | null;
  indicators: TreeIndicator[];
  children: TreeNode[];
  personal_goals: { count: number };
}

export interface PlanTree {
  plan: StrategicPlan;
  nodes: TreeNode[];
  unlinked: TreeNode[];
}

export interface Participant {
  kind: ParticipantKind;
  name: string;
  role: string;
  organisation: string;
}

export interface Indicator {
  id: number;
  goal_id: number;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: Direction;
  source: IndicatorSource;
  benchmark_indicator_code: string;
  count_of: CountOf;
  rba: Rba;
  schedule_months: number;
  next_due_on: string;
}

export type IndicatorInput = Omit<Indicator, 'id' | 'goal_id' | 'next_due_on'> & { next_due_on?: string };

export interface IndicatorWithValues extends Indicator {
  latest: { value: number | null; held_on: string; evaluation_id: number; clients_n: number | null } | null;
  on_target: boolean | null;
  history: { held_on: string; value: number | null }[];
}

export interface EvaluationSummary {
  id: number;
  goal_id: number;
  kind: EvaluationKind;
  held_on: string;
  period_from: string;
  period_to: string;
  result: EvaluationResult;
  conclusion: string;
}

export interface PlanRef {
  kind: 'strategic' | 'operational';
  id: number;
  title: string;
  year?: number | null;
  year_from?: number | null;
  year_to?: number | null;
  organisation_id?: number;
  state?: string;
}

export interface GoalDetail {
  goal: GoalSummary;
  plan: PlanRef;
  parent: GoalSummary | null;
  children: GoalSummary[];
  personal_goals: { count: number; linked_clients: number };
  indicators: IndicatorWithValues[];
  evaluations: EvaluationSummary[];
  outcome: OutcomeCell | null;
  history: GoalSummary[];
  can_manage: boolean;
}

export interface GoalInput {
  level: GoalLevel;
  strategic_plan_id?: number | null;
  operational_plan_id?: number | null;
  service_id?: number | null;
  parent_goal_id?: number | null;
  unlinked_reason: string;
  code: string;
  title: string;
  description: string;
}

export interface EvaluationDraft {
  items: { indicator_id: number; value: number | null; clients_n: number | null }[];
}

export interface EvaluationInput {
  kind: EvaluationKind;
  held_on: string;
  period_from: string;
  period_to: string;
  result: EvaluationResult;
  conclusion: string;
  participants: Participant[];
  values: { indicator_id: number; value?: number | null; note: string }[];
}

export interface Evidence {
  id: number;
  kind: 'link' | 'file';
  label: string;
  url: string;
  file_name: string;
  size_bytes: number;
}

export interface EvaluationDetail {
  evaluation: EvaluationSummary;
  goal: GoalSummary;
  participants: Participant[];
  values: {
    indicator_id: number;
    name: string;
    unit: string;
    value: number | null;
    clients_n: number | null;
    note: string;
    target: number | null;
    on_target: boolean | null;
  }[];
  evidence: Evidence[];
  can_manage?: boolean;
}

export interface CloseInput {
  held_on: string;
  evaluations: { goal_id: number; result: EvaluationResult; conclusion: string; participants: Participant[] }[];
}

export interface DeriveDecision {
  goal_id: number;
  carry: Exclude<Carry, ''>;
  reason: string;
  title?: string;
  description?: string;
}

export interface DeriveInput {
  year: number;
  title: string;
  decisions: DeriveDecision[];
}

export interface DueEvaluation {
  indicator_id: number;
  indicator_name: string;
  goal: { id: number; level: GoalLevel; code: string; title: string };
  service_id: number | null;
  service_name: string;
  next_due_on: string;
  state: DueState;
}

export interface ImpactIndicator {
  id: number;
  name: string;
  unit: string;
  rba?: Rba;
  baseline: number | null;
  target: number | null;
  value: number | null;
  on_target: boolean | null;
  evidence: { evaluation_ids: number[]; held_on: string; clients_n: number | null };
}

export interface ImpactGoal {
  goal: GoalSummary;
  outcome: OutcomeCell | null;
  indicators: ImpactIndicator[];
}

export interface ImpactReport {
  organisation: { id: number; name: string };
  plan: { id?: number; title: string; problem: string; vision: string; mission: string; years: string };
  period: { from: string; to: string };
  strategic_goals: (ImpactGoal & {
    objectives: (ImpactGoal & { service_goals: (ImpactGoal & { service_name: string })[] })[];
  })[];
  totals: { clients: number; goals: number; evaluations: number };
}

export interface RegionalOutcome {
  region_code: string;
  region_name: string;
  kind_code: string;
  kind_name: string;
  cell: OutcomeCell;
}

// ---- clients ----

export interface StaffMember {
  user_id: number;
  display_name: string;
  kind: StaffKind;
}

export interface PlanningService {
  id: number;
  name: string;
  kind_code: string;
  kind_name: string;
  staff: StaffMember[];
  can_manage_staff: boolean;
  is_staff: boolean;
}

export interface StaffCandidate {
  user_id: number;
  display_name: string;
  login?: string;
  role?: string;
}

export interface ClientSummary {
  id: number;
  code: string;
  name: string;
  service_id: number;
  service_name: string;
  key_worker: { id: number; display_name: string } | null;
  contract_from: string;
  contract_to: string;
  state: ClientState;
  goals_active: number;
  next_review_on: string;
  review_state: DueState;
  last_t: number | null;
}

export interface ClientInput {
  service_id: number;
  code?: string;
  name?: string;
  contract_from: string;
  contract_to?: string;
  key_worker_user_id?: number | null;
  state?: ClientState;
}

export interface GasLevels {
  minus2: string;
  minus1: string;
  zero: string;
  plus1: string;
  plus2: string;
}

export interface ClientGoal {
  id: number;
  service_goal: { id: number; code: string; title: string } | null;
  unlinked_reason: string;
  wording: string;
  steps: string;
  responsibilities: string;
  levels: GasLevels;
  weight: number;
  set_on: string;
  next_review_on: string;
  review_state: DueState;
  state: ClientGoalState;
  latest: { level: number; held_on: string } | null;
  ratings: { review_id: number; held_on: string; level: number }[];
}

export interface ClientGoalInput {
  service_goal_id?: number | null;
  unlinked_reason: string;
  wording: string;
  steps: string;
  responsibilities: string;
  levels: GasLevels;
  weight: number;
  set_on: string;
  next_review_on: string;
  state?: ClientGoalState;
}

export interface Review {
  id: number;
  held_on: string;
  what_changed: string;
  client_view: string;
  next_steps: string;
  participants: string;
  next_review_on: string;
  ratings: { client_goal_id: number; level: number; note: string }[];
  t: number | null;
}

export type ReviewInput = Omit<Review, 'id' | 't'>;

export interface Ladder {
  id: number;
  organisation_id?: number;
  name: string;
  description?: string;
  areas: { id: number; name: string; description?: string }[];
  scale_min: number;
  scale_max: number;
  stages: string;
}

export interface LadderInput {
  organisation_id: number;
  name: string;
  description: string;
  scale_min: number;
  scale_max: number;
  stages: string;
  areas: { id?: number; name: string; description: string }[];
}

export interface LadderAssessment {
  id: number;
  assessed_on: string;
  note?: string;
  values: { area_id: number; value: number }[];
}

export interface ClientLadder {
  ladder: Ladder;
  assessments: LadderAssessment[];
  distance: { per_area: [number, number][] | { area_id: number; change: number }[]; mean_change: number | null };
}

export interface ClientDetail {
  client: ClientSummary;
  goals: ClientGoal[];
  reviews: Review[];
  ladders: ClientLadder[];
  t_history: { review_id: number; held_on: string; t: number | null }[];
  can_erase: boolean;
}

export interface DueReview {
  client_id: number;
  client_code: string;
  client_name: string;
  service_name: string;
  key_worker: string | { id: number; display_name: string } | null;
  next_review_on: string;
  state: DueState;
}
