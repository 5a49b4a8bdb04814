// Server calls of the regional network year by year and the medium-term plan (PLAN13_SPEC [netyears]) and their
// query hooks: the only place of this part that knows the routes. Every write refetches the module's queries.
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, type Query } from '../../../api/client';
import type {
  ActionPlanDetail,
  AnswerInput,
  ApproveInput,
  CommentInput,
  CoverageDiff,
  Decision,
  DecisionInput,
  Entrustment,
  EntrustmentInput,
  EvaluationInput,
  Indicator,
  IndicatorInput,
  ItemInput,
  List,
  NetworkYear,
  NetworkYearDetail,
  NodeInput,
  Plan,
  PlanComment,
  PlanDetail,
  PlanInput,
  PlanNode,
  RegistryDiff,
  ServiceHistory,
} from './types';

const N = '/api/network';

/** `?region=` only when a region was chosen (the server defaults to the caller's region). */
export const regionQuery = (region: string | undefined): Query => (region ? { region } : {});

export const planKeys = {
  all: ['network'] as const,
  years: (region?: string) => ['network', 'years', region ?? ''] as const,
  year: (id: number) => ['network', 'year', id] as const,
  registryDiff: (id: number) => ['network', 'year', id, 'registry-diff'] as const,
  coverageDiff: (id: number) => ['network', 'year', id, 'coverage-diff'] as const,
  history: (serviceId: number) => ['network', 'service-history', serviceId] as const,
  entrustments: (region?: string, service?: number) => ['network', 'entrustments', region ?? '', service ?? 0] as const,
  plans: (region?: string) => ['network', 'plans', region ?? ''] as const,
  plan: (id: number) => ['network', 'plan', id] as const,
  comments: (planId: number) => ['network', 'plan', planId, 'comments'] as const,
  actionPlan: (id: number) => ['network', 'action-plan', id] as const,
};

// ---- the network year by year ----

export const fetchYears = (region?: string) =>
  apiFetch<List<NetworkYear>>(`${N}/years`, { query: regionQuery(region) });
export const createYear = (year: number, region?: string) =>
  apiFetch<NetworkYearDetail>(`${N}/years`, { method: 'POST', body: { year, ...(region ? { region } : {}) } });
export const fetchYear = (id: number) => apiFetch<NetworkYearDetail>(`${N}/years/${id}`);
export const approveYear = (id: number, body: ApproveInput) =>
  apiFetch<NetworkYearDetail>(`${N}/years/${id}/approve`, { method: 'POST', body });
export const recordDecision = (yearId: number, body: DecisionInput) =>
  apiFetch<Decision>(`${N}/years/${yearId}/decisions`, { method: 'POST', body });
export const fetchHistory = (serviceId: number) => apiFetch<ServiceHistory>(`${N}/services/${serviceId}/history`);
export const fetchEntrustments = (region?: string, service?: number) =>
  apiFetch<List<Entrustment>>(`${N}/entrustments`, {
    query: { ...regionQuery(region), ...(service ? { service } : {}) },
  });
export const createEntrustment = (body: EntrustmentInput) =>
  apiFetch<Entrustment>(`${N}/entrustments`, { method: 'POST', body });
export const updateEntrustment = (id: number, body: EntrustmentInput) =>
  apiFetch<Entrustment>(`${N}/entrustments/${id}`, { method: 'PUT', body });
export const fetchRegistryDiff = (yearId: number) => apiFetch<RegistryDiff>(`${N}/years/${yearId}/registry-diff`);
export const fetchCoverageDiff = (yearId: number) => apiFetch<CoverageDiff>(`${N}/years/${yearId}/coverage-diff`);

// ---- the medium-term plan ----

export const fetchPlans = (region?: string) => apiFetch<List<Plan>>(`${N}/plans`, { query: regionQuery(region) });
export const createPlan = (body: PlanInput) => apiFetch<PlanDetail>(`${N}/plans`, { method: 'POST', body });
export const fetchPlan = (id: number) => apiFetch<PlanDetail>(`${N}/plans/${id}`);
export const updatePlan = (id: number, body: PlanInput) =>
  apiFetch<PlanDetail>(`${N}/plans/${id}`, { method: 'PUT', body });
export const addNode = (planId: number, body: NodeInput) =>
  apiFetch<PlanNode>(`${N}/plans/${planId}/nodes`, { method: 'POST', body });
export const updateNode = (id: number, body: NodeInput) =>
  apiFetch<PlanNode>(`${N}/plan-nodes/${id}`, { method: 'PUT', body });
export const deleteNode = (id: number) => apiFetch<void>(`${N}/plan-nodes/${id}`, { method: 'DELETE' });
export const addIndicator = (nodeId: number, body: IndicatorInput) =>
  apiFetch<Indicator>(`${N}/plan-nodes/${nodeId}/indicators`, { method: 'POST', body });
export const updateIndicator = (id: number, body: IndicatorInput) =>
  apiFetch<Indicator>(`${N}/plan-indicators/${id}`, { method: 'PUT', body });
export const sendPlan = (id: number, commentsUntil: string) =>
  apiFetch<PlanDetail>(`${N}/plans/${id}/send`, { method: 'POST', body: { comments_until: commentsUntil } });
export const approvePlan = (id: number, body: ApproveInput) =>
  apiFetch<PlanDetail>(`${N}/plans/${id}/approve`, { method: 'POST', body });
export const fetchComments = (planId: number) => apiFetch<List<PlanComment>>(`${N}/plans/${planId}/comments`);
export const addComment = (planId: number, body: CommentInput) =>
  apiFetch<PlanComment>(`${N}/plans/${planId}/comments`, { method: 'POST', body });
export const answerComment = (id: number, body: AnswerInput) =>
  apiFetch<PlanComment>(`${N}/plan-comments/${id}/answer`, { method: 'POST', body });
export const createActionPlan = (planId: number, year: number) =>
  apiFetch<ActionPlanDetail>(`${N}/plans/${planId}/action-plans`, { method: 'POST', body: { year } });
export const fetchActionPlan = (id: number) => apiFetch<ActionPlanDetail>(`${N}/action-plans/${id}`);
export const saveItems = (id: number, items: ItemInput[]) =>
  apiFetch<ActionPlanDetail>(`${N}/action-plans/${id}`, { method: 'PUT', body: { items } });
export const approveActionPlan = (id: number, approvedOn: string) =>
  apiFetch<ActionPlanDetail>(`${N}/action-plans/${id}/approve`, { method: 'POST', body: { approved_on: approvedOn } });
export const evaluateActionPlan = (id: number, body: EvaluationInput) =>
  apiFetch<ActionPlanDetail>(`${N}/action-plans/${id}/evaluate`, { method: 'POST', body });
export const carryFromPrevious = (planId: number, year: number) =>
  apiFetch<ActionPlanDetail>(`${N}/plans/${planId}/action-plans/${year}/from-previous`, { method: 'POST' });

/** Downloads are plain links (the browser sends the session cookie). */
export const planLinks = {
  yearXlsx: (yearId: number) => `${N}/years/${yearId}/export.xlsx`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useYears = (region?: string) =>
  useQuery({ queryKey: planKeys.years(region), queryFn: () => fetchYears(region) });
export const useYear = (id: number) =>
  useQuery({ queryKey: planKeys.year(id), queryFn: () => fetchYear(id), enabled: on(id) });
/** Every year's detail (the capacity chart over the years). */
export const useYearDetails = (ids: readonly number[]) =>
  useQueries({
    queries: ids.map((id) => ({ queryKey: planKeys.year(id), queryFn: () => fetchYear(id) })),
  });
export const useRegistryDiff = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: planKeys.registryDiff(id),
    queryFn: () => fetchRegistryDiff(id),
    enabled: enabled && on(id),
    retry: false,
  });
export const useCoverageDiff = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: planKeys.coverageDiff(id),
    queryFn: () => fetchCoverageDiff(id),
    enabled: enabled && on(id),
    retry: false,
  });
export const useHistory = (serviceId: number) =>
  useQuery({ queryKey: planKeys.history(serviceId), queryFn: () => fetchHistory(serviceId), enabled: on(serviceId) });
export const useEntrustments = (region?: string, service?: number) =>
  useQuery({ queryKey: planKeys.entrustments(region, service), queryFn: () => fetchEntrustments(region, service) });
export const usePlans = (region?: string) =>
  useQuery({ queryKey: planKeys.plans(region), queryFn: () => fetchPlans(region) });
export const usePlan = (id: number) =>
  useQuery({ queryKey: planKeys.plan(id), queryFn: () => fetchPlan(id), enabled: on(id) });
export const usePlanComments = (planId: number, enabled = true) =>
  useQuery({
    queryKey: planKeys.comments(planId),
    queryFn: () => fetchComments(planId),
    enabled: enabled && on(planId),
  });
export const useActionPlan = (id: number) =>
  useQuery({ queryKey: planKeys.actionPlan(id), queryFn: () => fetchActionPlan(id), enabled: on(id) });

/** A write of this part: afterwards every network query is fetched again (a decision moves the year's totals). */
export function usePlanMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.all }) });
}
