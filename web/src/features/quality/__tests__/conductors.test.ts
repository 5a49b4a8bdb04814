import { describe, expect, it } from 'vitest';
import { defaultAuditType, mayConduct } from '../conductors';

describe('mayConduct', () => {
  it("lets an audit body's auditor start an audit, as the server does", () => {
    expect(mayConduct({ role: 'auditor', organisation_type: 'audit_body' })).toBe(true);
  });
  it("keeps a provider's auditor, workers and readers out; admins and managers in", () => {
    expect(mayConduct({ role: 'auditor', organisation_type: 'provider' })).toBe(false);
    expect(mayConduct({ role: 'worker', organisation_type: 'provider' })).toBe(false);
    expect(mayConduct({ role: 'readonly', organisation_type: 'audit_body' })).toBe(false);
    expect(mayConduct({ role: 'manager', organisation_type: 'provider' })).toBe(true);
    expect(mayConduct({ role: 'admin', organisation_type: 'region' })).toBe(true);
  });
});

describe('defaultAuditType', () => {
  it('starts an audit body on an external audit and a provider on a self-assessment', () => {
    expect(defaultAuditType([{ role: 'auditor', organisation_type: 'audit_body' }])).toBe('external');
    expect(defaultAuditType([{ role: 'manager', organisation_type: 'provider' }])).toBe('self_assessment');
    expect(defaultAuditType([])).toBe('self_assessment');
  });
});
