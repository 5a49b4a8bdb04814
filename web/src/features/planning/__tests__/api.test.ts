// The planning server calls: paths, methods, query strings and bodies as PLANNING_SPEC.md gives them (fetch mocked).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeOperationalPlan,
  createEvaluation,
  createGoal,
  createReview,
  deriveOperationalPlan,
  eraseClient,
  fetchClients,
  fetchDueReviews,
  fetchEvaluationDraft,
  fetchImpact,
  fetchRegionalOutcomes,
  fetchTree,
  planningLinks,
  putStaff,
  addEvidenceLink,
} from '../api';

interface Call {
  url: string;
  method: string;
  body: unknown;
}
let calls: Call[] = [];

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify({ items: [] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('planning api', () => {
  it('reads the tree, the draft, the impact report and the regional outcomes with the period', async () => {
    await fetchTree(3, { from: '2025-01-01', to: '2025-12-31' });
    await fetchEvaluationDraft(12, { from: '2025-01-01', to: '2025-06-30' });
    await fetchImpact({ organisation_id: 5, strategic_plan_id: 3, from: '2023-01-01', to: undefined });
    await fetchRegionalOutcomes({ from: '2025-01-01', to: '2025-12-31', kind_code: undefined });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/planning/strategic-plans/3/tree?from=2025-01-01&to=2025-12-31',
      '/api/planning/goals/12/evaluation-draft?from=2025-01-01&to=2025-06-30',
      '/api/planning/impact?organisation_id=5&strategic_plan_id=3&from=2023-01-01',
      '/api/planning/outcomes/regional?from=2025-01-01&to=2025-12-31',
    ]);
  });

  it('lists clients and my reviews', async () => {
    await fetchClients({ service_id: 4, q: 'K-00', key_worker: 'me' });
    await fetchDueReviews({ scope: 'mine' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/planning/clients?service_id=4&q=K-00&key_worker=me',
      '/api/planning/due/reviews?scope=mine',
    ]);
  });

  it('writes goals, evaluations, the plan cycle, reviews, staff, evidence and erasure', async () => {
    await createGoal({
      level: 'objective',
      operational_plan_id: 2,
      unlinked_reason: 'Požadavek donora',
      code: 'O3',
      title: 'Cíl',
      description: '',
    });
    await createEvaluation(12, {
      kind: 'interim',
      held_on: '2025-06-30',
      period_from: '2025-01-01',
      period_to: '2025-06-30',
      result: '',
      conclusion: '',
      participants: [],
      values: [{ indicator_id: 1, note: '' }],
    });
    await closeOperationalPlan(2, { held_on: '2025-12-15', evaluations: [] });
    await deriveOperationalPlan(2, { year: 2026, title: 'Plán 2026', decisions: [] });
    await createReview(77, {
      held_on: '2026-01-15',
      what_changed: '',
      client_view: '',
      next_steps: '',
      participants: '',
      next_review_on: '',
      ratings: [{ client_goal_id: 9, level: 1, note: '' }],
    });
    await putStaff(4, [{ user_id: 8, kind: 'granted' }]);
    await addEvidenceLink(30, 'Zápis', 'https://example.org/zapis');
    await eraseClient(77, 'K-0007');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/planning/goals',
      'POST /api/planning/goals/12/evaluations',
      'POST /api/planning/operational-plans/2/close',
      'POST /api/planning/operational-plans/2/derive',
      'POST /api/planning/clients/77/reviews',
      'PUT /api/planning/services/4/staff',
      'POST /api/planning/evaluations/30/evidence',
      'POST /api/planning/clients/77/erase',
    ]);
    expect(calls[5].body).toEqual({ staff: [{ user_id: 8, kind: 'granted' }] });
    expect(calls[6].body).toEqual({ kind: 'link', label: 'Zápis', url: 'https://example.org/zapis' });
    expect(calls[7].body).toEqual({ confirm_code: 'K-0007' });
  });

  it('links the printable report, the Excel export, files and the client’s printable page', () => {
    const q = { organisation_id: 5, strategic_plan_id: 3, from: '2025-01-01', to: '2025-12-31' };
    expect(planningLinks.impactHtml(q, 'cs')).toBe(
      '/api/planning/impact/report.html?organisation_id=5&strategic_plan_id=3&from=2025-01-01&to=2025-12-31&lang=cs',
    );
    expect(planningLinks.impactXlsx(q)).toBe(
      '/api/planning/impact/export.xlsx?organisation_id=5&strategic_plan_id=3&from=2025-01-01&to=2025-12-31',
    );
    expect(planningLinks.evidenceFile(4)).toBe('/api/planning/evidence/4/file');
    expect(planningLinks.clientExportHtml(77, 'en')).toBe('/api/planning/clients/77/export.html?lang=en');
  });
});
