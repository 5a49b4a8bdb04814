// The planning module's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts), Pl* of the plans
// part, Plc* of the clients part, RegionalOutcome of the national roll-up. The server sends states, levels and
// kinds as strings; the unions below are their values (the CHECK lists of migration 0007) for the forms.
import type { components } from '../../api/schema';

type S = components['schemas'];

export type GoalLevel = 'strategic' | 'objective' | 'service';
export type GoalState = 'active' | 'met' | 'partly_met' | 'not_met' | 'dropped';
export type EvaluationResult = '' | 'met' | 'partly_met' | 'not_met';
export type IndicatorSource =
  'gas_t' | 'share_attained' | 'ladder_change' | 'clients' | 'benchmark' | 'count' | 'manual';
export type Rba = 'how_much' | 'how_well' | 'better_off';
export type Direction = 'higher' | 'lower';
export type ParticipantKind = 'worker' | 'client' | 'partner' | 'other';
export type EvaluationKind = 'interim' | 'closing';
export type DueState = 'later' | 'due_soon' | 'overdue';
export type CarryDecisionKind = 'carry_over' | 'revise' | 'drop';
export type ClientState = 'active' | 'ended' | 'erased';
export type ClientGoalState = 'active' | 'attained' | 'ended' | 'dropped';
export type StaffKind = 'staff' | 'granted';

// ---- plans, goals, indicators, evaluations ----
export type OutcomeCell = S['PlOutcomeCell'];
export type PlanningOrganisation = S['PlOrganisation'];
export type StrategicPlan = S['PlStrategicPlan'];
export type StrategicPlanSummary = S['PlStrategicPlan'];
export type StrategicPlanInput = S['PlStrategicPlanInput'];
export type StrategicPlanDetail = S['PlStrategicPlanDetail'];
export type OperationalPlanSummary = S['PlOperationalPlan'];
export type OperationalPlanInput = S['PlOperationalPlanInput'];
export type OperationalPlanDetail = S['PlOperationalPlanDetail'];
export type GoalRef = S['PlGoalRef'];
export type GoalSummary = S['PlGoalSummary'];
export type GoalInput = S['PlGoalInput'];
export type GoalDetail = S['PlGoalDetail'];
export type PlanRef = S['PlPlanRef'];
export type TreeIndicator = S['PlTreeIndicator'];
export type TreeNode = S['PlTreeNode'];
export type PlanTree = S['PlTree'];
export type Participant = S['PlParticipant'];
export type Indicator = S['PlIndicator'];
export type IndicatorInput = S['PlIndicatorInput'];
export type IndicatorWithValues = S['PlIndicatorDetail'];
export type EvaluationSummary = S['PlEvaluationSummary'];
export type EvaluationDraft = S['PlDraft'];
export type EvaluationInput = S['PlEvaluationInput'];
export type EvaluationDetail = S['PlEvaluationDetail'];
export type Evidence = S['PlEvidence'];
export type CloseInput = S['PlCloseInput'];
export type DeriveDecision = S['PlDeriveDecisionInput'];
export type DeriveInput = S['PlDeriveInput'];
export type DueEvaluation = S['PlDueItem'];
export type ImpactReport = S['PlImpact'];
export type ImpactIndicator = S['PlImpactIndicator'];
export type ImpactGoal = S['PlImpactStrategic'] | S['PlImpactObjective'] | S['PlImpactServiceGoal'];
export type RegionalOutcome = S['RegionalOutcome'];

export interface List<T> {
  items: T[];
}

// ---- clients, individual plans, ladders ----
export type StaffMember = S['PlcStaffMember'];
export type PlanningService = S['PlcService'];
export type StaffCandidate = S['PlcUser'];
export type ClientSummary = S['PlcClient'];
export type ClientInput = S['PlcClientInput'];
export type ClientDetail = S['PlcClientDetail'];
export type ClientExport = S['PlcClientExport'];
export type GasLevels = S['PlcLevels'];
export type ClientGoal = S['PlcClientGoal'];
export type ClientGoalRef = S['PlcGoalRef'];
export type ClientGoalInput = S['PlcClientGoalInput'];
export type Review = S['PlcReview'];
export type ReviewInput = S['PlcReviewInput'];
export type Ladder = S['PlcLadder'];
export type LadderInput = S['PlcLadderInput'];
export type LadderAssessment = S['PlcAssessment'];
export type LadderAssessmentInput = S['PlcAssessmentInput'];
export type ClientLadder = S['PlcClientLadder'];
export type DueReview = S['PlcDueReview'];
