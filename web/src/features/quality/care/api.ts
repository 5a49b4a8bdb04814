// Server calls of the quality module's care part (consultations and supervisions, OSPOD, transformation)
// and their query hooks. The only place of the care pages that knows the routes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString } from '../../../api/client';
import type {
  QcSupervision,
  QcSupervisionInput,
  QcHoursSummary,
  QcFindingRef,
  QcOffice,
  QcProcedures,
  QcProcedureInput,
  QcStaffing,
  QcSnapshotInput,
  QcNormInput,
  QcPlan,
  QcPlanSummary,
  QcPlanInput,
  QcMilestoneInput,
  QcPlaceInput,
  QcLimits,
  QcLimitsInput,
  QcIndicator,
  QcIndicatorInput,
  QcIndicatorList,
  QcValueInput,
  QcAuditSummary,
  QcProviderRef,
} from './types';

const C = '/api/quality/care';

export const careKeys = {
  all: ['quality-care'] as const,
  supervisions: (provider?: number, year?: number) =>
    ['quality-care', 'supervisions', provider ?? null, year ?? null] as const,
  hours: (provider: number, year: number, kind: string) => ['quality-care', 'hours', provider, year, kind] as const,
  findings: (provider: number) => ['quality-care', 'findings', provider] as const,
  providers: (q: string) => ['quality-care', 'providers', q] as const,
  offices: ['quality-care', 'offices'] as const,
  procedures: (office: number) => ['quality-care', 'procedures', office] as const,
  staffing: (office: number) => ['quality-care', 'staffing', office] as const,
  selfAssessments: (office: number) => ['quality-care', 'self-assessments', office] as const,
  plans: ['quality-care', 'plans'] as const,
  plan: (id: number) => ['quality-care', 'plan', id] as const,
  indicators: (region?: number) => ['quality-care', 'indicators', region ?? null] as const,
  regions: ['quality-care', 'regions'] as const,
};

// ---- supervisions ----

export const fetchSupervisions = (provider?: number, year?: number) =>
  apiFetch<{ items: QcSupervision[] }>(`${C}/supervisions`, { query: { provider_org_id: provider, year } });
export const createSupervision = (body: QcSupervisionInput) =>
  apiFetch<QcSupervision>(`${C}/supervisions`, { method: 'POST', body });
export const updateSupervision = (id: number, body: QcSupervisionInput) =>
  apiFetch<QcSupervision>(`${C}/supervisions/${id}`, { method: 'PUT', body });
export const deleteSupervision = (id: number) => apiFetch<void>(`${C}/supervisions/${id}`, { method: 'DELETE' });
export const fetchHours = (provider: number, year: number, kind: string) =>
  apiFetch<QcHoursSummary>(`${C}/supervisions/hours`, { query: { provider_org_id: provider, year, kind } });
export const fetchProviderFindings = (provider: number) =>
  apiFetch<{ items: QcFindingRef[] }>(`${C}/providers/${provider}/findings`);
/** Providers the caller may record consultations and supervisions for, by name (at most 50). */
export const fetchSupervisionProviders = (q: string) =>
  apiFetch<{ items: QcProviderRef[] }>(`${C}/providers`, { query: { q: q || undefined } });
/** The CSV export is a plain download link (the session cookie goes with it). */
export const supervisionCsvUrl = (provider: number, year: number, kind: string) =>
  `${C}/supervisions/export.csv${buildQueryString({ provider_org_id: provider, year, kind })}`;

export function useSupervisions(provider?: number, year?: number) {
  return useQuery({
    queryKey: careKeys.supervisions(provider, year),
    queryFn: () => fetchSupervisions(provider, year),
  });
}
export function useHours(provider: number | undefined, year: number, kind: string) {
  return useQuery({
    queryKey: careKeys.hours(provider ?? 0, year, kind),
    queryFn: () => fetchHours(provider ?? 0, year, kind),
    enabled: !!provider,
  });
}
export function useSupervisionProviders(q: string) {
  return useQuery({ queryKey: careKeys.providers(q), queryFn: () => fetchSupervisionProviders(q) });
}
export function useProviderFindings(provider: number | undefined) {
  return useQuery({
    queryKey: careKeys.findings(provider ?? 0),
    queryFn: () => fetchProviderFindings(provider ?? 0),
    enabled: !!provider,
  });
}

// ---- OSPOD ----

export const fetchOffices = () => apiFetch<{ items: QcOffice[] }>(`${C}/ospod/offices`);
export const fetchProcedures = (office: number) => apiFetch<QcProcedures>(`${C}/ospod/${office}/procedures`);
export const createProcedure = (office: number, body: QcProcedureInput) =>
  apiFetch<QcProcedures>(`${C}/ospod/${office}/procedures`, { method: 'POST', body });
export const fetchStaffing = (office: number) => apiFetch<QcStaffing>(`${C}/ospod/${office}/staffing`);
export const createSnapshot = (office: number, body: QcSnapshotInput) =>
  apiFetch<QcStaffing>(`${C}/ospod/${office}/staffing`, { method: 'POST', body });
export const putNorm = (office: number, body: QcNormInput) =>
  apiFetch<QcStaffing>(`${C}/ospod/${office}/staffing-norm`, { method: 'PUT', body });
/** OSPOD self-assessments are audits of the audit side. */
export const fetchSelfAssessments = (office: number) =>
  apiFetch<{ items: QcAuditSummary[] }>('/api/quality/audits', { query: { org_id: office, type: 'self_assessment' } });

export function useOffices() {
  return useQuery({ queryKey: careKeys.offices, queryFn: fetchOffices });
}
export function useProcedures(office: number | undefined) {
  return useQuery({
    queryKey: careKeys.procedures(office ?? 0),
    queryFn: () => fetchProcedures(office ?? 0),
    enabled: !!office,
  });
}
export function useStaffing(office: number | undefined) {
  return useQuery({
    queryKey: careKeys.staffing(office ?? 0),
    queryFn: () => fetchStaffing(office ?? 0),
    enabled: !!office,
  });
}
export function useSelfAssessments(office: number | undefined) {
  return useQuery({
    queryKey: careKeys.selfAssessments(office ?? 0),
    queryFn: () => fetchSelfAssessments(office ?? 0),
    enabled: !!office,
  });
}

// ---- transformation ----

export const fetchPlans = () => apiFetch<{ items: QcPlanSummary[] }>(`${C}/transformation/plans`);
export const createPlan = (body: QcPlanInput) =>
  apiFetch<QcPlan>(`${C}/transformation/plans`, { method: 'POST', body });
export const fetchPlan = (id: number) => apiFetch<QcPlan>(`${C}/transformation/plans/${id}`);
export const updatePlan = (id: number, body: QcPlanInput) =>
  apiFetch<QcPlan>(`${C}/transformation/plans/${id}`, { method: 'PATCH', body });
export const createMilestone = (plan: number, body: QcMilestoneInput) =>
  apiFetch<QcPlan>(`${C}/transformation/plans/${plan}/milestones`, { method: 'POST', body });
export const updateMilestone = (id: number, body: QcMilestoneInput) =>
  apiFetch<QcPlan>(`${C}/transformation/milestones/${id}`, { method: 'PUT', body });
export const deleteMilestone = (id: number) =>
  apiFetch<void>(`${C}/transformation/milestones/${id}`, { method: 'DELETE' });
export const createPlace = (plan: number, body: QcPlaceInput) =>
  apiFetch<QcPlan>(`${C}/transformation/plans/${plan}/places`, { method: 'POST', body });
export const updatePlace = (id: number, body: QcPlaceInput) =>
  apiFetch<QcPlan>(`${C}/transformation/places/${id}`, { method: 'PUT', body });
export const deletePlace = (id: number) => apiFetch<void>(`${C}/transformation/places/${id}`, { method: 'DELETE' });
export const putValues = (plan: number, values: QcValueInput[]) =>
  apiFetch<QcPlan>(`${C}/transformation/plans/${plan}/inclusion-values`, { method: 'PUT', body: { values } });
export const putLimits = (region: number, body: QcLimitsInput) =>
  apiFetch<QcLimits>(`${C}/community-limits/${region}`, { method: 'PUT', body });
export const fetchIndicators = (region?: number) =>
  apiFetch<QcIndicatorList>(`${C}/inclusion-indicators`, { query: { region_org_id: region } });
export const createIndicator = (body: QcIndicatorInput) =>
  apiFetch<QcIndicator>(`${C}/inclusion-indicators`, { method: 'POST', body });
export const updateIndicator = (id: number, body: QcIndicatorInput) =>
  apiFetch<QcIndicator>(`${C}/inclusion-indicators/${id}`, { method: 'PUT', body });
/** The regions an administrator without a region of their own picks from (registry list). */
export const fetchRegions = () =>
  apiFetch<{ items: { id: number; name: string }[] }>('/api/organisations', {
    query: { type: 'region', page_size: 100 },
  });

export function usePlans() {
  return useQuery({ queryKey: careKeys.plans, queryFn: fetchPlans });
}
export function usePlan(id: number) {
  return useQuery({ queryKey: careKeys.plan(id), queryFn: () => fetchPlan(id), enabled: id > 0 });
}
export function useIndicators(region: number | undefined, enabled = true) {
  return useQuery({
    queryKey: careKeys.indicators(region),
    queryFn: () => fetchIndicators(region),
    enabled,
    retry: false,
  });
}
export function useRegions(enabled: boolean) {
  return useQuery({ queryKey: careKeys.regions, queryFn: fetchRegions, enabled });
}

/** A mutation that refreshes every care query when it succeeds. */
export function useCareMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: careKeys.all }) });
}
