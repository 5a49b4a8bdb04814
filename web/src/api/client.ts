// The one fetch wrapper of the front end. Every server call goes through `apiFetch`
// (from a feature's api.ts), which
//  - sends the session cookie (same origin),
//  - adds X-CSRF-Token (from the login / session response) on unsafe methods,
//  - sends Accept-Language with the UI language,
//  - turns `{error:{code,message,field}}` into a typed ApiError.

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;

/** Codes the server sends, plus `network` (no answer) and `unknown` (no error body). */
export type ApiErrorCode =
  | 'invalid_input'
  | 'invalid_credentials'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable'
  | 'network'
  | 'unknown';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode | string;
  readonly field: string | null;
  /** The whole error body: some routes add lists beside `error` (e.g. `problems`, `rows` on 422). */
  readonly body: Record<string, unknown> | null;

  constructor(
    status: number,
    code: ApiErrorCode | string,
    message: string,
    field: string | null = null,
    body: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.body = body;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface ClientState {
  csrfToken: string | null;
  language: () => string;
  onUnauthorized: (() => void) | null;
}

const state: ClientState = {
  csrfToken: null,
  language: () => 'cs',
  onUnauthorized: null,
};

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function getCsrfToken(): string | null {
  return state.csrfToken;
}

export function setLanguageSource(fn: () => string): void {
  state.language = fn;
}

/** Called when an authenticated call answers 401 (session expired). */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  state.onUnauthorized = fn;
}

/** Builds `?a=1&b=x` from a query object, leaving out empty values. */
export function buildQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query)) {
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      params.append(key, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Maps a failed response to an ApiError, whatever its body. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await res.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string') {
    return new ApiError(
      res.status,
      err.code,
      typeof err.message === 'string' ? err.message : err.code,
      typeof err.field === 'string' && err.field !== '' ? err.field : null,
      body as Record<string, unknown>,
    );
  }
  return new ApiError(res.status, codeForStatus(res.status), res.statusText || `HTTP ${res.status}`);
}

export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'invalid_input';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    case 503:
      return 'unavailable';
    default:
      return 'unknown';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** A raw body instead of JSON: CSV text, or a file as it is (an XLSX workbook). */
  textBody?: string | Blob;
  textContentType?: string;
  signal?: AbortSignal;
  /** Do not call the unauthorized handler on 401 (login, session probe). */
  skipAuthRedirect?: boolean;
}

export async function apiFetch<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': state.language(),
  };
  if (opts.textBody !== undefined) headers['Content-Type'] = opts.textContentType ?? 'text/plain; charset=utf-8';
  else if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;

  let res: Response;
  try {
    res = await fetch(path + buildQueryString(opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.textBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error)?.message ?? 'network error');
  }

  if (!res.ok) {
    const error = await errorFromResponse(res);
    if (res.status === 401 && !opts.skipAuthRedirect && state.onUnauthorized) state.onUnauthorized();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
