import { describe, expect, it } from 'vitest';
import type { User } from '../types';
import { ApiError } from '../../../api/client';
import { loginErrorKind } from '../loginErrors';
import { isRole, ROLES } from '../roles';
import {
  LOGIN_PATTERN,
  isValidEmail,
  membershipRowsOf,
  sameMemberships,
  toMembershipInputs,
  toUserCreate,
  toUserUpdate,
  validateMemberships,
} from '../userForm';

const user: User = {
  id: 3,
  login: 'novak',
  display_name: 'Jana Nováková',
  email: 'jana@example.cz',
  active: true,
  language: 'cs',
  platform_admin: false,
  memberships: [
    { organisation_id: 10, organisation_name: 'Ústecký kraj', organisation_type: 'region', role: 'manager' },
  ],
  last_login_at: null,
};

describe('user form shaping', () => {
  it('builds the create body, trimming and dropping incomplete rows', () => {
    expect(
      toUserCreate({
        login: ' novak ',
        display_name: ' Jana Nováková ',
        email: ' ',
        password: 'heslo-dlouhe-12',
        language: 'cs',
        memberships: [
          { organisation_id: 10, role: 'manager' },
          { organisation_id: undefined, role: 'worker' },
        ],
      }),
    ).toEqual({
      login: 'novak',
      display_name: 'Jana Nováková',
      email: null,
      password: 'heslo-dlouhe-12',
      language: 'cs',
      memberships: [{ organisation_id: 10, role: 'manager' }],
    });
  });

  it('sends only changed fields on edit', () => {
    expect(
      toUserUpdate(user, {
        login: 'novak',
        display_name: 'Jana Nováková',
        email: 'jana@example.cz',
        language: 'cs',
        active: true,
      }),
    ).toEqual({});
    expect(
      toUserUpdate(user, { login: 'novak', display_name: 'Jana Malá', email: '', language: 'en', active: false }),
    ).toEqual({
      display_name: 'Jana Malá',
      email: '',
      language: 'en',
      active: false,
    });
    expect(
      toUserUpdate(
        { ...user, email: '' },
        { login: 'novak', display_name: 'Jana Nováková', email: ' ', language: 'cs', active: true },
      ),
    ).toEqual({});
  });

  it('validates memberships', () => {
    expect(
      validateMemberships([
        { organisation_id: 1, role: 'admin' },
        { organisation_id: 2, role: 'worker' },
      ]),
    ).toBeNull();
    expect(
      validateMemberships([
        { organisation_id: 1, role: 'admin' },
        { organisation_id: 1, role: 'worker' },
      ]),
    ).toBe('duplicateMembership');
    expect(validateMemberships([{ role: 'admin' }])).toBe('required');
    expect(validateMemberships(undefined)).toBeNull();
  });

  it('compares memberships regardless of order', () => {
    expect(
      sameMemberships(
        [
          { organisation_id: 1, role: 'admin' },
          { organisation_id: 2, role: 'worker' },
        ],
        [
          { organisation_id: 2, role: 'worker' },
          { organisation_id: 1, role: 'admin' },
        ],
      ),
    ).toBe(true);
    expect(sameMemberships([{ organisation_id: 1, role: 'admin' }], [{ organisation_id: 1, role: 'auditor' }])).toBe(
      false,
    );
    expect(toMembershipInputs(membershipRowsOf(user))).toEqual([{ organisation_id: 10, role: 'manager' }]);
  });

  it('checks logins and e-mails', () => {
    expect(LOGIN_PATTERN.test('jana.novakova')).toBe(true);
    expect(LOGIN_PATTERN.test('Jana')).toBe(false);
    expect(LOGIN_PATTERN.test('jána')).toBe(false);
    expect(isValidEmail('a@b.cz')).toBe(true);
    expect(isValidEmail('a@b')).toBe(false);
  });

  it('knows the six roles', () => {
    expect(ROLES).toEqual(['admin', 'manager', 'worker', 'auditor', 'readonly', 'evaluator']);
    expect(isRole('auditor')).toBe(true);
    expect(isRole('evaluator')).toBe(true);
    expect(isRole('owner')).toBe(false);
  });
});

describe('loginErrorKind', () => {
  it('tells a wrong password from throttling and other errors', () => {
    expect(loginErrorKind(new ApiError(401, 'invalid_credentials', 'x'))).toBe('wrong_password');
    expect(loginErrorKind(new ApiError(429, 'too_many_requests', 'x'))).toBe('throttled');
    expect(loginErrorKind(new ApiError(503, 'unavailable', 'x'))).toBe('other');
    expect(loginErrorKind(new Error('x'))).toBe('other');
  });
});
