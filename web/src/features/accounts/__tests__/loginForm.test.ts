import { describe, expect, it } from 'vitest';
import { missingFields } from '../loginForm';

describe('missingFields', () => {
  it.each([
    ['both empty', { login: '', password: '' }, { login: true, password: true }],
    ['both given', { login: 'admin', password: 'x' }, { login: false, password: false }],
    ['a login of spaces only', { login: '   ', password: 'x' }, { login: true, password: false }],
    ['a password of spaces is a password', { login: 'admin', password: '  ' }, { login: false, password: false }],
    ['a login with spaces around', { login: ' admin ', password: '' }, { login: false, password: true }],
  ])('%s', (_, values, expected) => {
    expect(missingFields(values)).toEqual(expected);
  });
});
