// The registry's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts) and the values
// the server sends as plain strings.
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Organisation = S['Organisation'];
export type OrganisationInput = S['OrganisationInput'];
export type ServiceSummary = S['ServiceSummary'];
export type ServiceDetail = S['ServiceDetail'];
export type ServiceForm = S['ServiceForm'];
export type Catalogues = S['Catalogues'];
export type CatalogueEntry = S['CatalogueEntry'];
export type ServiceKind = S['ServiceKindEntry'];
export type OrganisationType = 'region' | 'municipality' | 'provider' | 'audit_body';
export type ServiceFormCode = 'pob' | 'amb' | 'ter';
