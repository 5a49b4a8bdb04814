// The message shown for a failed call: the server's own text when it gave one (it is already
// in the user's language), otherwise a translated text for the code.
import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

const KNOWN = new Set([
  'invalid_input',
  'invalid_credentials',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'too_many_requests',
  'unavailable',
  'network',
  'unknown',
]);

export function errorCode(e: unknown): string {
  return isApiError(e) ? e.code : 'unknown';
}

export function errorMessage(e: unknown, t: TFunction): string {
  if (isApiError(e)) {
    const generic = KNOWN.has(e.code) ? t(`errors.${e.code}`) : t('errors.unknown');
    if (e.code === 'network') return generic;
    return e.message && e.message !== e.code ? e.message : generic;
  }
  return t('errors.unknown');
}

/** A 404: the record does not exist or the caller may not see it (the server answers the same for both). */
export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.status === 404;
}

// Paths whose detail pages live under one list page of another path.
const LIST_OF: Record<string, string> = {
  '/benchmarking/groups': '/benchmarking',
  '/benchmarking/rounds': '/benchmarking',
  '/benchmarking/methodologies': '/benchmarking',
  '/benchmarking/dea': '/benchmarking',
};

/**
 * The list a detail page belongs to, for the "back to the list" link of a missing record: the path up to
 * its first id (/quality/audits/12 → /quality/audits), the start page when the path has no id.
 */
export function listPathFor(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  const id = parts.findIndex((p) => /^\d+$/.test(p));
  if (id <= 0) return '/';
  const list = '/' + parts.slice(0, id).join('/');
  return LIST_OF[list] ?? list;
}
