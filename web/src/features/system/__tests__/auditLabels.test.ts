// The audit log says what happened in words (with the code beside), not "q_audit" and "benchmark.dea_run".
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditEntityLabel } from '../auditLabels';

describe('audit log labels', () => {
  it('names the actions of the demo and of the modules in both languages', () => {
    expect(auditActionLabel('login', 'cs')).toBe('Přihlášení');
    expect(auditActionLabel('benchmark.dea_run', 'cs')).toBe('Benchmarking – výpočet DEA');
    expect(auditActionLabel('quality.audit.close', 'cs')).toBe('Audit – uzavření');
    expect(auditActionLabel('quality.audit.close', 'en')).toBe('Audit – closed');
    expect(auditActionLabel('quality.care.supervision.create', 'cs')).toBe('Supervize nebo konzultace – vytvoření');
    expect(auditActionLabel('user.memberships', 'en')).toBe('User – memberships changed');
    expect(auditActionLabel('session.end', 'cs')).toBe('Relace – ukončení');
    expect(auditActionLabel('session.end_others', 'en')).toBe('Session – other sessions ended');
    expect(auditActionLabel('session.revoke', 'cs')).toBe('Relace – ukončení po změně oprávnění');
    for (const code of [
      'benchmark.values.save',
      'benchmark.values.upload',
      'benchmark.submission.reopen',
      'benchmark.round.remind',
      'good_practice.delete',
      'organisation.update',
      'registry.import',
      'quality.care.staffing.norm',
      'quality.care.values.update',
      'quality.care.limits.update',
      'quality.set.version',
      'quality.evidence.read',
      'password.reset',
      'logout',
      'login_failed',
    ]) {
      expect(auditActionLabel(code, 'cs'), code).not.toBeNull();
      expect(auditActionLabel(code, 'en'), code).not.toBeNull();
    }
    expect(auditActionLabel('demo.refresh', 'cs')).toBe('Demo – obnovení demo kraje');
  });
  it('leaves an unknown code to be shown as it is', () => {
    expect(auditActionLabel('something.new', 'cs')).toBeNull();
    expect(auditActionLabel('quality.audit.explode', 'cs')).toBeNull();
  });
  it('names the objects, keeping their id', () => {
    expect(auditEntityLabel('q_audit', '12', 'cs')).toBe('audit #12');
    expect(auditEntityLabel('organisation', '', 'cs')).toBe('organizace');
    expect(auditEntityLabel('session', '5', 'en')).toBe('session #5');
    expect(auditEntityLabel('bm_group', 3, 'en')).toBe('working group #3');
    expect(auditEntityLabel('dea_run', 2, 'cs')).toBe('výpočet DEA #2');
    expect(auditEntityLabel('unknown_kind', null, 'cs')).toBe('unknown_kind');
  });
});
