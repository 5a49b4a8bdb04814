import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiFetch,
  buildQueryString,
  codeForStatus,
  isApiError,
  setCsrfToken,
  setLanguageSource,
  setUnauthorizedHandler,
} from '../client';

type Call = { url: string; init: RequestInit };

function mockFetch(responses: Array<Response | Error>) {
  const calls: Call[] = [];
  const fn = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const headersOf = (c: Call) => c.init.headers as Record<string, string>;

beforeEach(() => {
  setCsrfToken(null);
  setLanguageSource(() => 'cs');
  setUnauthorizedHandler(null);
});
afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('parses JSON and sends Accept-Language and same-origin credentials', async () => {
    const calls = mockFetch([json(200, { status: 'ok' })]);
    setLanguageSource(() => 'en');
    await expect(apiFetch('/api/health')).resolves.toEqual({ status: 'ok' });
    expect(calls[0].url).toBe('/api/health');
    expect(headersOf(calls[0])['Accept-Language']).toBe('en');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.method).toBe('GET');
  });

  it('adds X-CSRF-Token on unsafe methods only', async () => {
    const calls = mockFetch([json(200, {}), json(200, {}), new Response(null, { status: 204 })]);
    setCsrfToken('tok-123');
    await apiFetch('/api/services');
    await apiFetch('/api/me', { method: 'PATCH', body: { language: 'en' } });
    await apiFetch('/api/session', { method: 'DELETE' });
    expect(headersOf(calls[0])['X-CSRF-Token']).toBeUndefined();
    expect(headersOf(calls[1])['X-CSRF-Token']).toBe('tok-123');
    expect(headersOf(calls[1])['Content-Type']).toBe('application/json');
    expect(calls[1].init.body).toBe('{"language":"en"}');
    expect(headersOf(calls[2])['X-CSRF-Token']).toBe('tok-123');
  });

  it('returns undefined for 204', async () => {
    mockFetch([new Response(null, { status: 204 })]);
    await expect(apiFetch('/api/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('appends the query string without empty values', async () => {
    const calls = mockFetch([json(200, { items: [], total: 0, page: 1, page_size: 50 })]);
    await apiFetch('/api/services', { query: { kind: '13', q: '', territory: undefined, page: 2 } });
    expect(calls[0].url).toBe('/api/services?kind=13&page=2');
  });

  it('turns the error body into a typed ApiError', async () => {
    mockFetch([
      json(422, { error: { code: 'invalid_input', message: 'Velikost stránky je nejvýše 200.', field: 'page_size' } }),
    ]);
    const err = await apiFetch('/api/services').catch((e) => e);
    expect(isApiError(err)).toBe(true);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 422,
      code: 'invalid_input',
      message: 'Velikost stránky je nejvýše 200.',
      field: 'page_size',
    });
  });

  it('keeps the lists a route adds beside the error (422 problems), and treats an empty field as none', async () => {
    const problems = [
      {
        target: 'item',
        code: 'staff_fte',
        kind: 'missing',
        blocking: true,
        message: 'Položka je povinná.',
        params: [],
      },
    ];
    mockFetch([
      json(422, { error: { code: 'invalid_input', message: 'Formulář nelze odevzdat.', field: '' }, problems }),
    ]);
    const err = (await apiFetch('/api/benchmark/rounds/1/services/2/submit', { method: 'POST' }).catch(
      (e) => e,
    )) as ApiError;
    expect(err).toMatchObject({ status: 422, field: null });
    expect(err.body?.problems).toEqual(problems);
  });

  it('sends a text body with its own content type', async () => {
    const calls = mockFetch([json(200, {})]);
    setCsrfToken('tok');
    await apiFetch('/api/benchmark/rounds/1/services/2/upload', {
      method: 'POST',
      textBody: 'kod;hodnota\nstaff;3,5\n',
      textContentType: 'text/csv; charset=utf-8',
    });
    expect(calls[0].init.body).toBe('kod;hodnota\nstaff;3,5\n');
    expect(headersOf(calls[0])['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(headersOf(calls[0])['X-CSRF-Token']).toBe('tok');
  });

  it('maps invalid_credentials and too_many_requests from login', async () => {
    mockFetch([
      json(401, { error: { code: 'invalid_credentials', message: 'Nesprávné jméno nebo heslo.', field: null } }),
      json(429, { error: { code: 'too_many_requests', message: 'Zkuste to později.', field: null } }),
    ]);
    const a = await apiFetch('/api/session', { method: 'POST', body: {}, skipAuthRedirect: true }).catch((e) => e);
    const b = await apiFetch('/api/session', { method: 'POST', body: {}, skipAuthRedirect: true }).catch((e) => e);
    expect(a).toMatchObject({ status: 401, code: 'invalid_credentials', field: null });
    expect(b).toMatchObject({ status: 429, code: 'too_many_requests' });
  });

  it('falls back to a code from the status when the body is not an error body', async () => {
    mockFetch([
      new Response('<html>Bad gateway</html>', { status: 503, statusText: 'Service Unavailable' }),
      json(404, { oops: true }),
    ]);
    const a = await apiFetch('/api/x').catch((e) => e);
    const b = await apiFetch('/api/y').catch((e) => e);
    expect(a).toMatchObject({ status: 503, code: 'unavailable', message: 'Service Unavailable', field: null });
    expect(b).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reports a network failure as code "network"', async () => {
    mockFetch([new TypeError('Failed to fetch')]);
    const err = await apiFetch('/api/health').catch((e) => e);
    expect(err).toMatchObject({ status: 0, code: 'network' });
  });

  it('calls the unauthorized handler on 401 unless told not to', async () => {
    mockFetch([
      json(401, { error: { code: 'unauthorized', message: 'x', field: null } }),
      json(401, { error: { code: 'unauthorized', message: 'x', field: null } }),
    ]);
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await apiFetch('/api/services').catch(() => undefined);
    expect(handler).toHaveBeenCalledTimes(1);
    await apiFetch('/api/session', { skipAuthRedirect: true }).catch(() => undefined);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('buildQueryString', () => {
  it('encodes values, repeats arrays and skips empty ones', () => {
    expect(buildQueryString({ q: 'Domov Žatec', a: ['1', '2'], n: null, e: '' })).toBe('?q=Domov+%C5%BDatec&a=1&a=2');
    expect(buildQueryString({})).toBe('');
    expect(buildQueryString(undefined)).toBe('');
  });
});

describe('codeForStatus', () => {
  it('maps the statuses of the contract', () => {
    expect([400, 401, 403, 404, 409, 413, 415, 422, 429, 503, 500].map(codeForStatus)).toEqual([
      'invalid_input',
      'unauthorized',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'invalid_input',
      'too_many_requests',
      'unavailable',
      'unknown',
    ]);
  });
});
