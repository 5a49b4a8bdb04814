import { describe, expect, it } from 'vitest';
import { mayCreateGroup } from '../groupAccess';

describe('mayCreateGroup', () => {
  it("offers a new group to a region's manager and the platform administrator", () => {
    expect(
      mayCreateGroup({ platform_admin: false, memberships: [{ role: 'manager', organisation_type: 'region' }] }, true),
    ).toBe(true);
    expect(mayCreateGroup({ platform_admin: true, memberships: [] }, true)).toBe(true);
  });
  it("does not offer it to a provider's manager (the server refuses: no region to lead it)", () => {
    expect(
      mayCreateGroup(
        { platform_admin: false, memberships: [{ role: 'manager', organisation_type: 'provider' }] },
        true,
      ),
    ).toBe(false);
    expect(
      mayCreateGroup({ platform_admin: false, memberships: [{ role: 'worker', organisation_type: 'region' }] }, true),
    ).toBe(false);
    expect(
      mayCreateGroup({ platform_admin: false, memberships: [{ role: 'manager', organisation_type: 'region' }] }, false),
    ).toBe(false);
  });
});
