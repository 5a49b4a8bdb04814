import type { Role } from './types';

/** Roles from the most to the least powerful (the order of the role picker). */
export const ROLES: readonly Role[] = ['admin', 'manager', 'worker', 'auditor', 'readonly', 'evaluator'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
