// Server calls of the coverage rounds, the coverage form, the coverage map and the minimal form (NETWORK_SPEC.md
// [coverage], [minimal]) and their query hooks: the only place of this part that knows the routes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../../api/client';
import { GEO_URL, type GeoCollection } from './coverageMap';
import type {
  CoverageAnswerInput,
  CoverageForm,
  CoverageMap,
  CoverageMapFilters,
  CoverageReminder,
  CoverageRound,
  CoverageRoundInput,
  CoverageSubmission,
  CoverageUploadResult,
  GapActions,
  GapActionsInput,
  List,
  MinimalForm,
  MinimalFormChange,
  MinimalFormInput,
  MinimalFormList,
  NetworkRegion,
  ServiceCheck,
} from './types';

const N = '/api/network';
const C = `${N}/coverage`;

export const coverageKeys = {
  all: ['network'] as const,
  regions: ['network', 'regions'] as const,
  rounds: (region?: string) => ['network', 'coverage', 'rounds', region ?? ''] as const,
  round: (id: number) => ['network', 'coverage', 'round', id] as const,
  submissions: (roundId: number) => ['network', 'coverage', 'round', roundId, 'submissions'] as const,
  submission: (id: number) => ['network', 'coverage', 'submission', id] as const,
  map: (q: Query) => ['network', 'coverage', 'map', q] as const,
  minimalForms: (region?: string) => ['network', 'minimal', 'forms', region ?? ''] as const,
  minimalForm: (id: number) => ['network', 'minimal', 'form', id] as const,
  checks: (id: number) => ['network', 'minimal', 'form', id, 'checks'] as const,
  serviceSearch: (q: string, region: string) => ['network', 'coverage', 'service-search', region, q] as const,
};

/** `?region=` only when a region was chosen (the server defaults to the caller's region). */
const regionQuery = (region: string | undefined): Query => (region ? { region } : {});

/**
 * The API query of the map and its exports. The map is asked for every need (the heatmap shows them all; the chosen
 * need colours the real map); the export of gaps and overlaps is for the chosen need only.
 */
export function mapApiQuery(f: CoverageMapFilters, region?: string, withNeed = false): Query {
  return {
    ...regionQuery(region),
    round: f.round,
    kind: f.kind,
    target_group: f.target_group,
    need: withNeed ? f.need : undefined,
  };
}

// ---- regions ----

export const fetchRegions = () => apiFetch<List<NetworkRegion>>(`${N}/regions`);

// ---- rounds ----

export const fetchRounds = (region?: string) =>
  apiFetch<List<CoverageRound>>(`${C}/rounds`, { query: regionQuery(region) });
export const fetchRound = (id: number) => apiFetch<CoverageRound>(`${C}/rounds/${id}`);
export const createRound = (body: CoverageRoundInput, region?: string) =>
  apiFetch<CoverageRound>(`${C}/rounds`, { method: 'POST', body, query: regionQuery(region) });
export const updateRound = (id: number, body: CoverageRoundInput) =>
  apiFetch<CoverageRound>(`${C}/rounds/${id}`, { method: 'PUT', body });
export const openRound = (id: number) => apiFetch<CoverageRound>(`${C}/rounds/${id}/open`, { method: 'POST' });
export const remindRound = (id: number) =>
  apiFetch<List<CoverageReminder>>(`${C}/rounds/${id}/remind`, { method: 'POST' });
export const lockRound = (id: number) => apiFetch<CoverageRound>(`${C}/rounds/${id}/lock`, { method: 'POST' });
export const fetchSubmissions = (roundId: number) =>
  apiFetch<List<CoverageSubmission>>(`${C}/rounds/${roundId}/submissions`);
/** Uploads an XLSX or CSV file as it is: reading a workbook as text would corrupt it. */
export const uploadAnswers = (roundId: number, file: Blob, contentType: string) =>
  apiFetch<CoverageUploadResult>(`${C}/rounds/${roundId}/upload`, {
    method: 'POST',
    textBody: file,
    textContentType: contentType,
  });

// ---- the form of a service ----

export const fetchSubmission = (id: number) => apiFetch<CoverageForm>(`${C}/submissions/${id}`);
export const saveSubmission = (id: number, answers: CoverageAnswerInput[]) =>
  apiFetch<CoverageForm>(`${C}/submissions/${id}`, { method: 'PUT', body: { answers } });
export const submitSubmission = (id: number) =>
  apiFetch<CoverageForm>(`${C}/submissions/${id}/submit`, { method: 'POST' });
/** Active services of the region for the "mediated by" picker (first matches of a text). */
export const searchServices = (q: string, region: string) =>
  apiFetch<List<{ id: number; name: string; provider_name: string; kind_name: string }>>('/api/services', {
    query: { q, region: region || undefined, status: 'active', page: 1, page_size: 20 },
  });

// ---- map ----

export const fetchMap = (q: Query) => apiFetch<CoverageMap>(`${C}/map`, { query: q });
/** The ORP boundaries shipped with the front end (web/public/geo). */
export const fetchOrpGeo = () => apiFetch<GeoCollection>(GEO_URL);

// ---- minimal form ----

export const fetchMinimalForms = (region?: string) =>
  apiFetch<MinimalFormList>(`${N}/minimal-forms`, { query: regionQuery(region) });
export const createMinimalForm = (body: MinimalFormInput) =>
  apiFetch<MinimalForm>(`${N}/minimal-forms`, { method: 'POST', body });
export const fetchMinimalForm = (id: number) => apiFetch<MinimalForm>(`${N}/minimal-forms/${id}`);
export const updateMinimalForm = (id: number, body: MinimalFormChange) =>
  apiFetch<MinimalForm>(`${N}/minimal-forms/${id}`, { method: 'PUT', body });
export const setMinimalForm = (id: number) => apiFetch<MinimalForm>(`${N}/minimal-forms/${id}/set`, { method: 'POST' });
export const fetchChecks = (id: number) => apiFetch<List<ServiceCheck>>(`${N}/minimal-forms/${id}/checks`);
export const raiseActions = (id: number, body: GapActionsInput) =>
  apiFetch<GapActions>(`${N}/minimal-forms/${id}/actions`, { method: 'POST', body });

/** Files are plain links (the browser sends the session cookie). */
export const coverageLinks = {
  template: (roundId: number) => `${C}/rounds/${roundId}/template.xlsx`,
  gaps: (format: 'xlsx' | 'csv', f: CoverageMapFilters, region?: string) =>
    `${C}/gaps.${format}${buildQueryString({
      ...mapApiQuery(f, region, true),
      delimiter: format === 'csv' ? 'semicolon' : undefined,
    })}`,
  checks: (formId: number) => `${N}/minimal-forms/${formId}/checks.xlsx`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && Number.isInteger(id) && id > 0;

export const useRegions = () => useQuery({ queryKey: coverageKeys.regions, queryFn: fetchRegions, staleTime: 60_000 });
export const useRounds = (region?: string) =>
  useQuery({ queryKey: coverageKeys.rounds(region), queryFn: () => fetchRounds(region) });
export const useRound = (id: number) =>
  useQuery({ queryKey: coverageKeys.round(id), queryFn: () => fetchRound(id), enabled: on(id) });
export const useSubmissions = (roundId: number) =>
  useQuery({
    queryKey: coverageKeys.submissions(roundId),
    queryFn: () => fetchSubmissions(roundId),
    enabled: on(roundId),
  });
export const useSubmission = (id: number) =>
  useQuery({ queryKey: coverageKeys.submission(id), queryFn: () => fetchSubmission(id), enabled: on(id) });
export const useCoverageMap = (f: CoverageMapFilters, region?: string) => {
  const q = mapApiQuery(f, region);
  return useQuery({ queryKey: coverageKeys.map(q), queryFn: () => fetchMap(q), placeholderData: keepPreviousData });
};
export const useOrpGeo = () =>
  useQuery({ queryKey: ['geo', 'orp'] as const, queryFn: fetchOrpGeo, staleTime: Infinity, gcTime: Infinity });
export const useMinimalForms = (region?: string) =>
  useQuery({ queryKey: coverageKeys.minimalForms(region), queryFn: () => fetchMinimalForms(region) });
export const useMinimalForm = (id: number) =>
  useQuery({ queryKey: coverageKeys.minimalForm(id), queryFn: () => fetchMinimalForm(id), enabled: on(id) });
export const useChecks = (id: number, enabled = true) =>
  useQuery({ queryKey: coverageKeys.checks(id), queryFn: () => fetchChecks(id), enabled: enabled && on(id) });

/** A mutation that refreshes every network query afterwards (a data version of the module changes together). */
export function useNetworkMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: coverageKeys.all }) });
}

/** A form answer from the server goes straight into the cache (saving returns the whole form). */
export function useFormMutation<A>(id: number, fn: (arg: A) => Promise<CoverageForm>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (form) => {
      qc.setQueryData(coverageKeys.submission(id), form);
      void qc.invalidateQueries({ queryKey: coverageKeys.submissions(form.submission.round_id) });
      void qc.invalidateQueries({ queryKey: ['network', 'coverage', 'rounds'] });
    },
  });
}
