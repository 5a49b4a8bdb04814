// Server calls of the planning module (PLANNING_SPEC.md "HTTP API") and their query hooks: the only place of the
// module that knows the routes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../api/client';
import { uploadRaw } from '../quality/api';
import type {
  ClientDetail,
  ClientExport,
  ClientGoalRef,
  ClientGoalInput,
  ClientInput,
  ClientSummary,
  CloseInput,
  DeriveInput,
  DueEvaluation,
  DueReview,
  EvaluationDetail,
  EvaluationDraft,
  EvaluationInput,
  Evidence,
  GoalDetail,
  GoalInput,
  GoalSummary,
  ImpactReport,
  Indicator,
  IndicatorInput,
  Ladder,
  LadderAssessmentInput,
  LadderInput,
  List,
  OperationalPlanDetail,
  OperationalPlanInput,
  OperationalPlanSummary,
  PlanTree,
  PlanningOrganisation,
  PlanningService,
  RegionalOutcome,
  ReviewInput,
  StaffCandidate,
  StrategicPlanDetail,
  StrategicPlanInput,
  StrategicPlanSummary,
} from './types';

const P = '/api/planning';

export const planningKeys = {
  all: ['planning'] as const,
  organisations: ['planning', 'organisations'] as const,
  strategicPlans: (q: Query) => ['planning', 'strategic-plans', q] as const,
  strategicPlan: (id: number) => ['planning', 'strategic-plan', id] as const,
  tree: (id: number, q: Query) => ['planning', 'strategic-plan', id, 'tree', q] as const,
  operationalPlans: (q: Query) => ['planning', 'operational-plans', q] as const,
  operationalPlan: (id: number) => ['planning', 'operational-plan', id] as const,
  goal: (id: number, q: Query) => ['planning', 'goal', id, q] as const,
  evaluationDraft: (id: number, q: Query) => ['planning', 'goal', id, 'draft', q] as const,
  evaluation: (id: number) => ['planning', 'evaluation', id] as const,
  dueEvaluations: (q: Query) => ['planning', 'due', 'evaluations', q] as const,
  dueReviews: (q: Query) => ['planning', 'due', 'reviews', q] as const,
  impact: (q: Query) => ['planning', 'impact', q] as const,
  regional: (q: Query) => ['planning', 'regional', q] as const,
  services: (q: Query) => ['planning', 'services', q] as const,
  staffCandidates: (id: number) => ['planning', 'service', id, 'candidates'] as const,
  clients: (q: Query) => ['planning', 'clients', q] as const,
  client: (id: number) => ['planning', 'client', id] as const,
  clientServiceGoals: (id: number) => ['planning', 'client', id, 'service-goals'] as const,
  ladders: (q: Query) => ['planning', 'ladders', q] as const,
  ladder: (id: number) => ['planning', 'ladder', id] as const,
};

// ---- organisations and settings ----

export const fetchOrganisations = () => apiFetch<List<PlanningOrganisation>>(`${P}/organisations`);
export const putSettings = (id: number, gas_rho: number) =>
  apiFetch<PlanningOrganisation>(`${P}/organisations/${id}/settings`, { method: 'PUT', body: { gas_rho } });

// ---- strategic plans ----

export const fetchStrategicPlans = (q: Query) =>
  apiFetch<List<StrategicPlanSummary>>(`${P}/strategic-plans`, { query: q });
export const fetchStrategicPlan = (id: number) => apiFetch<StrategicPlanDetail>(`${P}/strategic-plans/${id}`);
export const createStrategicPlan = (body: StrategicPlanInput) =>
  apiFetch<StrategicPlanDetail>(`${P}/strategic-plans`, { method: 'POST', body });
export const updateStrategicPlan = (id: number, body: StrategicPlanInput) =>
  apiFetch<StrategicPlanDetail>(`${P}/strategic-plans/${id}`, { method: 'PUT', body });
export const fetchTree = (id: number, q: Query) => apiFetch<PlanTree>(`${P}/strategic-plans/${id}/tree`, { query: q });

// ---- operational plans ----

export const fetchOperationalPlans = (q: Query) =>
  apiFetch<List<OperationalPlanSummary>>(`${P}/operational-plans`, { query: q });
export const fetchOperationalPlan = (id: number) => apiFetch<OperationalPlanDetail>(`${P}/operational-plans/${id}`);
export const createOperationalPlan = (body: OperationalPlanInput) =>
  apiFetch<OperationalPlanDetail>(`${P}/operational-plans`, { method: 'POST', body });
export const updateOperationalPlan = (id: number, body: OperationalPlanInput) =>
  apiFetch<OperationalPlanDetail>(`${P}/operational-plans/${id}`, { method: 'PUT', body });
export const closeOperationalPlan = (id: number, body: CloseInput) =>
  apiFetch<OperationalPlanDetail>(`${P}/operational-plans/${id}/close`, { method: 'POST', body });
export const deriveOperationalPlan = (id: number, body: DeriveInput) =>
  apiFetch<OperationalPlanDetail>(`${P}/operational-plans/${id}/derive`, { method: 'POST', body });

// ---- goals and indicators ----

export const fetchGoal = (id: number, q: Query) => apiFetch<GoalDetail>(`${P}/goals/${id}`, { query: q });
export const createGoal = (body: GoalInput) => apiFetch<GoalSummary>(`${P}/goals`, { method: 'POST', body });
export const updateGoal = (id: number, body: GoalInput) =>
  apiFetch<GoalSummary>(`${P}/goals/${id}`, { method: 'PUT', body });
export const deleteGoal = (id: number) => apiFetch<void>(`${P}/goals/${id}`, { method: 'DELETE' });
export const createIndicator = (goalId: number, body: IndicatorInput) =>
  apiFetch<Indicator>(`${P}/goals/${goalId}/indicators`, { method: 'POST', body });
export const updateIndicator = (id: number, body: IndicatorInput) =>
  apiFetch<Indicator>(`${P}/indicators/${id}`, { method: 'PUT', body });
export const deleteIndicator = (id: number) => apiFetch<void>(`${P}/indicators/${id}`, { method: 'DELETE' });

// ---- evaluations ----

export const fetchEvaluationDraft = (goalId: number, q: Query) =>
  apiFetch<EvaluationDraft>(`${P}/goals/${goalId}/evaluation-draft`, { query: q });
export const createEvaluation = (goalId: number, body: EvaluationInput) =>
  apiFetch<EvaluationDetail>(`${P}/goals/${goalId}/evaluations`, { method: 'POST', body });
export const fetchEvaluation = (id: number) => apiFetch<EvaluationDetail>(`${P}/evaluations/${id}`);
export const addEvidenceLink = (evaluationId: number, label: string, url: string) =>
  apiFetch<Evidence>(`${P}/evaluations/${evaluationId}/evidence`, {
    method: 'POST',
    body: { kind: 'link', label, url },
  });
/** A file goes as the raw request body with its name in the query, as the quality evidence does. */
export const uploadEvidenceFile = (evaluationId: number, file: File) =>
  uploadRaw<Evidence>(`${P}/evaluations/${evaluationId}/evidence/file`, file, { file_name: file.name });
export const deleteEvidence = (id: number) => apiFetch<void>(`${P}/evidence/${id}`, { method: 'DELETE' });

// ---- due work ----

export const fetchDueEvaluations = (q: Query) => apiFetch<List<DueEvaluation>>(`${P}/due/evaluations`, { query: q });
export const fetchDueReviews = (q: Query) => apiFetch<List<DueReview>>(`${P}/due/reviews`, { query: q });

// ---- impact and outcomes ----

export const fetchImpact = (q: Query) => apiFetch<ImpactReport>(`${P}/impact`, { query: q });
export const fetchRegionalOutcomes = (q: Query) =>
  apiFetch<List<RegionalOutcome>>(`${P}/outcomes/regional`, { query: q });

// ---- services and staff ----

export const fetchServices = (q: Query) => apiFetch<List<PlanningService>>(`${P}/services`, { query: q });
export const putStaff = (serviceId: number, staff: { user_id: number; kind: string }[]) =>
  apiFetch<PlanningService>(`${P}/services/${serviceId}/staff`, { method: 'PUT', body: { staff } });
export const fetchStaffCandidates = (serviceId: number) =>
  apiFetch<List<StaffCandidate>>(`${P}/services/${serviceId}/staff-candidates`);

// ---- clients ----

export const fetchClients = (q: Query) => apiFetch<List<ClientSummary>>(`${P}/clients`, { query: q });
export const createClient = (body: ClientInput) => apiFetch<ClientDetail>(`${P}/clients`, { method: 'POST', body });
export const fetchClient = (id: number) => apiFetch<ClientDetail>(`${P}/clients/${id}`);
export const fetchClientServiceGoals = (id: number) =>
  apiFetch<List<ClientGoalRef>>(`${P}/clients/${id}/service-goals`);
export const updateClient = (id: number, body: ClientInput) =>
  apiFetch<ClientDetail>(`${P}/clients/${id}`, { method: 'PUT', body });
export const createClientGoal = (clientId: number, body: ClientGoalInput) =>
  apiFetch<ClientDetail>(`${P}/clients/${clientId}/goals`, { method: 'POST', body });
export const updateClientGoal = (id: number, body: ClientGoalInput) =>
  apiFetch<ClientDetail>(`${P}/client-goals/${id}`, { method: 'PUT', body });
export const createReview = (clientId: number, body: ReviewInput) =>
  apiFetch<ClientDetail>(`${P}/clients/${clientId}/reviews`, { method: 'POST', body });
export const fetchClientExport = (id: number) => apiFetch<ClientExport>(`${P}/clients/${id}/export`);
export const eraseClient = (id: number, confirm_code: string) =>
  apiFetch<ClientDetail>(`${P}/clients/${id}/erase`, { method: 'POST', body: { confirm_code } });
export const createLadderAssessment = (clientId: number, body: LadderAssessmentInput) =>
  apiFetch<ClientDetail>(`${P}/clients/${clientId}/ladder-assessments`, { method: 'POST', body });

// ---- ladders ----

export const fetchLadders = (q: Query) => apiFetch<List<Ladder>>(`${P}/ladders`, { query: q });
export const fetchLadder = (id: number) => apiFetch<Ladder>(`${P}/ladders/${id}`);
export const createLadder = (body: LadderInput) => apiFetch<Ladder>(`${P}/ladders`, { method: 'POST', body });
export const updateLadder = (id: number, body: LadderInput) =>
  apiFetch<Ladder>(`${P}/ladders/${id}`, { method: 'PUT', body });

/** Files and printable pages are plain links (the browser sends the session cookie). */
export const planningLinks = {
  evidenceFile: (id: number) => `${P}/evidence/${id}/file`,
  impactHtml: (q: Query, lang: string) => `${P}/impact/report.html${buildQueryString({ ...q, lang })}`,
  impactXlsx: (q: Query) => `${P}/impact/export.xlsx${buildQueryString(q)}`,
  clientExportHtml: (id: number, lang: string) => `${P}/clients/${id}/export.html${buildQueryString({ lang })}`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useOrganisations = () =>
  useQuery({ queryKey: planningKeys.organisations, queryFn: fetchOrganisations, staleTime: 60_000 });
export const useStrategicPlans = (q: Query) =>
  useQuery({
    queryKey: planningKeys.strategicPlans(q),
    queryFn: () => fetchStrategicPlans(q),
    placeholderData: keepPreviousData,
  });
export const useStrategicPlan = (id: number) =>
  useQuery({ queryKey: planningKeys.strategicPlan(id), queryFn: () => fetchStrategicPlan(id), enabled: on(id) });
export const useTree = (id: number, q: Query) =>
  useQuery({
    queryKey: planningKeys.tree(id, q),
    queryFn: () => fetchTree(id, q),
    enabled: on(id),
    placeholderData: keepPreviousData,
  });
export const useOperationalPlans = (q: Query, enabled = true) =>
  useQuery({
    queryKey: planningKeys.operationalPlans(q),
    queryFn: () => fetchOperationalPlans(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useOperationalPlan = (id: number) =>
  useQuery({
    queryKey: planningKeys.operationalPlan(id),
    queryFn: () => fetchOperationalPlan(id),
    enabled: on(id),
  });
export const useGoal = (id: number, q: Query = {}) =>
  useQuery({ queryKey: planningKeys.goal(id, q), queryFn: () => fetchGoal(id, q), enabled: on(id) });
export const useEvaluationDraft = (goalId: number, q: Query, enabled: boolean) =>
  useQuery({
    queryKey: planningKeys.evaluationDraft(goalId, q),
    queryFn: () => fetchEvaluationDraft(goalId, q),
    enabled: enabled && on(goalId),
  });
export const useEvaluation = (id: number) =>
  useQuery({ queryKey: planningKeys.evaluation(id), queryFn: () => fetchEvaluation(id), enabled: on(id) });
export const useDueEvaluations = (q: Query, enabled = true) =>
  useQuery({ queryKey: planningKeys.dueEvaluations(q), queryFn: () => fetchDueEvaluations(q), enabled });
export const useDueReviews = (q: Query, enabled = true) =>
  useQuery({ queryKey: planningKeys.dueReviews(q), queryFn: () => fetchDueReviews(q), enabled });
export const useImpact = (q: Query, enabled: boolean) =>
  useQuery({
    queryKey: planningKeys.impact(q),
    queryFn: () => fetchImpact(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useRegionalOutcomes = (q: Query) =>
  useQuery({
    queryKey: planningKeys.regional(q),
    queryFn: () => fetchRegionalOutcomes(q),
    placeholderData: keepPreviousData,
  });
export const useServices = (q: Query, enabled = true) =>
  useQuery({ queryKey: planningKeys.services(q), queryFn: () => fetchServices(q), enabled });
export const useStaffCandidates = (serviceId: number, enabled: boolean) =>
  useQuery({
    queryKey: planningKeys.staffCandidates(serviceId),
    queryFn: () => fetchStaffCandidates(serviceId),
    enabled: enabled && on(serviceId),
  });
export const useClients = (q: Query, enabled = true) =>
  useQuery({
    queryKey: planningKeys.clients(q),
    queryFn: () => fetchClients(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useClient = (id: number) =>
  useQuery({ queryKey: planningKeys.client(id), queryFn: () => fetchClient(id), enabled: on(id) });
export const useLadders = (q: Query, enabled = true) =>
  useQuery({ queryKey: planningKeys.ladders(q), queryFn: () => fetchLadders(q), enabled });
export const useLadder = (id: number) =>
  useQuery({ queryKey: planningKeys.ladder(id), queryFn: () => fetchLadder(id), enabled: on(id) });

/** The service goals a personal goal of the client may link to (the goals of the client's service). */
export const useClientServiceGoals = (clientId: number) =>
  useQuery({
    queryKey: planningKeys.clientServiceGoals(clientId),
    queryFn: () => fetchClientServiceGoals(clientId),
    enabled: on(clientId),
  });

/** A write of the module: afterwards every planning query is fetched again (plans, goals and roll-ups hang together). */
export function usePlanningMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: planningKeys.all }) });
}
