// The system feature's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts).
import type { components } from '../../api/schema';

type S = components['schemas'];
export type AuditEntry = S['AuditEntry'];
