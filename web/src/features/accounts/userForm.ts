// Pure shaping of the user forms: validation and the request bodies.
import type { Language, MembershipInput } from '../../api/types';
import type { User, UserCreate, UserUpdate } from './types';

export const MIN_PASSWORD_LENGTH = 12;
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface MembershipRow {
  organisation_id?: number;
  role?: MembershipInput['role'];
}

export interface UserFormValues {
  login: string;
  display_name: string;
  email?: string;
  password?: string;
  language: Language;
  active?: boolean;
  memberships?: MembershipRow[];
}

export type UserFormError = 'required' | 'loginPattern' | 'invalidEmail' | 'passwordTooShort' | 'duplicateMembership';

export function isValidEmail(email: string): boolean {
  return EMAIL_PATTERN.test(email);
}

/** Complete rows only, in order; duplicates of an organisation are reported by validateMemberships. */
export function toMembershipInputs(rows: MembershipRow[] | undefined): MembershipInput[] {
  return (rows ?? [])
    .filter((r): r is Required<MembershipRow> => typeof r.organisation_id === 'number' && typeof r.role === 'string')
    .map((r) => ({ organisation_id: r.organisation_id, role: r.role }));
}

export function validateMemberships(rows: MembershipRow[] | undefined): UserFormError | null {
  const seen = new Set<number>();
  for (const r of rows ?? []) {
    if (r.organisation_id === undefined || r.role === undefined) return 'required';
    if (seen.has(r.organisation_id)) return 'duplicateMembership';
    seen.add(r.organisation_id);
  }
  return null;
}

export function toUserCreate(v: UserFormValues): UserCreate {
  const email = v.email?.trim();
  return {
    login: v.login.trim(),
    display_name: v.display_name.trim(),
    email: email ? email : null,
    password: v.password ?? '',
    language: v.language,
    memberships: toMembershipInputs(v.memberships),
  };
}

/** Only the fields that changed (PATCH). */
export function toUserUpdate(original: User, v: UserFormValues): UserUpdate {
  const out: UserUpdate = {};
  const name = v.display_name.trim();
  if (name !== original.display_name) out.display_name = name;
  // The server keeps a field sent as null; an empty string clears the e-mail.
  const email = v.email?.trim() ?? '';
  if (email !== (original.email ?? '')) out.email = email;
  if (v.language !== original.language) out.language = v.language;
  if (v.active !== undefined && v.active !== original.active) out.active = v.active;
  return out;
}

export function membershipRowsOf(user: User): MembershipRow[] {
  return user.memberships.map((m) => ({ organisation_id: m.organisation_id, role: m.role }));
}

export function sameMemberships(a: MembershipInput[], b: MembershipInput[]): boolean {
  const key = (list: MembershipInput[]) =>
    list
      .map((m) => `${m.organisation_id}:${m.role}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}
