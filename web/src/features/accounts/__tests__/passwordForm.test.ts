import { describe, expect, it } from 'vitest';
import { cs, en } from '../i18n';
import { MAX_PASSWORD_LENGTH, passwordChangeErrors, passwordLength, toPasswordChange } from '../passwordForm';

const good = 'nove-heslo-2026';

describe('passwordChangeErrors', () => {
  it.each([
    ['all empty', {}, { current_password: 'required', new_password: 'required', repeat_password: 'required' }],
    ['valid', { current_password: 'x', new_password: good, repeat_password: good }, {}],
    ['current missing', { new_password: good, repeat_password: good }, { current_password: 'required' }],
    [
      '11 characters',
      { current_password: 'x', new_password: 'a'.repeat(11), repeat_password: 'a'.repeat(11) },
      { new_password: 'tooShort' },
    ],
    ['12 characters', { current_password: 'x', new_password: 'a'.repeat(12), repeat_password: 'a'.repeat(12) }, {}],
    ['128 characters', { current_password: 'x', new_password: 'a'.repeat(128), repeat_password: 'a'.repeat(128) }, {}],
    [
      '129 characters',
      { current_password: 'x', new_password: 'a'.repeat(129), repeat_password: 'a'.repeat(129) },
      { new_password: 'tooLong' },
    ],
    // 12 letters with diacritics are 24 bytes in UTF-8 but 12 characters, as the server counts.
    ['12 Czech letters', { current_password: 'x', new_password: 'žluťoučkýkůň', repeat_password: 'žluťoučkýkůň' }, {}],
    [
      '11 Czech letters',
      { current_password: 'x', new_password: 'žluťoučkýků', repeat_password: 'žluťoučkýků' },
      { new_password: 'tooShort' },
    ],
    [
      'repeat differs',
      { current_password: 'x', new_password: good, repeat_password: `${good}!` },
      { repeat_password: 'mismatch' },
    ],
    ['repeat missing', { current_password: 'x', new_password: good }, { repeat_password: 'required' }],
    [
      'short and repeat differs',
      { current_password: 'x', new_password: 'kratke', repeat_password: 'jine' },
      { new_password: 'tooShort', repeat_password: 'mismatch' },
    ],
  ])('%s', (_name, values, expected) => {
    expect(passwordChangeErrors(values)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(passwordLength('žluťoučký kůň')).toBe(13);
    expect(passwordLength('🔒'.repeat(12))).toBe(12);
    expect(MAX_PASSWORD_LENGTH).toBe(128);
  });

  it('sends only the current and the new password', () => {
    expect(toPasswordChange({ current_password: 'stare-heslo-1', new_password: good, repeat_password: good })).toEqual({
      current_password: 'stare-heslo-1',
      new_password: good,
    });
  });

  it('has a Czech and an English text for every error', () => {
    for (const key of ['required', 'tooShort', 'tooLong', 'mismatch'] as const) {
      expect(cs.changePassword[key]).toBeTruthy();
      expect(en.changePassword[key]).toBeTruthy();
    }
    expect(cs.changePassword.mismatch).toBe('Hesla se neshodují.');
  });
});
