// The people module's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts). Pe* staff,
// Pt* training, Pc* cooperation, Pj* projects.
import type { components } from '../../api/schema';

type S = components['schemas'];

export interface List<T> {
  items: T[];
}

// ---- staff ----
export type PeopleOrganisation = S['PeStaffOrganisation'];
export type Worker = S['PeWorker'];
export type WorkerInput = S['PeWorkerInput'];
export type WorkerDetail = S['PeWorkerDetail'];
export type WorkerSession = S['PeWorkerSession'];
export type Absence = S['PeAbsence'];
export type AbsenceInput = S['PeAbsenceInput'];
export type ExternalTraining = S['PeExternalTraining'];
export type ExternalTrainingInput = S['PeExternalTrainingInput'];
export type EducationPlan = S['PeEducationPlan'];
export type EducationPlanInput = S['PeEducationPlanInput'];
export type Appraisal = S['PeAppraisal'];
export type AppraisalInput = S['PeAppraisalInput'];
export type RequirementNote = S['PeNote'];
export type RequirementRule = S['PeRule'];
export type RequirementYear = S['PeRequirementYear'];
export type RequirementRow = S['PeRequirementItem'];
export type RequirementReport = S['PeRequirementList'];
export type RegionalCell = S['PeRegionalCell'];
export type RegionalRow = S['PeRegionalItem'];
export type RegionalReport = S['PeRegionalList'];
export type SupervisionReport = S['PeSupervisionOverview'];
export type SupervisionWorker = S['PeSupervisionWorker'];
export type SupervisionTeam = S['PeSupervisionTeam'];

/** The four numbers of a requirement (a year's, a worker's summary, a list row). */
export interface RequirementSummary {
  required_hours: number;
  counted_hours: number;
  shortfall_hours: number;
  planned_hours: number;
}

// ---- training ----
export type Module = S['PtModule'];
export type ModuleInput = S['PtModuleInput'];
export type ModuleDetail = S['PtModuleDetail'];
export type Session = S['PtSession'];
export type SessionInput = S['PtSessionInput'];
export type SessionDetail = S['PtSessionDetail'];
export type Registration = S['PtRegistration'];
export type RegistrationResult = S['PtRegistrationResult'];
export type RunPlanInput = S['PtRunPlanInput'];
export type AttendanceItem = S['PtAttendanceItem'];
export type FeedbackInput = S['PtFeedbackInput'];
export type FeedbackReceipt = S['PtFeedbackReceipt'];
export type FeedbackResults = S['PtFeedbackResults'];
export type FeedbackSummary = S['PtFeedbackSummary'];
export type LecturerFeedback = S['PtLecturerFeedback'];

// ---- cooperation ----
export type Partner = S['PcPartner'];
export type PartnerInput = S['PcPartnerInput'];
export type Meeting = S['PcMeeting'];
export type MeetingDetail = S['PcMeetingDetail'];
export type MeetingInput = S['PcMeetingInput'];
export type MeetingPlanInput = S['PcSeriesInput'];
export type Participant = S['PcParticipant'];
export type ParticipantInput = S['PcParticipantInput'];
export type AgreedAction = S['PcAction'];
export type AgreedActionInput = S['PcActionInput'];
export type ActionUpdate = S['PcActionUpdate'];

// ---- projects ----
export type Project = S['PjProject'];
export type ProjectInput = S['PjProjectInput'];
export type ProjectDetail = S['PjProjectDetail'];
export type Activity = S['PjActivity'];
export type ActivityDetail = S['PjActivityDetail'];
export type ActivityInput = S['PjActivityInput'];
export type KindCount = S['PjKindCount'];
export type Linked = S['PjLinked'];
export type BudgetLine = S['PjBudgetLine'];
export type BudgetLineInput = S['PjBudgetLineInput'];
export type CategoryBudget = S['PjCategoryBudget'];
export type Expense = S['PjExpense'];
export type ExpenseInput = S['PjExpenseInput'];
export type ProjectIndicator = S['PjIndicator'];
export type IndicatorInput = S['PjIndicatorInput'];
export type IndicatorValueInput = S['PjValueInput'];
export type IndicatorValue = S['PjValue'];
export type Publicity = S['PjPublicity'];
export type PublicityInput = S['PjPublicityInput'];
export type MonitoringReport = S['PjMonitoring'];
export type MonitoringActivity = S['PjMonitoringActivity'];
export type MonitoringIndicator = S['PjMonitoringIndicator'];
export type MonitoringPublicity = S['PjMonitoringPublicity'];
