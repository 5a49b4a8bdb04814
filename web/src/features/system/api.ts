// Server calls of the system module (audit log).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import type { AuditEntry } from './types';
import type { Page } from '../../api/types';
import { auditApiQuery, type AuditFilters } from './auditFilters';

export function fetchAuditLog(f: AuditFilters): Promise<Page<AuditEntry>> {
  return apiFetch<Page<AuditEntry>>('/api/audit-log', { query: auditApiQuery(f) });
}

export function useAuditLog(f: AuditFilters) {
  return useQuery({ queryKey: ['audit-log', f], queryFn: () => fetchAuditLog(f), placeholderData: keepPreviousData });
}
