// The dashboard's API types: the server's schemas (web/openapi.json → src/api/schema.d.ts).
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Dashboard = S['Dashboard'];
export type DashRound = S['DashRound'];
export type DashForm = S['DashForm'];
export type DashFormList = S['DashFormList'];
export type DashGroupWaiting = S['DashGroupWaiting'];
export type DashAction = S['DashAction'];
export type DashActionList = S['DashActionList'];
export type DashAudit = S['DashAudit'];
export type DashAuditList = S['DashAuditList'];
export type DashOverview = S['DashOverview'];
