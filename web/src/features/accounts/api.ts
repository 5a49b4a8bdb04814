// Server calls of the accounts module: session, own profile, users and memberships.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, setCsrfToken } from '../../api/client';
import type { CurrentUser, Language, MembershipInput, Page, Session } from '../../api/types';
import type { EndedSessions, SessionList, User, UserCreate, UserUpdate } from './types';
import type { UserFilters } from './userFilters';

export async function login(loginName: string, password: string): Promise<Session> {
  const s = await apiFetch<Session>('/api/session', {
    method: 'POST',
    body: { login: loginName, password },
    skipAuthRedirect: true,
  });
  setCsrfToken(s.csrf_token);
  return s;
}

/** The current session, or null when not logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const s = await apiFetch<Session>('/api/session', { skipAuthRedirect: true });
    setCsrfToken(s.csrf_token);
    return s;
  } catch (e) {
    if ((e as { status?: number }).status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function logout(): Promise<void> {
  try {
    await apiFetch<void>('/api/session', { method: 'DELETE', skipAuthRedirect: true });
  } finally {
    setCsrfToken(null);
  }
}

export function updateMe(patch: { language?: Language; display_name?: string }): Promise<CurrentUser> {
  return apiFetch<CurrentUser>('/api/me', { method: 'PATCH', body: patch });
}

// ---- own sessions (OWASP ASVS 3.3.4) ----

export const sessionKeys = { mine: ['me', 'sessions'] as const };

export function fetchMySessions(): Promise<SessionList> {
  return apiFetch<SessionList>('/api/me/sessions');
}

export function endMySession(id: number): Promise<void> {
  return apiFetch<void>(`/api/me/sessions/${id}`, { method: 'DELETE' });
}

export function endMyOtherSessions(): Promise<EndedSessions> {
  return apiFetch<EndedSessions>('/api/me/sessions/end-others', { method: 'POST' });
}

/** Changes the own password; the server ends every other session and renews this one, so the CSRF token
 * it answers with replaces the old one (the next write would get 403 otherwise). */
export async function changePassword(body: { current_password: string; new_password: string }): Promise<Session> {
  const s = await apiFetch<Session>('/api/me/password', { method: 'POST', body });
  setCsrfToken(s.csrf_token);
  return s;
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => qc.invalidateQueries({ queryKey: sessionKeys.mine }),
  });
}

export function useMySessions() {
  return useQuery({ queryKey: sessionKeys.mine, queryFn: fetchMySessions });
}

export function useEndMySession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: endMySession,
    onSettled: () => qc.invalidateQueries({ queryKey: sessionKeys.mine }),
  });
}

export function useEndMyOtherSessions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: endMyOtherSessions,
    onSettled: () => qc.invalidateQueries({ queryKey: sessionKeys.mine }),
  });
}

export const userKeys = {
  all: ['users'] as const,
  list: (f: UserFilters) => ['users', f] as const,
  options: ['users', 'options'] as const,
};

export function fetchUsers(f: UserFilters): Promise<Page<User>> {
  return apiFetch<Page<User>>('/api/users', { query: { q: f.q, page: f.page, page_size: f.page_size } });
}

export function createUser(body: UserCreate): Promise<User> {
  return apiFetch<User>('/api/users', { method: 'POST', body });
}

export function updateUser(id: number, body: UserUpdate): Promise<User> {
  return apiFetch<User>(`/api/users/${id}`, { method: 'PATCH', body });
}

export function replaceMemberships(id: number, memberships: MembershipInput[]): Promise<User> {
  return apiFetch<User>(`/api/users/${id}/memberships`, { method: 'PUT', body: { memberships } });
}

// ---- hooks ----

export function useUsers(f: UserFilters) {
  return useQuery({ queryKey: userKeys.list(f), queryFn: () => fetchUsers(f), placeholderData: keepPreviousData });
}

/** Users for a picker (audit log filter): the first 200. */
export function useUserOptions(enabled: boolean) {
  return useQuery({
    queryKey: userKeys.options,
    queryFn: () => fetchUsers({ page: 1, page_size: 200 }),
    enabled,
    staleTime: 5 * 60 * 1000,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }) });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UserUpdate }) => updateUser(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useReplaceMemberships() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, memberships }: { id: number; memberships: MembershipInput[] }) =>
      replaceMemberships(id, memberships),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
