// The message shown for a failed call: the server's own text when it gave one (it is already
// in the user's language), otherwise a translated text for the code.
import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

const KNOWN = new Set([
  'invalid_input', 'invalid_credentials', 'unauthorized', 'forbidden', 'not_found', 'conflict',
  'payload_too_large', 'too_many_requests', 'unavailable', 'network', 'unknown',
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
