import { isApiError } from '../../api/client';

export type LoginErrorKind = 'wrong_password' | 'throttled' | 'other';

/** 401 invalid_credentials → wrong password; 429 → throttled; anything else is shown as it came. */
export function loginErrorKind(e: unknown): LoginErrorKind {
  if (!isApiError(e)) return 'other';
  if (e.code === 'invalid_credentials' || (e.status === 401 && e.code === 'unauthorized')) return 'wrong_password';
  if (e.status === 429 || e.code === 'too_many_requests') return 'throttled';
  return 'other';
}
