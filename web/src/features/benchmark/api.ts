// Server calls of the benchmark module (working groups, methodologies, rounds, forms, results,
// good practice, DEA) and their query hooks. The only place of the module that knows the routes.
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../api/client';
import type {
  BenchmarkComparison,
  BenchmarkServiceScores,
  BmCorrectionInput,
  BmForm,
  BmGroup,
  BmGroupInput,
  BmGroupList,
  BmMeeting,
  BmMeetingInput,
  BmMemberInput,
  BmMethodology,
  BmMethodologyInput,
  BmMethodologySummary,
  BmReminded,
  BmRound,
  BmRoundDetail,
  BmRoundInput,
  DeaRun,
  DeaRunInput,
  DeaRunSummary,
  GoodPractice,
  GoodPracticeInput,
  GoodPracticeList,
} from './types';
import { comparisonApiQuery, type ComparisonView } from './comparison';
import { deaJobActive, type DeaJob } from './dea';
import { goodPracticeApiQuery, type GoodPracticeFilters } from './goodPracticeFilters';

const B = '/api/benchmark';

export const benchmarkKeys = {
  all: ['benchmark'] as const,
  groups: ['benchmark', 'groups'] as const,
  group: (id: number) => ['benchmark', 'group', id] as const,
  meetings: (groupId: number) => ['benchmark', 'group', groupId, 'meetings'] as const,
  methodologies: (groupId: number) => ['benchmark', 'group', groupId, 'methodologies'] as const,
  methodology: (id: number) => ['benchmark', 'methodology', id] as const,
  rounds: (groupId: number) => ['benchmark', 'group', groupId, 'rounds'] as const,
  round: (id: number) => ['benchmark', 'round', id] as const,
  form: (roundId: number, serviceId: number) => ['benchmark', 'round', roundId, 'form', serviceId] as const,
  comparison: (roundId: number, query: Query) => ['benchmark', 'round', roundId, 'comparison', query] as const,
  scores: (serviceId: number, groupId?: number) => ['benchmark', 'scores', serviceId, groupId ?? null] as const,
  practices: (f: GoodPracticeFilters) => ['benchmark', 'practices', f] as const,
  practice: (id: number) => ['benchmark', 'practice', id] as const,
  deaRuns: (roundId: number) => ['benchmark', 'round', roundId, 'dea'] as const,
  deaRun: (id: number) => ['benchmark', 'dea', id] as const,
  deaJob: (id: number) => ['benchmark', 'dea-job', id] as const,
};

// ---- working groups, meetings ----

export const fetchGroups = () => apiFetch<BmGroupList>(`${B}/groups`, { query: { page: 1, page_size: 200 } });
export const fetchGroup = (id: number) => apiFetch<BmGroup>(`${B}/groups/${id}`);
export const createGroup = (body: BmGroupInput) => apiFetch<BmGroup>(`${B}/groups`, { method: 'POST', body });
export const updateGroup = (id: number, body: BmGroupInput) =>
  apiFetch<BmGroup>(`${B}/groups/${id}`, { method: 'PATCH', body });
export const putMembers = (id: number, members: BmMemberInput[]) =>
  apiFetch<BmGroup>(`${B}/groups/${id}/members`, { method: 'PUT', body: { members } });
export const fetchMeetings = (groupId: number) => apiFetch<{ items: BmMeeting[] }>(`${B}/groups/${groupId}/meetings`);
export const createMeeting = (groupId: number, body: BmMeetingInput) =>
  apiFetch<BmMeeting>(`${B}/groups/${groupId}/meetings`, { method: 'POST', body });
export const updateMeeting = (id: number, body: BmMeetingInput) =>
  apiFetch<BmMeeting>(`${B}/meetings/${id}`, { method: 'PATCH', body });

// ---- methodologies ----

export const fetchMethodologies = (groupId: number) =>
  apiFetch<{ items: BmMethodologySummary[] }>(`${B}/groups/${groupId}/methodologies`);
export const createMethodology = (groupId: number, body: { name?: string; copy_from_latest?: boolean }) =>
  apiFetch<BmMethodology>(`${B}/groups/${groupId}/methodologies`, { method: 'POST', body });
export const fetchMethodology = (id: number) => apiFetch<BmMethodology>(`${B}/methodologies/${id}`);
export const putMethodology = (id: number, body: BmMethodologyInput) =>
  apiFetch<BmMethodology>(`${B}/methodologies/${id}`, { method: 'PUT', body });
export const publishMethodology = (id: number) =>
  apiFetch<BmMethodology>(`${B}/methodologies/${id}/publish`, { method: 'POST' });

// ---- rounds and forms ----

export const fetchRounds = (groupId: number) => apiFetch<{ items: BmRound[] }>(`${B}/groups/${groupId}/rounds`);
export const createRound = (groupId: number, body: BmRoundInput) =>
  apiFetch<BmRound>(`${B}/groups/${groupId}/rounds`, { method: 'POST', body });
export const fetchRound = (id: number) => apiFetch<BmRoundDetail>(`${B}/rounds/${id}`);
export const lockRound = (id: number) => apiFetch<BmRoundDetail>(`${B}/rounds/${id}/lock`, { method: 'POST' });
export const remindRound = (id: number) => apiFetch<BmReminded>(`${B}/rounds/${id}/remind`, { method: 'POST' });

const formPath = (roundId: number, serviceId: number) => `${B}/rounds/${roundId}/services/${serviceId}`;
export const fetchForm = (roundId: number, serviceId: number) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/form`);
export const saveForm = (roundId: number, serviceId: number, values: Record<string, number | null>) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/form`, { method: 'PUT', body: { values } });
export const submitForm = (roundId: number, serviceId: number) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/submit`, { method: 'POST' });
/** Uploads a CSV or an XLSX file as it is: reading a workbook as text would corrupt it. */
export const uploadFormFile = (roundId: number, serviceId: number, file: Blob, contentType: string) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/upload`, {
    method: 'POST',
    textBody: file,
    textContentType: contentType,
  });
export const reopenForm = (roundId: number, serviceId: number) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/reopen`, { method: 'POST' });
export const correctForm = (roundId: number, serviceId: number, body: BmCorrectionInput) =>
  apiFetch<BmForm>(`${formPath(roundId, serviceId)}/corrections`, { method: 'POST', body });

// ---- results ----

export const fetchComparison = (roundId: number, query: Query) =>
  apiFetch<BenchmarkComparison>(`${B}/rounds/${roundId}/comparison`, { query });
export const fetchServiceScores = (serviceId: number, groupId?: number) =>
  apiFetch<BenchmarkServiceScores>(`${B}/services/${serviceId}/scores`, { query: { group: groupId } });

/** Files and printable pages are plain links (the browser sends the session cookie). */
export const benchmarkLinks = {
  export: (roundId: number, format: 'xlsx' | 'csv', v: ComparisonView) =>
    `${B}/rounds/${roundId}/export.${format}${buildQueryString({ ...comparisonApiQuery(v), delimiter: format === 'csv' ? 'semicolon' : undefined })}`,
  serviceReport: (roundId: number, serviceId: number) => `${B}/rounds/${roundId}/services/${serviceId}/report`,
  groupReport: (groupId: number, roundId?: number) =>
    `${B}/groups/${groupId}/report${buildQueryString({ round: roundId })}`,
  deaExport: (runId: number, format: 'xlsx' | 'csv') =>
    `${B}/dea/${runId}/export.${format}${format === 'csv' ? '?delimiter=semicolon' : ''}`,
};

// ---- good practice ----

export const fetchPractices = (f: GoodPracticeFilters) =>
  apiFetch<GoodPracticeList>(`${B}/good-practices`, { query: goodPracticeApiQuery(f) });
export const fetchPractice = (id: number) => apiFetch<GoodPractice>(`${B}/good-practices/${id}`);
export const createPractice = (body: GoodPracticeInput) =>
  apiFetch<GoodPractice>(`${B}/good-practices`, { method: 'POST', body });
export const updatePractice = (id: number, body: GoodPracticeInput) =>
  apiFetch<GoodPractice>(`${B}/good-practices/${id}`, { method: 'PATCH', body });
export const deletePractice = (id: number) => apiFetch<void>(`${B}/good-practices/${id}`, { method: 'DELETE' });

// ---- DEA ----

export const runDea = (roundId: number, body: DeaRunInput) =>
  apiFetch<DeaJob>(`${B}/rounds/${roundId}/dea`, { method: 'POST', body });
export const fetchDeaJob = (id: number) => apiFetch<DeaJob>(`${B}/dea-jobs/${id}`);
export const fetchDeaRuns = (roundId: number) => apiFetch<{ items: DeaRunSummary[] }>(`${B}/rounds/${roundId}/dea`);
export const fetchDeaRun = (id: number) => apiFetch<DeaRun>(`${B}/dea/${id}`);

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useGroups = () => useQuery({ queryKey: benchmarkKeys.groups, queryFn: fetchGroups });
export const useGroup = (id: number) =>
  useQuery({ queryKey: benchmarkKeys.group(id), queryFn: () => fetchGroup(id), enabled: on(id) });
export const useMeetings = (groupId: number, enabled = true) =>
  useQuery({
    queryKey: benchmarkKeys.meetings(groupId),
    queryFn: () => fetchMeetings(groupId),
    enabled: enabled && on(groupId),
  });
export const useMethodologies = (groupId: number | undefined) =>
  useQuery({
    queryKey: benchmarkKeys.methodologies(groupId ?? 0),
    queryFn: () => fetchMethodologies(groupId!),
    enabled: on(groupId),
  });
export const useMethodology = (id: number | undefined) =>
  useQuery({ queryKey: benchmarkKeys.methodology(id ?? 0), queryFn: () => fetchMethodology(id!), enabled: on(id) });
export const useRounds = (groupId: number | undefined) =>
  useQuery({
    queryKey: benchmarkKeys.rounds(groupId ?? 0),
    queryFn: () => fetchRounds(groupId!),
    enabled: on(groupId),
  });
export const useRound = (id: number) =>
  useQuery({ queryKey: benchmarkKeys.round(id), queryFn: () => fetchRound(id), enabled: on(id) });
export const useDataForm = (roundId: number, serviceId: number) =>
  useQuery({
    queryKey: benchmarkKeys.form(roundId, serviceId),
    queryFn: () => fetchForm(roundId, serviceId),
    enabled: on(roundId) && on(serviceId),
  });
export const useComparison = (roundId: number | undefined, query: Query, enabled = true) =>
  useQuery({
    queryKey: benchmarkKeys.comparison(roundId ?? 0, query),
    queryFn: () => fetchComparison(roundId!, query),
    enabled: enabled && on(roundId),
    placeholderData: keepPreviousData,
  });
export const useServiceScores = (serviceId: number | undefined, groupId?: number) =>
  useQuery({
    queryKey: benchmarkKeys.scores(serviceId ?? 0, groupId),
    queryFn: () => fetchServiceScores(serviceId!, groupId),
    enabled: on(serviceId),
  });
export const usePractices = (f: GoodPracticeFilters) =>
  useQuery({
    queryKey: benchmarkKeys.practices(f),
    queryFn: () => fetchPractices(f),
    placeholderData: keepPreviousData,
  });
export const usePractice = (id: number) =>
  useQuery({ queryKey: benchmarkKeys.practice(id), queryFn: () => fetchPractice(id), enabled: on(id) });
export const useDeaRuns = (roundId: number) =>
  useQuery({ queryKey: benchmarkKeys.deaRuns(roundId), queryFn: () => fetchDeaRuns(roundId), enabled: on(roundId) });
export const useDeaRun = (id: number | undefined) =>
  useQuery({ queryKey: benchmarkKeys.deaRun(id ?? 0), queryFn: () => fetchDeaRun(id!), enabled: on(id) });
/** A DEA job, polled every second while it is queued or running. */
export const useDeaJob = (id: number | undefined) =>
  useQuery({
    queryKey: benchmarkKeys.deaJob(id ?? 0),
    queryFn: () => fetchDeaJob(id!),
    enabled: on(id),
    refetchInterval: (q) => (deaJobActive(q.state.data) ? 1000 : false),
  });

/** Every round of the groups the user sees, with its group's name (pickers). */
export function useAllRounds() {
  const groups = useGroups();
  const lists = useQueries({
    queries: (groups.data?.items ?? []).map((g) => ({
      queryKey: benchmarkKeys.rounds(g.id),
      queryFn: () => fetchRounds(g.id),
    })),
  });
  const names = new Map((groups.data?.items ?? []).map((g) => [g.id, g.name]));
  const rounds = lists
    .flatMap((l) => l.data?.items ?? [])
    .map((r) => ({ ...r, group_name: names.get(r.group_id) ?? '' }));
  return { rounds, isPending: groups.isPending || lists.some((l) => l.isPending) };
}

/** A mutation that refreshes every benchmark query afterwards (data versions change together). */
export function useBenchmarkMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: benchmarkKeys.all }) });
}

/** Puts a fresh form answer into the cache (saving returns the whole form with its validation). */
export function useFormMutation<A>(roundId: number, serviceId: number, fn: (arg: A) => Promise<BmForm>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (form) => {
      qc.setQueryData(benchmarkKeys.form(roundId, serviceId), form);
      void qc.invalidateQueries({ queryKey: benchmarkKeys.round(roundId) });
    },
  });
}
