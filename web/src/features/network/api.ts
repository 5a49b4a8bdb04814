// Server calls of the network module's cards part and the region's portal settings (NETWORK_SPEC.md "HTTP API"
// [cards], [portal] settings) and their query hooks: the only place of the cards pages that knows the routes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../api/client';
import type {
  Activity,
  ActivityInput,
  AnswerInput,
  AttendanceItem,
  Card,
  CardComment,
  CardDetail,
  CardInput,
  CardVersion,
  CommentInput,
  Comparison,
  CoverageRoundOption,
  KindMeeting,
  List,
  MeetingInput,
  NeedArea,
  NeedAreaInput,
  PortalIndicator,
  PortalIndicatorInput,
  PortalSettings,
  PortalSettingsInput,
  Region,
  VersionInput,
} from './types';

const N = '/api/network';

/** `?region=` only when a region was chosen (the server defaults to the caller's region). */
export const regionQuery = (region: string | undefined): Query => (region ? { region } : {});

export const networkKeys = {
  all: ['network'] as const,
  regions: ['network', 'regions'] as const,
  needAreas: (region?: string, all = false) => ['network', 'need-areas', region ?? '', all] as const,
  activities: (kind: string, region?: string) => ['network', 'activities', kind, region ?? ''] as const,
  cards: (region?: string) => ['network', 'cards', region ?? ''] as const,
  card: (id: number) => ['network', 'card', id] as const,
  version: (id: number) => ['network', 'version', id] as const,
  compare: (id: number, other?: number) => ['network', 'compare', id, other ?? 0] as const,
  comments: (versionId: number) => ['network', 'comments', versionId] as const,
  myComments: ['network', 'comments', 'mine'] as const,
  meetings: (q: Query) => ['network', 'meetings', q] as const,
  meeting: (id: number) => ['network', 'meeting', id] as const,
  portal: (region?: string) => ['network', 'portal', region ?? ''] as const,
  indicators: (region?: string) => ['network', 'portal-indicators', region ?? ''] as const,
  rounds: (region?: string) => ['network', 'coverage-rounds', region ?? ''] as const,
};

// ---- regions, need areas, activities ----

export const fetchRegions = () => apiFetch<List<Region>>(`${N}/regions`);
export const fetchNeedAreas = (region?: string, all = false) =>
  apiFetch<List<NeedArea>>(`${N}/need-areas`, { query: { ...regionQuery(region), ...(all ? { all: 1 } : {}) } });
export const createNeedArea = (body: NeedAreaInput, region?: string) =>
  apiFetch<NeedArea>(`${N}/need-areas`, { method: 'POST', body, query: regionQuery(region) });
export const updateNeedArea = (id: number, body: NeedAreaInput) =>
  apiFetch<NeedArea>(`${N}/need-areas/${id}`, { method: 'PUT', body });
export const fetchActivities = (kind: string, region?: string) =>
  apiFetch<List<Activity>>(`${N}/activities`, { query: { kind, ...regionQuery(region) } });
export const createActivity = (body: ActivityInput, region?: string) =>
  apiFetch<Activity>(`${N}/activities`, { method: 'POST', body, query: regionQuery(region) });
export const updateActivity = (id: number, body: ActivityInput) =>
  apiFetch<Activity>(`${N}/activities/${id}`, { method: 'PUT', body });

// ---- cards and versions ----

export const fetchCards = (region?: string) => apiFetch<List<Card>>(`${N}/cards`, { query: regionQuery(region) });
export const createCard = (body: CardInput, region?: string) =>
  apiFetch<CardDetail>(`${N}/cards`, { method: 'POST', body, query: regionQuery(region) });
export const fetchCard = (id: number) => apiFetch<CardDetail>(`${N}/cards/${id}`);
export const newVersion = (cardId: number) =>
  apiFetch<CardVersion>(`${N}/cards/${cardId}/versions`, { method: 'POST' });
export const fetchVersion = (id: number) => apiFetch<CardVersion>(`${N}/card-versions/${id}`);
export const saveVersion = (id: number, body: VersionInput) =>
  apiFetch<CardVersion>(`${N}/card-versions/${id}`, { method: 'PUT', body });
export const sendVersion = (id: number, commentsUntil: string) =>
  apiFetch<CardVersion>(`${N}/card-versions/${id}/send`, { method: 'POST', body: { comments_until: commentsUntil } });
export const finaliseVersion = (id: number) =>
  apiFetch<CardVersion>(`${N}/card-versions/${id}/finalise`, { method: 'POST' });
export const publishVersion = (id: number) =>
  apiFetch<CardVersion>(`${N}/card-versions/${id}/publish`, { method: 'POST' });
export const fetchComparison = (id: number, other?: number) =>
  apiFetch<Comparison>(`${N}/card-versions/${id}/compare`, { query: other ? { with: other } : {} });

// ---- comments ----

export const fetchComments = (versionId: number) =>
  apiFetch<List<CardComment>>(`${N}/card-versions/${versionId}/comments`);
export const addComment = (versionId: number, body: CommentInput) =>
  apiFetch<CardComment>(`${N}/card-versions/${versionId}/comments`, { method: 'POST', body });
export const updateComment = (id: number, body: CommentInput) =>
  apiFetch<CardComment>(`${N}/comments/${id}`, { method: 'PUT', body });
export const answerComment = (id: number, body: AnswerInput) =>
  apiFetch<CardComment>(`${N}/comments/${id}/answer`, { method: 'POST', body });
export const fetchMyComments = () => apiFetch<List<CardComment>>(`${N}/comments/mine`);

// ---- meetings ----

export const fetchMeetings = (q: Query) => apiFetch<List<KindMeeting>>(`${N}/meetings`, { query: q });
export const fetchMeeting = (id: number) => apiFetch<KindMeeting>(`${N}/meetings/${id}`);
export const createMeeting = (body: MeetingInput, region?: string) =>
  apiFetch<KindMeeting>(`${N}/meetings`, { method: 'POST', body, query: regionQuery(region) });
export const updateMeeting = (id: number, body: MeetingInput) =>
  apiFetch<KindMeeting>(`${N}/meetings/${id}`, { method: 'PUT', body });
export const saveAttendance = (id: number, items: AttendanceItem[]) =>
  apiFetch<KindMeeting>(`${N}/meetings/${id}/attendance`, { method: 'PUT', body: { items } });

// ---- portal settings ----

export const fetchPortalSettings = (region?: string) =>
  apiFetch<PortalSettings>(`${N}/portal/settings`, { query: regionQuery(region) });
export const savePortalSettings = (body: PortalSettingsInput, region?: string) =>
  apiFetch<PortalSettings>(`${N}/portal/settings`, { method: 'PUT', body, query: regionQuery(region) });
export const fetchPortalIndicators = (region?: string) =>
  apiFetch<List<PortalIndicator>>(`${N}/portal/indicators`, { query: regionQuery(region) });
export const addPortalIndicator = (body: PortalIndicatorInput, region?: string) =>
  apiFetch<PortalIndicator>(`${N}/portal/indicators`, { method: 'POST', body, query: regionQuery(region) });
export const deletePortalIndicator = (id: number) =>
  apiFetch<void>(`${N}/portal/indicators/${id}`, { method: 'DELETE' });
/** The coverage rounds (coverage part's route): the portal shows a locked one. */
export const fetchCoverageRounds = (region?: string) =>
  apiFetch<List<CoverageRoundOption>>(`${N}/coverage/rounds`, { query: regionQuery(region) });

/** Printable pages are plain links (the browser sends the session cookie). */
export const networkLinks = {
  print: (versionId: number, lang: string) =>
    `${N}/card-versions/${versionId}/print${buildQueryString({ lang: lang === 'en' ? 'en' : 'cs' })}`,
  /** The region's portal (its own address when the settings name it), in Czech or English. */
  portal: (lang: string, regionCode?: string) =>
    `/portal/${lang === 'en' ? 'en/' : ''}${regionCode ? `${encodeURIComponent(regionCode)}/` : ''}`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useRegions = () => useQuery({ queryKey: networkKeys.regions, queryFn: fetchRegions, staleTime: 60_000 });
export const useNeedAreas = (region?: string, enabled = true, all = false) =>
  useQuery({ queryKey: networkKeys.needAreas(region, all), queryFn: () => fetchNeedAreas(region, all), enabled });
export const useActivities = (kind: string, region?: string, enabled = true) =>
  useQuery({
    queryKey: networkKeys.activities(kind, region),
    queryFn: () => fetchActivities(kind, region),
    enabled: enabled && !!kind,
    placeholderData: keepPreviousData,
  });
export const useCards = (region?: string) =>
  useQuery({ queryKey: networkKeys.cards(region), queryFn: () => fetchCards(region) });
export const useCard = (id: number) =>
  useQuery({ queryKey: networkKeys.card(id), queryFn: () => fetchCard(id), enabled: on(id) });
export const useVersion = (id: number) =>
  useQuery({ queryKey: networkKeys.version(id), queryFn: () => fetchVersion(id), enabled: on(id) });
export const useComparison = (id: number, other?: number, enabled = true) =>
  useQuery({
    queryKey: networkKeys.compare(id, other),
    queryFn: () => fetchComparison(id, other),
    enabled: enabled && on(id),
  });
export const useComments = (versionId: number) =>
  useQuery({
    queryKey: networkKeys.comments(versionId),
    queryFn: () => fetchComments(versionId),
    enabled: on(versionId),
  });
export const useMyComments = () => useQuery({ queryKey: networkKeys.myComments, queryFn: fetchMyComments });
export const useMeetings = (q: Query) =>
  useQuery({ queryKey: networkKeys.meetings(q), queryFn: () => fetchMeetings(q), placeholderData: keepPreviousData });
export const useMeeting = (id: number) =>
  useQuery({ queryKey: networkKeys.meeting(id), queryFn: () => fetchMeeting(id), enabled: on(id) });
export const usePortalSettings = (region?: string) =>
  useQuery({ queryKey: networkKeys.portal(region), queryFn: () => fetchPortalSettings(region) });
export const usePortalIndicators = (region?: string) =>
  useQuery({ queryKey: networkKeys.indicators(region), queryFn: () => fetchPortalIndicators(region) });
export const useCoverageRounds = (region?: string) =>
  useQuery({ queryKey: networkKeys.rounds(region), queryFn: () => fetchCoverageRounds(region), retry: false });

/** A write of the module: afterwards every network query is fetched again (a comment moves the card's counts). */
export function useNetworkMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: networkKeys.all }) });
}
