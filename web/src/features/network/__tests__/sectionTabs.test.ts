// The network section's whole tab bar (cards, coverage, network of years and SPRSS, development plans and
// financing) per audience: nobody is offered a tab whose page can only be empty or refused by the server.
import { describe, expect, it } from 'vitest';
import { groupOf, groupTabs, visibleTabs } from '../network';
import { COVERAGE_TABS } from '../coverage';
import { PLAN_TABS } from '../plan';
import { FINANCE_TABS } from '../finance';

const user = (organisation_type: string, role: string, permissions: string[]) => ({
  platform_admin: false,
  permissions: ['network.read', ...permissions],
  memberships: [{ organisation_type, role }],
});
const ISSUE13 = [
  'coverage:years',
  'coverage:entrustments',
  'coverage:plans',
  'coverage:dev-plans',
  'coverage:dev-criteria',
  'coverage:finance',
];
const issue13Tabs = (u: ReturnType<typeof user>) =>
  visibleTabs(u, [...COVERAGE_TABS, ...PLAN_TABS, ...FINANCE_TABS])
    .map((t) => t.key)
    .filter((k) => ISSUE13.includes(k));

describe('the issue-13 tabs of the network section', () => {
  it.each([
    ['region manager', user('region', 'manager', ['network.respond', 'network.manage']), ISSUE13],
    [
      'provider manager',
      user('provider', 'manager', ['network.respond', 'network.manage']),
      [
        'coverage:years',
        'coverage:entrustments',
        'coverage:plans',
        'coverage:dev-plans',
        'coverage:dev-criteria',
        'coverage:finance',
      ],
    ],
    [
      'provider reader',
      user('provider', 'readonly', []),
      ['coverage:years', 'coverage:entrustments', 'coverage:plans', 'coverage:dev-plans', 'coverage:finance'],
    ],
    // a municipality's manager holds network.manage, yet reads only the approved network and the SPRSS
    [
      'municipality manager',
      user('municipality', 'manager', ['network.respond', 'network.manage']),
      ['coverage:years', 'coverage:entrustments', 'coverage:plans'],
    ],
    [
      'municipality reader',
      user('municipality', 'readonly', []),
      ['coverage:years', 'coverage:entrustments', 'coverage:plans'],
    ],
    // the server gives an audit body nothing of the network of years or the SPRSS, and no financing
    ['audit body', user('audit_body', 'auditor', []), []],
    ['evaluator', user('provider', 'evaluator', []), ['coverage:years', 'coverage:entrustments', 'coverage:plans']],
  ])('%s', (_, u, expected) => {
    expect(issue13Tabs(u)).toEqual(expected);
  });
});

describe('the section navigation in groups', () => {
  const all = (u: ReturnType<typeof user>) => visibleTabs(u, [...COVERAGE_TABS, ...PLAN_TABS, ...FINANCE_TABS]);
  it('puts every tab of the region into its part, in the parts order', () => {
    const groups = groupTabs(all(user('region', 'manager', ['network.respond', 'network.manage'])));
    expect(groups.map((g) => g.group)).toEqual(['cards', 'coverage', 'network', 'development', 'portal']);
    const of = (group: string) => groups.find((g) => g.group === group)?.tabs.map((t) => t.key);
    expect(of('cards')).toEqual(['cards', 'meetings', 'needs', 'activities']);
    expect(of('coverage')).toEqual(['coverage:coverage', 'coverage:coverage/map', 'coverage:minimal']);
    expect(of('network')).toEqual(['coverage:years', 'coverage:entrustments', 'coverage:plans']);
    expect(of('development')).toEqual(['coverage:dev-plans', 'coverage:dev-criteria', 'coverage:finance']);
    expect(of('portal')).toEqual(['portal']);
  });
  it('leaves out the parts with no tab of the user', () => {
    const groups = groupTabs(all(user('audit_body', 'auditor', [])));
    expect(groups.map((g) => g.group)).not.toContain('development');
    expect(groups.map((g) => g.group)).not.toContain('portal');
    expect(groupOf('coverage:finance/lines')).toBe('development');
    expect(groupOf('coverage:coverage/map')).toBe('coverage');
  });
});
