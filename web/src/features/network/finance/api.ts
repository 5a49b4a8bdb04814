// Server calls of the development plans, the evidence panel and the financing (PLAN13_SPEC [devplans],
// [finance]) and their query hooks: the only place of this part that knows the routes. Every write fetches the
// module's queries again (a decision changes the network, the demand and the outlook together).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../../api/client';
import type {
  DevCriterion,
  DevCriterionInput,
  DevCriterionList,
  DevDecisionInput,
  DevEvaluationInput,
  DevPlan,
  DevPlanChange,
  DevPlanInput,
  DevPlanSummary,
  Evidence,
  FinBudget,
  FinBudgetInput,
  FinChange,
  FinChangeInput,
  FinLine,
  FinLineInput,
  FinLineList,
  FinModel,
  FinModelHead,
  FinModelInput,
  FinOutlook,
  FinScenario,
  FinScenarioInput,
  List,
} from './types';

const N = '/api/network';

export const financeKeys = {
  all: ['network'] as const,
  criteria: (region?: string) => ['network', 'dev-criteria', region ?? ''] as const,
  plans: (q: Query) => ['network', 'dev-plans', q] as const,
  plan: (id: number) => ['network', 'dev-plan', id] as const,
  evidence: (serviceId: number) => ['network', 'evidence', serviceId] as const,
  models: ['network', 'fin', 'models'] as const,
  model: (id: number) => ['network', 'fin', 'model', id] as const,
  budget: (serviceId: number, year: number, kind: string) =>
    ['network', 'fin', 'budget', serviceId, year, kind] as const,
  lines: (year: number) => ['network', 'fin', 'lines', year] as const,
  outlook: (q: Query) => ['network', 'fin', 'outlook', q] as const,
  scenarios: ['network', 'fin', 'scenarios'] as const,
};

// ---- development plans ----

export const fetchCriteria = (region?: string) =>
  apiFetch<DevCriterionList>(`${N}/dev-criteria`, { query: region ? { region } : {} });
export const createCriterion = (body: DevCriterionInput) =>
  apiFetch<DevCriterion>(`${N}/dev-criteria`, { method: 'POST', body });
export const updateCriterion = (id: number, body: DevCriterionInput) =>
  apiFetch<DevCriterion>(`${N}/dev-criteria/${id}`, { method: 'PUT', body });
export const fetchDevPlans = (q: Query) => apiFetch<List<DevPlanSummary>>(`${N}/dev-plans`, { query: q });
export const createDevPlan = (body: DevPlanInput) => apiFetch<DevPlan>(`${N}/dev-plans`, { method: 'POST', body });
export const fetchDevPlan = (id: number) => apiFetch<DevPlan>(`${N}/dev-plans/${id}`);
export const updateDevPlan = (id: number, body: DevPlanChange) =>
  apiFetch<DevPlan>(`${N}/dev-plans/${id}`, { method: 'PUT', body });
export const submitDevPlan = (id: number) => apiFetch<DevPlan>(`${N}/dev-plans/${id}/submit`, { method: 'POST' });
export const returnDevPlan = (id: number, note: string) =>
  apiFetch<DevPlan>(`${N}/dev-plans/${id}/return`, { method: 'POST', body: { note } });
export const evaluateDevPlan = (id: number, body: DevEvaluationInput) =>
  apiFetch<DevPlan>(`${N}/dev-plans/${id}/evaluation`, { method: 'PUT', body });
export const decideDevPlan = (id: number, body: DevDecisionInput) =>
  apiFetch<DevPlan>(`${N}/dev-plans/${id}/decision`, { method: 'POST', body });
export const fetchEvidence = (serviceId: number) => apiFetch<Evidence>(`${N}/evidence/services/${serviceId}`);

// ---- financing ----

const F = `${N}/fin`;
export const fetchModels = () => apiFetch<List<FinModelHead>>(`${F}/models`);
export const fetchModel = (id: number) => apiFetch<FinModel>(`${F}/models/${id}`);
export const createModel = (body: FinModelInput) => apiFetch<FinModel>(`${F}/models`, { method: 'POST', body });
export const updateModel = (id: number, body: FinModelInput) =>
  apiFetch<FinModel>(`${F}/models/${id}`, { method: 'PUT', body });
export const fetchBudget = (serviceId: number, year: number, kind: string) =>
  apiFetch<FinBudget>(`${F}/services/${serviceId}/budget`, { query: { year, kind } });
export const putBudget = (serviceId: number, year: number, kind: string, body: FinBudgetInput) =>
  apiFetch<FinBudget>(`${F}/services/${serviceId}/budget`, { method: 'PUT', query: { year, kind }, body });
export const fetchLines = (year: number) => apiFetch<FinLineList>(`${F}/lines`, { query: { year } });
export const putLine = (serviceId: number, year: number, body: FinLineInput) =>
  apiFetch<FinLine>(`${F}/lines/${serviceId}/${year}`, { method: 'PUT', body });
export const fetchOutlook = (q: Query) => apiFetch<FinOutlook>(`${F}/outlook`, { query: q });
export const fetchScenarios = () => apiFetch<List<FinScenario>>(`${F}/scenarios`);
export const createScenario = (body: FinScenarioInput) =>
  apiFetch<FinScenario>(`${F}/scenarios`, { method: 'POST', body });
export const addChange = (scenarioId: number, body: FinChangeInput) =>
  apiFetch<FinChange>(`${F}/scenarios/${scenarioId}/changes`, { method: 'POST', body });
export const deleteChange = (id: number) => apiFetch<void>(`${F}/scenario-changes/${id}`, { method: 'DELETE' });

/** The workbook is a plain link (the browser sends the session cookie). */
export const financeLinks = {
  outlookXlsx: (q: Query) => `${F}/outlook.xlsx${buildQueryString(q)}`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useCriteria = (region?: string) =>
  useQuery({ queryKey: financeKeys.criteria(region), queryFn: () => fetchCriteria(region) });
export const useDevPlans = (q: Query) =>
  useQuery({ queryKey: financeKeys.plans(q), queryFn: () => fetchDevPlans(q), placeholderData: keepPreviousData });
export const useDevPlan = (id: number) =>
  useQuery({ queryKey: financeKeys.plan(id), queryFn: () => fetchDevPlan(id), enabled: on(id) });
export const useEvidence = (serviceId: number, enabled = true) =>
  useQuery({
    queryKey: financeKeys.evidence(serviceId),
    queryFn: () => fetchEvidence(serviceId),
    enabled: enabled && on(serviceId),
  });
export const useModels = () => useQuery({ queryKey: financeKeys.models, queryFn: fetchModels });
export const useModel = (id: number) =>
  useQuery({ queryKey: financeKeys.model(id), queryFn: () => fetchModel(id), enabled: on(id) });
export const useBudget = (serviceId: number, year: number, kind: string) =>
  useQuery({
    queryKey: financeKeys.budget(serviceId, year, kind),
    queryFn: () => fetchBudget(serviceId, year, kind),
    enabled: on(serviceId),
  });
export const useLines = (year: number) =>
  useQuery({ queryKey: financeKeys.lines(year), queryFn: () => fetchLines(year), placeholderData: keepPreviousData });
export const useOutlook = (q: Query) =>
  useQuery({ queryKey: financeKeys.outlook(q), queryFn: () => fetchOutlook(q), placeholderData: keepPreviousData });
export const useScenarios = (enabled = true) =>
  useQuery({ queryKey: financeKeys.scenarios, queryFn: fetchScenarios, enabled });

/** A write of this part: afterwards every network query is fetched again. */
export function useFinanceMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: financeKeys.all }) });
}
