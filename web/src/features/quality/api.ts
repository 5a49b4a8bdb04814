// Server calls of the quality module (audit side: standards, templates, audits, findings, actions,
// overview) and their query hooks. The only place of the module that knows the routes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch, buildQueryString, errorFromResponse, getCsrfToken, type Query } from '../../api/client';
import i18n from '../../i18n';
import type {
  QAction,
  QActionInput,
  QActionList,
  QAssessmentInput,
  QAudit,
  QAuditInput,
  QAuditList,
  QComparison,
  QEvidence,
  QFinding,
  QFindingInput,
  QImportResult,
  QIndicatorChoiceList,
  QOverview,
  QServiceRefList,
  QSet,
  QSetInput,
  QSetList,
  QTemplate,
  QTemplateInput,
  QTemplateList,
  QTransitionInput,
} from './types';

const Q = '/api/quality';

export const qualityKeys = {
  all: ['quality'] as const,
  overview: (set?: string, founder?: string, page = 1, pageSize = OVERVIEW_PAGE_SIZE) =>
    ['quality', 'overview', set ?? null, founder ?? null, page, pageSize] as const,
  sets: ['quality', 'sets'] as const,
  set: (id: number) => ['quality', 'set', id] as const,
  templates: ['quality', 'templates'] as const,
  template: (id: number) => ['quality', 'template', id] as const,
  audits: (q: Query) => ['quality', 'audits', q] as const,
  audit: (id: number) => ['quality', 'audit', id] as const,
  comparison: (id: number) => ['quality', 'audit', id, 'comparison'] as const,
  actions: (q: Query) => ['quality', 'actions', q] as const,
  action: (id: number) => ['quality', 'action', id] as const,
  indicatorChoices: (auditId: number) => ['quality', 'audit', auditId, 'indicators'] as const,
};

// ---- standards library ----

export const fetchSets = () => apiFetch<QSetList>(`${Q}/sets`);
export const fetchSet = (id: number) => apiFetch<QSet>(`${Q}/sets/${id}`);
export const createSet = (body: QSetInput) => apiFetch<QSet>(`${Q}/sets`, { method: 'POST', body });
export const createSetVersion = (id: number, body: QSetInput) =>
  apiFetch<QSet>(`${Q}/sets/${id}/versions`, { method: 'POST', body });

/**
 * Imports criteria from CSV. A 422 answer is the same QImportResult with its problems (no error
 * wrapper), so it is returned, not thrown.
 */
export async function importSetCsv(
  id: number,
  csv: string,
  opts: { dryRun: boolean; validFrom?: string },
): Promise<QImportResult> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language === 'en' ? 'en' : 'cs',
    'Content-Type': 'text/csv; charset=utf-8',
  };
  const csrf = getCsrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const path = `${Q}/sets/${id}/import${buildQueryString({ dry_run: opts.dryRun ? 1 : undefined, valid_from: opts.validFrom })}`;
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers, body: csv, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error)?.message ?? 'network error');
  }
  if (res.status === 422) {
    const body = (await res
      .clone()
      .json()
      .catch(() => null)) as Partial<QImportResult> | null;
    if (body && Array.isArray(body.problems)) {
      return {
        dry_run: opts.dryRun,
        created: null,
        changes: body.changes ?? [],
        unchanged: body.unchanged ?? 0,
        other_set_rows: body.other_set_rows ?? 0,
        problems: body.problems,
        problems_total: body.problems_total ?? body.problems.length,
      };
    }
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as QImportResult;
}

// ---- templates ----

export const fetchTemplates = () => apiFetch<QTemplateList>(`${Q}/templates`);
export const createTemplate = (body: QTemplateInput) => apiFetch<QTemplate>(`${Q}/templates`, { method: 'POST', body });
export const updateTemplate = (id: number, body: QTemplateInput) =>
  apiFetch<QTemplate>(`${Q}/templates/${id}`, { method: 'PATCH', body });

// ---- audits ----

export const fetchAudits = (q: Query) => apiFetch<QAuditList>(`${Q}/audits`, { query: q });
export const fetchAudit = (id: number) => apiFetch<QAudit>(`${Q}/audits/${id}`);
export const createAudit = (body: QAuditInput) => apiFetch<QAudit>(`${Q}/audits`, { method: 'POST', body });
export const updateAudit = (id: number, body: QAuditInput) =>
  apiFetch<QAudit>(`${Q}/audits/${id}`, { method: 'PATCH', body });
export const putAssessments = (id: number, assessments: QAssessmentInput[]) =>
  apiFetch<QAudit>(`${Q}/audits/${id}/assessments`, { method: 'PUT', body: { assessments } });
export const closeAudit = (id: number) => apiFetch<QAudit>(`${Q}/audits/${id}/close`, { method: 'POST' });
export const reopenAudit = (id: number) => apiFetch<QAudit>(`${Q}/audits/${id}/reopen`, { method: 'POST' });
export const fetchComparison = (id: number) => apiFetch<QComparison>(`${Q}/audits/${id}/comparison`);

export const createFinding = (auditId: number, body: QFindingInput) =>
  apiFetch<QFinding>(`${Q}/audits/${auditId}/findings`, { method: 'POST', body });
export const updateFinding = (id: number, body: QFindingInput) =>
  apiFetch<QFinding>(`${Q}/findings/${id}`, { method: 'PATCH', body });
export const deleteFinding = (id: number) => apiFetch<void>(`${Q}/findings/${id}`, { method: 'DELETE' });
export const createAction = (findingId: number, body: QActionInput) =>
  apiFetch<QAction>(`${Q}/findings/${findingId}/actions`, { method: 'POST', body });

// ---- actions ----

export const fetchActions = (q: Query) => apiFetch<QActionList>(`${Q}/actions`, { query: q });
export const fetchAction = (id: number) => apiFetch<QAction>(`${Q}/actions/${id}`);
export const updateAction = (id: number, body: QActionInput) =>
  apiFetch<QAction>(`${Q}/actions/${id}`, { method: 'PATCH', body });
export const transitionAction = (id: number, body: QTransitionInput) =>
  apiFetch<QAction>(`${Q}/actions/${id}/transition`, { method: 'POST', body });

/** Services to choose for an audit (the registry's public facts), for those who conduct audits. */
export const fetchAuditableServices = (q: string) =>
  apiFetch<QServiceRefList>(`${Q}/services`, { query: { q: q || undefined, limit: 20 } });
export const qualityServiceSearchKey = (q: string) => ['quality', 'services', q] as const;

/** Closed audits per page of the overview's table (the server counts and tallies all of them). */
export const OVERVIEW_PAGE_SIZE = 25;
export const fetchOverview = (set?: string, founder?: string, page = 1, pageSize = OVERVIEW_PAGE_SIZE) =>
  apiFetch<QOverview>(`${Q}/overview`, { query: { set, founder, page, page_size: pageSize } });

// ---- evidence (raw file bodies) ----

/** Sends a file as the raw request body (not multipart), as the evidence routes expect. */
export async function uploadRaw<T>(path: string, file: Blob & { name?: string }, query: Query): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language === 'en' ? 'en' : 'cs',
    'Content-Type': file.type || 'application/octet-stream',
  };
  const csrf = getCsrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path + buildQueryString(query), {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error)?.message ?? 'network error');
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}

export const uploadAuditEvidence = (auditId: number, file: File, criterionId?: number) =>
  uploadRaw<QEvidence>(`${Q}/audits/${auditId}/evidence`, file, { file_name: file.name, criterion_id: criterionId });
export const uploadActionEvidence = (actionId: number, file: File) =>
  uploadRaw<QEvidence>(`${Q}/actions/${actionId}/evidence`, file, { file_name: file.name });
export const deleteEvidence = (id: number) => apiFetch<void>(`${Q}/evidence/${id}`, { method: 'DELETE' });

/** Files and printable pages are plain links (the browser sends the session cookie). */
export const qualityLinks = {
  evidence: (id: number) => `${Q}/evidence/${id}`,
  report: (auditId: number) => `${Q}/audits/${auditId}/report`,
  // CSV with semicolons and decimal commas, as Excel in Czech opens it in columns (like the benchmarking exports)
  auditExport: (auditId: number, format: 'xlsx' | 'csv') =>
    `${Q}/audits/${auditId}/export.${format}${format === 'csv' ? '?delimiter=semicolon' : ''}`,
  actionsExport: (format: 'xlsx' | 'csv', q: Query) =>
    `${Q}/actions/export.${format}${buildQueryString(format === 'csv' ? { ...q, delimiter: 'semicolon' } : q)}`,
  setExport: (setId: number) => `${Q}/sets/${setId}/export.csv`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useOverview = (set?: string, founder?: string, page = 1) =>
  useQuery({
    queryKey: qualityKeys.overview(set, founder, page),
    queryFn: () => fetchOverview(set, founder, page),
    placeholderData: keepPreviousData,
  });
export const useSets = () => useQuery({ queryKey: qualityKeys.sets, queryFn: fetchSets });
export const useSet = (id: number) =>
  useQuery({ queryKey: qualityKeys.set(id), queryFn: () => fetchSet(id), enabled: on(id) });
export const useTemplates = () => useQuery({ queryKey: qualityKeys.templates, queryFn: fetchTemplates });
export const useAudits = (q: Query) =>
  useQuery({ queryKey: qualityKeys.audits(q), queryFn: () => fetchAudits(q), placeholderData: keepPreviousData });
export const useAudit = (id: number) =>
  useQuery({ queryKey: qualityKeys.audit(id), queryFn: () => fetchAudit(id), enabled: on(id) });
export const useComparison = (id: number, enabled: boolean) =>
  useQuery({ queryKey: qualityKeys.comparison(id), queryFn: () => fetchComparison(id), enabled: enabled && on(id) });
export const useActions = (q: Query) =>
  useQuery({ queryKey: qualityKeys.actions(q), queryFn: () => fetchActions(q), placeholderData: keepPreviousData });
export const fetchIndicatorChoices = (auditId: number) =>
  apiFetch<QIndicatorChoiceList>(`${Q}/audits/${auditId}/indicators`);
/** Benchmark indicators an action of the audit may be linked to (the audited organisation's working groups). */
export const useIndicatorChoices = (auditId: number, enabled = true) =>
  useQuery({
    queryKey: qualityKeys.indicatorChoices(auditId),
    queryFn: () => fetchIndicatorChoices(auditId),
    enabled: enabled && on(auditId),
  });
export const useAction = (id: number) =>
  useQuery({ queryKey: qualityKeys.action(id), queryFn: () => fetchAction(id), enabled: on(id) });

/** A mutation that refreshes every quality query afterwards (audits, actions and overview change together). */
export function useQualityMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: qualityKeys.all }) });
}
