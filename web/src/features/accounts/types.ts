// The accounts feature's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts) and the roles.
import type { components } from '../../api/schema';

type S = components['schemas'];
export type User = S['User'];
export type UserCreate = S['CreateUserRequest'];
export type UserUpdate = S['UpdateUserRequest'];
export type Role = 'admin' | 'manager' | 'worker' | 'auditor' | 'readonly' | 'evaluator';
export type SessionItem = S['SessionItem'];
export type SessionList = S['SessionList'];
export type EndedSessions = S['EndedSessions'];
