// The care part's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts).
import type { components } from '../../../api/schema';

type S = components['schemas'];
export type QcSupervision = S['QcSupervision'];
export type QcSupervisionInput = S['QcSupervisionInput'];
export type QcHoursSummary = S['QcHoursSummary'];
export type QcFindingRef = S['QcFindingRef'];
export type QcOffice = S['QcOffice'];
export type QcProcedures = S['QcProcedures'];
export type QcProcedureInput = S['QcProcedureInput'];
export type QcStaffing = S['QcStaffing'];
export type QcSnapshot = S['QcSnapshot'];
export type QcSnapshotInput = S['QcSnapshotInput'];
export type QcNormInput = S['QcNormInput'];
export type QcPlan = S['QcPlan'];
export type QcPlanSummary = S['QcPlanSummary'];
export type QcPlanInput = S['QcPlanInput'];
export type QcMilestone = S['QcMilestone'];
export type QcMilestoneInput = S['QcMilestoneInput'];
export type QcPlace = S['QcPlace'];
export type QcPlaceInput = S['QcPlaceInput'];
export type QcLimits = S['QcLimits'];
export type QcLimitsInput = S['QcLimitsInput'];
export type QcIndicator = S['QcIndicator'];
export type QcIndicatorInput = S['QcIndicatorInput'];
export type QcValueInput = S['QcValueInput'];
export type QcAuditSummary = S['QAuditSummary'];
