import { describe, expect, it } from 'vitest';
import { hasPermission, navKeyForPath, visibleNavItems } from '../navigation';

describe('side navigation', () => {
  it('hides admin items without their permissions', () => {
    const keys = visibleNavItems([
      'services.read',
      'organisations.read',
      'planning.read',
      'benchmark.read',
      'quality.read',
      'network.read',
    ]).map((i) => i.key);
    expect(keys).toEqual(['dashboard', 'organisations', 'services', 'planning', 'quality', 'benchmarking', 'network']);
  });
  it('shows quality to holders of quality.read', () => {
    expect(visibleNavItems(['services.read']).map((i) => i.key)).not.toContain('quality');
    expect(navKeyForPath('/quality/audits/3')).toBe('quality');
  });
  it('shows people to holders of people.read', () => {
    expect(visibleNavItems(['services.read']).map((i) => i.key)).not.toContain('people');
    expect(visibleNavItems(['people.read']).map((i) => i.key)).toContain('people');
    expect(navKeyForPath('/people/sessions/12')).toBe('people');
  });
  it('shows the service network to holders of network.read', () => {
    expect(visibleNavItems(['services.read']).map((i) => i.key)).not.toContain('network');
    expect(visibleNavItems(['network.read']).map((i) => i.key)).toContain('network');
    expect(navKeyForPath('/network/versions/4/compare')).toBe('network');
  });
  it('shows benchmarking to holders of benchmark.read', () => {
    expect(visibleNavItems(['services.read']).map((i) => i.key)).not.toContain('benchmarking');
  });
  it('shows each admin item with its own permission', () => {
    expect(visibleNavItems(['users.manage']).map((i) => i.key)).toContain('users');
    expect(visibleNavItems(['users.manage']).map((i) => i.key)).not.toContain('auditLog');
    expect(visibleNavItems(['audit_log.read']).map((i) => i.key)).toContain('auditLog');
  });
  it('finds the item of a path', () => {
    expect(navKeyForPath('/')).toBe('dashboard');
    expect(navKeyForPath('/services/12')).toBe('services');
    expect(navKeyForPath('/admin/audit-log')).toBe('auditLog');
    expect(navKeyForPath('/benchmarking/rounds/3/comparison')).toBe('benchmarking');
    expect(navKeyForPath('/servicesX')).toBeUndefined();
  });
  it('checks permissions', () => {
    expect(hasPermission([], undefined)).toBe(true);
    expect(hasPermission(undefined, 'x')).toBe(false);
  });
});
