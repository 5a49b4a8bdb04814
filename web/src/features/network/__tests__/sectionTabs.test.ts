// The network section's whole tab bar (cards, coverage, network of years and SPRSS, development plans and
// financing) per audience: nobody is offered a tab whose page can only be empty or refused by the server.
import { describe, expect, it } from 'vitest';
import { visibleTabs } from '../network';
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
