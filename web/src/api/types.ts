// Aliases of the generated OpenAPI types (src/api/schema.d.ts, `npm run gen:api`).
import type { components } from './schema';

type S = components['schemas'];
export type CurrentUser = S['CurrentUser'];
export type Session = S['Session'];
export type Membership = S['Membership'];
export type MembershipInput = S['MembershipInput'];
export type Role = S['Role'];
export type Language = S['Language'];
export type OrganisationType = S['OrganisationType'];
export type Organisation = S['Organisation'];
export type ServiceSummary = S['ServiceSummary'];
export type ServiceDetail = S['ServiceDetail'];
export type ServiceFormCode = S['ServiceFormCode'];
export type Catalogues = S['Catalogues'];
export type ServiceKind = S['ServiceKind'];
export type User = S['User'];
export type UserCreate = S['UserCreate'];
export type UserUpdate = S['UserUpdate'];
export type AuditEntry = S['AuditEntry'];
export type ErrorBody = S['ErrorBody'];
export type ErrorCode = S['ErrorCode'];

/** The list wrapper shared by every paginated route. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export const MAX_PAGE_SIZE = 200;
