// The people server calls: paths, methods, query strings and bodies as PEOPLE_SPEC.md gives them (fetch mocked).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addLink,
  cancelRegistration,
  fetchFeedback,
  fetchMonitoring,
  fetchRegional,
  fetchRequirement,
  fetchSessions,
  fetchWorkers,
  openSession,
  peopleLinks,
  planMeetings,
  putAttendance,
  registerWorkers,
  removeLink,
  runPlan,
  sendFeedback,
  updateAgreedAction,
} from '../api';

interface Call {
  url: string;
  method: string;
  body: unknown;
}
let calls: Call[] = [];
let answer: unknown = { items: [] };

beforeEach(() => {
  calls = [];
  answer = { items: [] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('people api', () => {
  it('reads staff, the requirement, the region and sessions with their filters', async () => {
    await fetchWorkers({ organisation_id: 5, q: '', category: 'ospod' });
    await fetchRequirement({ organisation_id: 5, year: 2026 });
    await fetchRegional({ year: 2026 });
    await fetchSessions({ from: '2026-01-01', to: '2026-06-30', state: 'open', module_id: undefined });
    await fetchFeedback({ module_id: 3 });
    await fetchMonitoring(2, { from: '2026-01-01', to: '2026-06-30' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/people/workers?organisation_id=5&category=ospod',
      '/api/people/requirement?organisation_id=5&year=2026',
      '/api/people/requirement/regional?year=2026',
      '/api/people/sessions?from=2026-01-01&to=2026-06-30&state=open',
      '/api/people/feedback?module_id=3',
      '/api/people/projects/2/monitoring?from=2026-01-01&to=2026-06-30',
    ]);
  });

  it('plans a run, opens a session, registers workers, records attendance, cancels and sends feedback', async () => {
    const plan = {
      places: ['Náchod', 'Trutnov', 'Jičín', 'Hradec Králové'],
      runs_per_place: 4,
      first_date: '2026-02-02',
      interval_days: 28,
      capacity: 15,
      lecturer: 'Mgr. Nováková',
      cost: 4500,
      state: 'open' as const,
    };
    answer = {
      items: [
        { id: 1, state: 'registered' },
        { id: 2, state: 'waiting', waiting_position: 1 },
      ],
    };
    await runPlan(3, plan);
    await openSession(12);
    const reg = await registerWorkers(12, [7, 8]);
    await putAttendance(12, [
      { registration_id: 1, attended: true, hours: 8 },
      { registration_id: 2, attended: false },
    ]);
    await cancelRegistration(2);
    await sendFeedback(12, {
      content_rating: 5,
      lecturer_rating: 4,
      usefulness_rating: 5,
      organisation_rating: 3,
      comment: 'Užitečné',
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/people/modules/3/run-plan',
      'POST /api/people/sessions/12/open',
      'POST /api/people/sessions/12/registrations',
      'PUT /api/people/sessions/12/attendance',
      'POST /api/people/registrations/2/cancel',
      'POST /api/people/sessions/12/feedback',
    ]);
    expect(calls[0].body).toEqual(plan);
    expect(calls[2].body).toEqual({ worker_ids: [7, 8] });
    expect(reg.items.map((r) => r.state)).toEqual(['registered', 'waiting']);
    expect(calls[3].body).toEqual({
      items: [
        { registration_id: 1, attended: true, hours: 8 },
        { registration_id: 2, attended: false },
      ],
    });
  });

  it('plans meetings, follows an action up and links a record to an activity', async () => {
    await planMeetings({
      organisation_id: 4,
      title: 'Případová konference',
      first_on: '2025-01-15',
      every_months: 3,
      count: 8,
    });
    await updateAgreedAction(31, { state: 'done', follow_up_meeting_id: 9, follow_up_note: 'Splněno' });
    await addLink(6, 'training_session', 12);
    await removeLink(6, 'training_session', 12);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/people/meetings/plan',
      'PUT /api/people/actions/31',
      'POST /api/people/activities/6/links',
      'DELETE /api/people/activities/6/links?kind=training_session&object_id=12',
    ]);
    expect(calls[0].body).toEqual({
      organisation_id: 4,
      title: 'Případová konference',
      first_on: '2025-01-15',
      every_months: 3,
      count: 8,
    });
    expect(calls[2].body).toEqual({ kind: 'training_session', object_id: 12 });
  });

  it('links certificates, the requirement export and the monitoring report', () => {
    expect(peopleLinks.certificatePdf(44)).toBe('/api/people/registrations/44/certificate.pdf');
    expect(peopleLinks.certificateHtml(44)).toBe('/api/people/registrations/44/certificate.html');
    expect(peopleLinks.requirementXlsx({ organisation_id: 5, year: 2026 })).toBe(
      '/api/people/requirement/export.xlsx?organisation_id=5&year=2026',
    );
    const q = { from: '2026-01-01', to: '2026-06-30' };
    expect(peopleLinks.monitoringHtml(2, q, 'cs')).toBe(
      '/api/people/projects/2/monitoring.html?from=2026-01-01&to=2026-06-30&lang=cs',
    );
    expect(peopleLinks.monitoringXlsx(2, q)).toBe(
      '/api/people/projects/2/monitoring.xlsx?from=2026-01-01&to=2026-06-30',
    );
  });
});
