// Server calls of the people module (PEOPLE_SPEC.md "HTTP API": staff, training, cooperation, projects) and their
// query hooks: the only place of the module that knows the routes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQueryString, type Query } from '../../api/client';
import type {
  AbsenceInput,
  Activity,
  ActivityInput,
  ActionUpdate,
  AgreedAction,
  AgreedActionInput,
  AppraisalInput,
  AttendanceItem,
  BudgetLine,
  EducationPlanInput,
  ExternalTrainingInput,
  FeedbackInput,
  FeedbackResults,
  Linked,
  List,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingPlanInput,
  Module,
  ModuleDetail,
  ModuleInput,
  MonitoringReport,
  Partner,
  PartnerInput,
  PeopleOrganisation,
  Project,
  ProjectDetail,
  ProjectInput,
  Publicity,
  PublicityInput,
  BudgetLineInput,
  ExpenseInput,
  FeedbackReceipt,
  IndicatorValue,
  IndicatorValueInput,
  IndicatorInput,
  ProjectIndicator,
  RegionalReport,
  RegistrationResult,
  RequirementReport,
  RunPlanInput,
  Session,
  SessionDetail,
  SessionInput,
  SupervisionReport,
  Worker,
  WorkerDetail,
  WorkerInput,
} from './types';

const P = '/api/people';

export const peopleKeys = {
  all: ['people'] as const,
  organisations: ['people', 'organisations'] as const,
  workers: (q: Query) => ['people', 'workers', q] as const,
  worker: (id: number) => ['people', 'worker', id] as const,
  requirement: (q: Query) => ['people', 'requirement', q] as const,
  regional: (q: Query) => ['people', 'regional', q] as const,
  supervision: (q: Query) => ['people', 'supervision', q] as const,
  modules: (q: Query) => ['people', 'modules', q] as const,
  module: (id: number) => ['people', 'module', id] as const,
  sessions: (q: Query) => ['people', 'sessions', q] as const,
  session: (id: number) => ['people', 'session', id] as const,
  feedback: (q: Query) => ['people', 'feedback', q] as const,
  partners: (q: Query) => ['people', 'partners', q] as const,
  meetings: (q: Query) => ['people', 'meetings', q] as const,
  meeting: (id: number) => ['people', 'meeting', id] as const,
  projects: (q: Query) => ['people', 'projects', q] as const,
  project: (id: number) => ['people', 'project', id] as const,
  candidates: (q: Query) => ['people', 'link-candidates', q] as const,
  monitoring: (id: number, q: Query) => ['people', 'project', id, 'monitoring', q] as const,
};

// ---- staff ----

export const fetchOrganisations = () => apiFetch<List<PeopleOrganisation>>(`${P}/organisations`);
export const fetchWorkers = (q: Query) => apiFetch<List<Worker>>(`${P}/workers`, { query: q });
export const fetchWorker = (id: number) => apiFetch<WorkerDetail>(`${P}/workers/${id}`);
export const createWorker = (body: WorkerInput) => apiFetch<WorkerDetail>(`${P}/workers`, { method: 'POST', body });
export const updateWorker = (id: number, body: WorkerInput) =>
  apiFetch<WorkerDetail>(`${P}/workers/${id}`, { method: 'PUT', body });
export const deleteWorker = (id: number) => apiFetch<void>(`${P}/workers/${id}`, { method: 'DELETE' });
export const addAbsence = (workerId: number, body: AbsenceInput) =>
  apiFetch<WorkerDetail>(`${P}/workers/${workerId}/absences`, { method: 'POST', body });
export const deleteAbsence = (id: number) => apiFetch<void>(`${P}/absences/${id}`, { method: 'DELETE' });
export const addExternalTraining = (workerId: number, body: ExternalTrainingInput) =>
  apiFetch<WorkerDetail>(`${P}/workers/${workerId}/trainings`, { method: 'POST', body });
export const deleteExternalTraining = (id: number) => apiFetch<void>(`${P}/trainings/${id}`, { method: 'DELETE' });
export const addEducationPlan = (workerId: number, body: EducationPlanInput) =>
  apiFetch<WorkerDetail>(`${P}/workers/${workerId}/education-plans`, { method: 'POST', body });
export const updateEducationPlan = (id: number, body: EducationPlanInput) =>
  apiFetch<WorkerDetail>(`${P}/education-plans/${id}`, { method: 'PUT', body });
export const addAppraisal = (workerId: number, body: AppraisalInput) =>
  apiFetch<WorkerDetail>(`${P}/workers/${workerId}/appraisals`, { method: 'POST', body });
export const fetchRequirement = (q: Query) => apiFetch<RequirementReport>(`${P}/requirement`, { query: q });
export const fetchRegional = (q: Query) => apiFetch<RegionalReport>(`${P}/requirement/regional`, { query: q });
export const fetchSupervision = (q: Query) => apiFetch<SupervisionReport>(`${P}/supervision`, { query: q });

// ---- training ----

export const fetchModules = (q: Query) => apiFetch<List<Module>>(`${P}/modules`, { query: q });
export const fetchModule = (id: number) => apiFetch<ModuleDetail>(`${P}/modules/${id}`);
export const createModule = (body: ModuleInput) => apiFetch<ModuleDetail>(`${P}/modules`, { method: 'POST', body });
export const updateModule = (id: number, body: ModuleInput) =>
  apiFetch<ModuleDetail>(`${P}/modules/${id}`, { method: 'PUT', body });
export const runPlan = (moduleId: number, body: RunPlanInput) =>
  apiFetch<ModuleDetail>(`${P}/modules/${moduleId}/run-plan`, { method: 'POST', body });
export const fetchSessions = (q: Query) => apiFetch<List<Session>>(`${P}/sessions`, { query: q });
export const fetchSession = (id: number) => apiFetch<SessionDetail>(`${P}/sessions/${id}`);
export const createSession = (body: SessionInput) => apiFetch<SessionDetail>(`${P}/sessions`, { method: 'POST', body });
export const updateSession = (id: number, body: SessionInput) =>
  apiFetch<SessionDetail>(`${P}/sessions/${id}`, { method: 'PUT', body });
export const openSession = (id: number) => apiFetch<SessionDetail>(`${P}/sessions/${id}/open`, { method: 'POST' });
export const cancelSession = (id: number) => apiFetch<SessionDetail>(`${P}/sessions/${id}/cancel`, { method: 'POST' });
export const registerWorkers = (sessionId: number, workerIds: number[]) =>
  apiFetch<RegistrationResult>(`${P}/sessions/${sessionId}/registrations`, {
    method: 'POST',
    body: { worker_ids: workerIds },
  });
export const cancelRegistration = (id: number) =>
  apiFetch<SessionDetail>(`${P}/registrations/${id}/cancel`, { method: 'POST' });
export const putAttendance = (sessionId: number, items: AttendanceItem[]) =>
  apiFetch<SessionDetail>(`${P}/sessions/${sessionId}/attendance`, { method: 'PUT', body: { items } });
export const sendFeedback = (sessionId: number, body: FeedbackInput) =>
  apiFetch<FeedbackReceipt>(`${P}/sessions/${sessionId}/feedback`, { method: 'POST', body });
export const fetchFeedback = (q: Query) => apiFetch<FeedbackResults>(`${P}/feedback`, { query: q });

// ---- cooperation ----

export const fetchPartners = (q: Query) => apiFetch<List<Partner>>(`${P}/partners`, { query: q });
export const createPartner = (body: PartnerInput) => apiFetch<Partner>(`${P}/partners`, { method: 'POST', body });
export const updatePartner = (id: number, body: PartnerInput) =>
  apiFetch<Partner>(`${P}/partners/${id}`, { method: 'PUT', body });
export const fetchMeetings = (q: Query) => apiFetch<List<Meeting>>(`${P}/meetings`, { query: q });
export const fetchMeeting = (id: number) => apiFetch<MeetingDetail>(`${P}/meetings/${id}`);
export const createMeeting = (body: MeetingInput) => apiFetch<MeetingDetail>(`${P}/meetings`, { method: 'POST', body });
export const updateMeeting = (id: number, body: MeetingInput) =>
  apiFetch<MeetingDetail>(`${P}/meetings/${id}`, { method: 'PUT', body });
export const planMeetings = (body: MeetingPlanInput) =>
  apiFetch<List<Meeting>>(`${P}/meetings/plan`, { method: 'POST', body });
export const addAgreedAction = (meetingId: number, body: AgreedActionInput) =>
  apiFetch<AgreedAction>(`${P}/meetings/${meetingId}/actions`, { method: 'POST', body });
export const updateAgreedAction = (id: number, body: ActionUpdate) =>
  apiFetch<AgreedAction>(`${P}/actions/${id}`, { method: 'PUT', body });

// ---- projects ----

export const fetchProjects = (q: Query) => apiFetch<List<Project>>(`${P}/projects`, { query: q });
export const fetchProject = (id: number) => apiFetch<ProjectDetail>(`${P}/projects/${id}`);
export const createProject = (body: ProjectInput) => apiFetch<Project>(`${P}/projects`, { method: 'POST', body });
export const updateProject = (id: number, body: ProjectInput) =>
  apiFetch<Project>(`${P}/projects/${id}`, { method: 'PUT', body });
export const addActivity = (projectId: number, body: ActivityInput) =>
  apiFetch<Activity>(`${P}/projects/${projectId}/activities`, { method: 'POST', body });
export const updateActivity = (id: number, body: ActivityInput) =>
  apiFetch<Activity>(`${P}/activities/${id}`, { method: 'PUT', body });
export const deleteActivity = (id: number) => apiFetch<void>(`${P}/activities/${id}`, { method: 'DELETE' });
export const addLink = (activityId: number, kind: string, objectId: number) =>
  apiFetch<Linked>(`${P}/activities/${activityId}/links`, { method: 'POST', body: { kind, object_id: objectId } });
export const removeLink = (activityId: number, kind: string, objectId: number) =>
  apiFetch<void>(`${P}/activities/${activityId}/links`, { method: 'DELETE', query: { kind, object_id: objectId } });
export const fetchLinkCandidates = (q: Query) => apiFetch<List<Linked>>(`${P}/link-candidates`, { query: q });
export const addBudgetLine = (projectId: number, body: BudgetLineInput) =>
  apiFetch<BudgetLine>(`${P}/projects/${projectId}/budget-lines`, { method: 'POST', body });
export const addExpense = (projectId: number, body: ExpenseInput) =>
  apiFetch<unknown>(`${P}/projects/${projectId}/expenses`, { method: 'POST', body });
export const addIndicator = (projectId: number, body: IndicatorInput) =>
  apiFetch<ProjectIndicator>(`${P}/projects/${projectId}/indicators`, { method: 'POST', body });
export const addPublicity = (projectId: number, body: PublicityInput) =>
  apiFetch<Publicity>(`${P}/projects/${projectId}/publicity`, { method: 'POST', body });
export const addIndicatorValue = (indicatorId: number, body: IndicatorValueInput) =>
  apiFetch<IndicatorValue>(`${P}/indicators/${indicatorId}/values`, { method: 'POST', body });
export const updatePublicity = (id: number, body: PublicityInput) =>
  apiFetch<Publicity>(`${P}/publicity/${id}`, { method: 'PUT', body });
export const updateBudgetLine = (id: number, body: BudgetLineInput) =>
  apiFetch<BudgetLine>(`${P}/budget-lines/${id}`, { method: 'PUT', body });
export const updateExpense = (id: number, body: ExpenseInput) =>
  apiFetch<unknown>(`${P}/expenses/${id}`, { method: 'PUT', body });
export const updateIndicator = (id: number, body: IndicatorInput) =>
  apiFetch<ProjectIndicator>(`${P}/indicators/${id}`, { method: 'PUT', body });
/** The parts of a project that are deleted by their own id. */
export type ProjectPart = 'budget-lines' | 'expenses' | 'indicators' | 'publicity';
export const deleteProjectPart = (part: ProjectPart, id: number) =>
  apiFetch<void>(`${P}/${part}/${id}`, { method: 'DELETE' });
export const fetchMonitoring = (projectId: number, q: Query) =>
  apiFetch<MonitoringReport>(`${P}/projects/${projectId}/monitoring`, { query: q });

/** Files and printable pages are plain links (the browser sends the session cookie). */
export const peopleLinks = {
  certificatePdf: (registrationId: number) => `${P}/registrations/${registrationId}/certificate.pdf`,
  certificateHtml: (registrationId: number) => `${P}/registrations/${registrationId}/certificate.html`,
  requirementXlsx: (q: Query) => `${P}/requirement/export.xlsx${buildQueryString(q)}`,
  monitoringHtml: (projectId: number, q: Query, lang: string) =>
    `${P}/projects/${projectId}/monitoring.html${buildQueryString({ ...q, lang })}`,
  monitoringXlsx: (projectId: number, q: Query) => `${P}/projects/${projectId}/monitoring.xlsx${buildQueryString(q)}`,
};

// ---- hooks ----

const on = (id: number | undefined): id is number => typeof id === 'number' && id > 0;

export const useOrganisations = () =>
  useQuery({ queryKey: peopleKeys.organisations, queryFn: fetchOrganisations, staleTime: 60_000 });
export const useWorkers = (q: Query, enabled = true) =>
  useQuery({
    queryKey: peopleKeys.workers(q),
    queryFn: () => fetchWorkers(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useWorker = (id: number) =>
  useQuery({ queryKey: peopleKeys.worker(id), queryFn: () => fetchWorker(id), enabled: on(id) });
export const useRequirement = (q: Query, enabled = true) =>
  useQuery({
    queryKey: peopleKeys.requirement(q),
    queryFn: () => fetchRequirement(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useRegional = (q: Query, enabled = true) =>
  useQuery({
    queryKey: peopleKeys.regional(q),
    queryFn: () => fetchRegional(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useSupervision = (q: Query, enabled = true) =>
  useQuery({ queryKey: peopleKeys.supervision(q), queryFn: () => fetchSupervision(q), enabled });
export const useModules = (q: Query) =>
  useQuery({ queryKey: peopleKeys.modules(q), queryFn: () => fetchModules(q), placeholderData: keepPreviousData });
export const useModule = (id: number) =>
  useQuery({ queryKey: peopleKeys.module(id), queryFn: () => fetchModule(id), enabled: on(id) });
export const useSessions = (q: Query, enabled = true) =>
  useQuery({
    queryKey: peopleKeys.sessions(q),
    queryFn: () => fetchSessions(q),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useSession = (id: number) =>
  useQuery({ queryKey: peopleKeys.session(id), queryFn: () => fetchSession(id), enabled: on(id) });
export const useFeedback = (q: Query, enabled = true) =>
  useQuery({ queryKey: peopleKeys.feedback(q), queryFn: () => fetchFeedback(q), enabled, retry: false });
export const usePartners = (q: Query, enabled = true) =>
  useQuery({ queryKey: peopleKeys.partners(q), queryFn: () => fetchPartners(q), enabled });
export const useMeetings = (q: Query, enabled = true) =>
  useQuery({ queryKey: peopleKeys.meetings(q), queryFn: () => fetchMeetings(q), enabled });
export const useMeeting = (id: number) =>
  useQuery({ queryKey: peopleKeys.meeting(id), queryFn: () => fetchMeeting(id), enabled: on(id) });
export const useProjects = (q: Query, enabled = true) =>
  useQuery({ queryKey: peopleKeys.projects(q), queryFn: () => fetchProjects(q), enabled });
export const useProject = (id: number) =>
  useQuery({ queryKey: peopleKeys.project(id), queryFn: () => fetchProject(id), enabled: on(id) });
export const useLinkCandidates = (q: Query, enabled: boolean) =>
  useQuery({ queryKey: peopleKeys.candidates(q), queryFn: () => fetchLinkCandidates(q), enabled });
export const useMonitoring = (id: number, q: Query, enabled = true) =>
  useQuery({
    queryKey: peopleKeys.monitoring(id, q),
    queryFn: () => fetchMonitoring(id, q),
    enabled: enabled && on(id),
    placeholderData: keepPreviousData,
  });

/** A write of the module: afterwards every people query is fetched again (registrations move requirement states). */
export function usePeopleMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: peopleKeys.all }) });
}
