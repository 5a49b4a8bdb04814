// API types of the development plans, the evidence panel and the financing (PLAN13_SPEC [devplans], [finance]):
// aliases of the server's schemas (web/openapi.json → src/api/schema.d.ts), never edited by hand.
import type { components } from '../../../api/schema';

type S = components['schemas'];

export interface List<T> {
  items: T[];
}

// ---- development plans ----
export type DevCriterion = S['NwDevCriterion'];
export type DevCriterionList = S['NwDevCriterionList'];
export type DevCriterionInput = S['NwDevCriterionInput'];
export type DevPlanSummary = S['NwDevPlanSummary'];
export type DevPlanInput = S['NwDevPlanInput'];
export type DevPlan = S['NwDevPlan'];
export type DevPlanChange = S['NwDevPlanChange'];
export type DevIntention = S['NwDevIntention'];
export type DevIntentionInput = S['NwDevIntentionInput'];
export type DevCostInput = S['NwDevCostInput'];
export type DevYear = S['NwDevYear'];
export type DevScore = S['NwDevScore'];
export type DevEvaluationInput = S['NwDevEvaluationInput'];
export type DevDecisionInput = S['NwDevDecisionInput'];
export type Evidence = S['NwEvidence'];
export type EvidenceIndicator = S['NwEvidenceIndicator'];

export type DevPlanStatus = 'draft' | 'submitted' | 'evaluated' | 'decided';
export type DevDecision = 'support' | 'partly' | 'not_support';
export type IntentionDecision = 'support' | 'not_support';
export type IntentionType = 'capacity' | 'new_form' | 'new_territory' | 'staffing' | 'quality' | 'other';
export type CostCategory = 'personnel' | 'operating' | 'investment';
export type CriterionEvidence = '' | 'coverage' | 'benchmark' | 'audit';

// ---- financing ----
export type FinModelHead = S['NfModelHead'];
export type FinModel = S['NfModel'];
export type FinModelRow = S['NfModelRow'];
export type FinModelInput = S['NfModelInput'];
export type FinModelRowInput = S['NfModelRowInput'];
export type FinBudget = S['NfBudget'];
export type FinBudgetInput = S['NfBudgetInput'];
export type FinLine = S['NfLine'];
export type FinLineList = S['NfLineList'];
export type FinLineInput = S['NfLineInput'];
export type FinScenario = S['NfScenario'];
export type FinScenarioInput = S['NfScenarioInput'];
export type FinChange = S['NfChange'];
export type FinChangeInput = S['NfChangeInput'];
export type FinOutlook = S['NfOutlook'];
export type FinSourceValues = S['NfSourceValues'];
export type FinKindValues = S['NfKindValues'];

export type FinUnit = 'hour' | 'bed_day' | 'client' | 'contact';
export type ChangeWhat = 'capacity' | 'reference_cost' | 'own_revenue';
