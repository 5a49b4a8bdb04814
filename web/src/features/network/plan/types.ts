// API types of the regional network year by year and the medium-term plan (PLAN13_SPEC [netyears]): the server's
// schemas (web/openapi.json → src/api/schema.d.ts, Nwy*) under the names the pages use.
import type { components } from '../../../api/schema';

type S = components['schemas'];

export interface List<T> {
  items: T[];
}

// ---- the network year by year ----
export type CodeName = S['NwyCodeName'];
export type Capacity = S['NwyCapacity'];
export type NetworkYear = S['NwyYear'];
export type NetworkYearDetail = S['NwyYearDetail'];
export type YearInput = S['NwyYearInput'];
export type ApproveInput = S['NwyApproveInput'];
export type ActRef = S['NwyActRef'];
export type Decision = S['NwyDecision'];
export type DecisionInput = S['NwyDecisionInput'];
export type Entry = S['NwyEntry'];
export type HistoryYear = S['NwyHistoryYear'];
export type ServiceHistory = S['NwyHistory'];
export type Entrustment = S['NwyEntrustment'];
export type EntrustmentInput = S['NwyEntrustmentInput'];
export type RegistryDiff = S['NwyRegistryDiff'];
export type RegistryService = S['NwyRegistryService'];
export type NotRegistered = S['NwyNotRegistered'];
export type Mismatch = S['NwyMismatch'];
export type CoverageDiff = S['NwyCoverageDiff'];
export type Gap = S['NwyGap'];

// ---- the medium-term plan (SPRSS) ----
export type AnalysisLink = S['NwyLink'];
export type Plan = S['NwyPlan'];
export type PlanDetail = S['NwyPlanDetail'];
export type PlanInput = S['NwyPlanInput'];
export type PlanNode = S['NwyNode'];
export type NodeInput = S['NwyNodeInput'];
export type Indicator = S['NwyIndicator'];
export type IndicatorInput = S['NwyIndicatorInput'];
export type IndicatorYear = S['NwyIndicatorYear'];
export type PlanComment = S['NwyComment'];
export type CommentInput = S['NwyCommentInput'];
export type AnswerInput = S['NwyAnswerInput'];
export type ActionPlan = S['NwyActionPlan'];
export type ActionPlanDetail = S['NwyActionPlanDetail'];
export type ActionItem = S['NwyItem'];
export type ItemInput = S['NwyItemInput'];
export type EvaluationInput = S['NwyEvaluationInput'];
export type ItemResult = S['NwyItemResult'];

/** The codes the server sends, each translated in i18n.ts (never shown raw). */
export const YEAR_STATUSES = ['draft', 'approved'] as const;
export const DECISION_KINDS = ['include', 'change', 'remove'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const CAPACITY_UNITS = ['klient', 'luzka', 'hodiny', 'kontakt', 'interv', 'hovor'] as const;
export const ACT_STATUSES = ['valid', 'amended', 'revoked'] as const;
export const SERVICE_STATUSES = ['active', 'ended'] as const;
export const REGISTRY_STATUSES = ['ended', 'other_region', 'unknown'] as const;
export const MISMATCH_REASONS = ['capacity_below', 'unit_differs'] as const;
export const PLAN_STATUSES = ['draft', 'comments', 'approved'] as const;
export const NODE_LEVELS = ['priority', 'goal', 'measure', 'activity'] as const;
export type NodeLevel = (typeof NODE_LEVELS)[number];
export const LINK_KINDS = ['coverage_map', 'benchmark_round', 'audit_overview', 'other'] as const;
export const COMMENT_STATUSES = ['open', 'accepted', 'partly', 'rejected'] as const;
export const ANSWER_STATUSES = ['accepted', 'partly', 'rejected'] as const;
export const ACTION_PLAN_STATUSES = ['draft', 'approved', 'evaluated'] as const;
export const ITEM_RESULTS = ['done', 'partly', 'not'] as const;
export type ItemResultCode = (typeof ITEM_RESULTS)[number];
export const INDICATOR_SOURCES = ['benchmark', 'planning', 'manual'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
