// Pure checks of the "change password" form on the own account page: the same limits as the server
// (12–128 characters, counted as characters, not bytes) and that the new password is typed twice alike.
import { MIN_PASSWORD_LENGTH } from './userForm';

export const MAX_PASSWORD_LENGTH = 128;

export interface PasswordChangeValues {
  current_password?: string;
  new_password?: string;
  repeat_password?: string;
}

export type PasswordChangeField = keyof PasswordChangeValues;
export type PasswordChangeError = 'required' | 'tooShort' | 'tooLong' | 'mismatch';

/** Characters (code points) of a password, as the server counts them. */
export function passwordLength(p: string): number {
  return Array.from(p).length;
}

/** The first problem of each field, or none when the form can be sent. */
export function passwordChangeErrors(
  v: PasswordChangeValues,
): Partial<Record<PasswordChangeField, PasswordChangeError>> {
  const out: Partial<Record<PasswordChangeField, PasswordChangeError>> = {};
  if (!v.current_password) out.current_password = 'required';
  const next = v.new_password ?? '';
  if (!next) out.new_password = 'required';
  else if (passwordLength(next) < MIN_PASSWORD_LENGTH) out.new_password = 'tooShort';
  else if (passwordLength(next) > MAX_PASSWORD_LENGTH) out.new_password = 'tooLong';
  if (!v.repeat_password) out.repeat_password = 'required';
  else if (v.repeat_password !== next) out.repeat_password = 'mismatch';
  return out;
}

/** The request body, once passwordChangeErrors found nothing. */
export function toPasswordChange(v: PasswordChangeValues): { current_password: string; new_password: string } {
  return { current_password: v.current_password ?? '', new_password: v.new_password ?? '' };
}
