// Server calls of the notifications and their query hooks: the list (the bell polls it), read marks and the
// e-mail preferences.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import type { NotificationList, NotificationPreferences, NotificationPreferencesInput } from './types';

export const notificationKeys = {
  list: ['notifications'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** How often the bell asks again (ms). */
export const POLL_MS = 60_000;

export const fetchNotifications = () => apiFetch<NotificationList>('/api/notifications');
export const markRead = (body: { keys?: string[]; all?: boolean }) =>
  apiFetch<{ unread: number }>('/api/notifications/read', { method: 'POST', body });
export const fetchPreferences = () => apiFetch<NotificationPreferences>('/api/notifications/preferences');
export const savePreferences = (body: NotificationPreferencesInput) =>
  apiFetch<NotificationPreferences>('/api/notifications/preferences', { method: 'PUT', body });

export function useNotifications() {
  return useQuery({ queryKey: notificationKeys.list, queryFn: fetchNotifications, refetchInterval: POLL_MS });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.list, exact: true }),
  });
}

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: fetchPreferences });
}

export function useSaveNotificationPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (data) => qc.setQueryData(notificationKeys.preferences, data),
  });
}
