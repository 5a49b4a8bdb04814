// Which planning tabs a user sees and which tab a path belongs to.
import { describe, expect, it } from 'vitest';
import { planningTabForPath, visibleTabs } from '../tabs';

const keys = (u: Parameters<typeof visibleTabs>[0]) => visibleTabs(u).map((t) => t.key);

describe('planning tabs', () => {
  it('shows clients and service staff to a provider’s manager', () => {
    expect(
      keys({
        permissions: ['planning.read', 'planning.manage', 'clients.work'],
        platform_admin: false,
        memberships: [{ organisation_type: 'provider', role: 'manager' }],
      }),
    ).toEqual(['strategy', 'operational', 'due', 'clients', 'services', 'ladders', 'impact']);
  });
  it('shows clients but not staff management to a key worker', () => {
    expect(
      keys({
        permissions: ['planning.read', 'clients.work'],
        platform_admin: false,
        memberships: [{ organisation_type: 'provider', role: 'worker' }],
      }),
    ).toEqual(['strategy', 'operational', 'due', 'clients', 'ladders', 'impact']);
  });
  it('never shows client pages to an external evaluator or a region officer', () => {
    expect(
      keys({
        permissions: ['planning.read'],
        platform_admin: false,
        memberships: [{ organisation_type: 'provider', role: 'evaluator' }],
      }),
    ).not.toContain('clients');
    const region = keys({
      permissions: ['planning.read', 'planning.manage', 'clients.work'],
      platform_admin: false,
      memberships: [{ organisation_type: 'region', role: 'manager' }],
    });
    expect(region).toContain('regional');
    expect(region).not.toContain('services');
    expect(region).not.toContain('clients');
  });
  it('keeps client records from the platform administrator', () => {
    const admin = keys({ permissions: ['planning.read', 'clients.work'], platform_admin: true, memberships: [] });
    expect(admin).not.toContain('clients');
    expect(admin).toContain('regional');
  });
  it.each([
    ['/planning', 'strategy'],
    ['/planning/strategic/3', 'strategy'],
    ['/planning/goals/12', 'strategy'],
    ['/planning/evaluations/4', 'strategy'],
    ['/planning/operational/2', 'operational'],
    ['/planning/clients/77', 'clients'],
    ['/planning/impact', 'impact'],
    ['/planning/regional', 'regional'],
  ])('%s belongs to %s', (path, key) => {
    expect(planningTabForPath(path)).toBe(key);
  });
});
