// Test data for the benchmarking flow, made through the API as the region officer: a working group
// of all providers of one kind of service, a published methodology, an open round, and every
// member's form submitted except the provider's own, which the browser test fills in.
import { apiLogin } from './api.mjs';

export const ITEMS = [
  { code: 'staff_fte', name_cs: 'Přímá péče – úvazky', unit: 'FTE', min_value: 0, max_value: 500 },
  { code: 'beds', name_cs: 'Počet lůžek', unit: 'lůžka', min_value: 1, max_value: 1000 },
  { code: 'bed_days', name_cs: 'Obsazené lůžkodny', unit: 'dny', min_value: 0 },
  { code: 'costs_total', name_cs: 'Náklady celkem', unit: 'Kč', min_value: 0 },
];
const INDICATORS = [
  {
    code: 'occupancy',
    name_cs: 'Obložnost',
    numerator: 'bed_days',
    denominator: 'beds * 365',
    factor: 100,
    unit: '%',
    direction: 'higher',
    rba: 'how_much',
  },
  {
    code: 'cost_per_day',
    name_cs: 'Náklady na lůžkoden',
    numerator: 'costs_total',
    denominator: 'bed_days',
    unit: 'Kč',
    direction: 'lower',
    rba: 'how_well',
  },
  {
    code: 'staff_per_10',
    name_cs: 'Úvazky na 10 lůžek',
    numerator: 'staff_fte',
    denominator: 'beds',
    factor: 10,
    unit: 'FTE',
    direction: 'higher',
    rba: 'how_well',
  },
];
const RULES = [
  {
    code: 'days_max',
    left: 'bed_days',
    op: '<=',
    right: 'beds * 366',
    message_cs: 'Lůžkodnů nemůže být víc než lůžek × 366.',
  },
];

/** Deterministic plausible values for the i-th peer service. */
function peerValues(i) {
  const beds = 40 + ((i * 17) % 70);
  return {
    staff_fte: Math.round(beds * (0.4 + (i % 5) * 0.04) * 10) / 10,
    beds,
    bed_days: Math.round(beds * 365 * (0.86 + (i % 7) * 0.018)),
    costs_total: beds * 365 * (1300 + ((i * 97) % 500)),
  };
}

/**
 * @param region {login, password} of a region manager; @param provider {login, password} of a provider worker.
 * Returns ids of the group, draft methodology (for the editor test), round and the provider's service.
 */
export async function setUpRound(region, provider) {
  const k = await apiLogin(region.login, region.password);
  const p = await apiLogin(provider.login, provider.password);
  const providerOrg = p.user.memberships.find((m) => m.organisation_type === 'provider');
  if (!providerOrg) throw new Error(`${provider.login} is not a member of a provider`);

  // The kind where the provider has one active service and the region has the most peers.
  const { items: services } = await k.get('/api/services?status=active&page_size=200');
  const byKind = new Map();
  for (const s of services) byKind.set(s.kind_code, [...(byKind.get(s.kind_code) ?? []), s]);
  const candidates = [...byKind.entries()]
    .filter(
      ([, list]) => list.filter((s) => s.provider_id === providerOrg.organisation_id).length === 1 && list.length >= 5,
    )
    .sort((a, b) => b[1].length - a[1].length);
  if (!candidates.length) throw new Error('no kind of service with the provider and at least 5 services');
  const [kind, peers] = candidates[0];
  const own = peers.find((s) => s.provider_id === providerOrg.organisation_id);

  const group = await k.post('/api/benchmark/groups', {
    name: `E2E skupina ${new Date().toISOString()}`,
    description: 'Založeno testem.',
    kinds: [kind],
  });
  const providers = [...new Set(peers.map((s) => s.provider_id))];
  await k.put(`/api/benchmark/groups/${group.id}/members`, {
    members: providers.map((id) => ({ provider_org_id: id, participation: 'full' })),
  });
  const methodology = await k.post(`/api/benchmark/groups/${group.id}/methodologies`, { name: 'Metodika E2E' });
  await k.put(`/api/benchmark/methodologies/${methodology.id}`, { items: ITEMS, indicators: INDICATORS, rules: RULES });
  await k.post(`/api/benchmark/methodologies/${methodology.id}/publish`);
  const round = await k.post(`/api/benchmark/groups/${group.id}/rounds`, {
    name: 'Sběr dat E2E',
    period_year: 2025,
    kind: 'full',
    methodology_id: methodology.id,
  });
  const detail = await k.get(`/api/benchmark/rounds/${round.id}`);
  let i = 0;
  for (const s of detail.services) {
    if (s.service_id === own.id) continue;
    await k.put(`/api/benchmark/rounds/${round.id}/services/${s.service_id}/form`, { values: peerValues(i++) });
    await k.post(`/api/benchmark/rounds/${round.id}/services/${s.service_id}/submit`);
  }
  // A second, draft version for the editor test.
  const draft = await k.post(`/api/benchmark/groups/${group.id}/methodologies`, { copy_from_latest: true });
  return {
    groupId: group.id,
    roundId: round.id,
    serviceId: own.id,
    draftMethodologyId: draft.id,
    services: detail.services.length,
  };
}

/** A demo working group the provider belongs to with at least two locked rounds, or null. */
export async function findDemoHistory(provider) {
  const p = await apiLogin(provider.login, provider.password);
  const orgIds = new Set(p.user.memberships.map((m) => m.organisation_id));
  const { items: groups } = await p.get('/api/benchmark/groups?page_size=200');
  for (const g of groups) {
    const member = g.members.find((m) => orgIds.has(m.provider_org_id));
    if (g.name.startsWith('E2E ') || !member) continue;
    const { items: rounds } = await p.get(`/api/benchmark/groups/${g.id}/rounds`);
    const locked = rounds.filter((r) => r.status === 'locked').sort((a, b) => b.period_year - a.period_year);
    if (locked.length >= 2)
      return { groupId: g.id, roundId: locked[0].id, rounds: locked.length, participation: member.participation };
  }
  return null;
}
