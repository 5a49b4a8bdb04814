// Aliases of the generated OpenAPI types the whole app shares (src/api/schema.d.ts, `npm run gen:api` from
// openapi.json, which is `kvalis openapi` as generated; never edit either by hand). Each feature's own types are in
// web/src/features/<module>/types.ts.
import type { components } from './schema';

type S = components['schemas'];
export type CurrentUser = S['CurrentUser'];
export type Session = S['SessionResponse'];
export type Membership = S['Membership'];
export type MembershipInput = S['MembershipInput'];
export type UpdateMe = S['UpdateMeRequest'];
export type ErrorBody = S['ErrorBody'];

// The server sends these as plain strings; the front end knows their values.
export type Language = 'cs' | 'en';

/** The list wrapper shared by every paginated route. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export const MAX_PAGE_SIZE = 200;
