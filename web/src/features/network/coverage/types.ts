// Types of the coverage rounds, the coverage form, the coverage map and the minimal form of a service: the
// server's schemas (web/openapi.json → src/api/schema.d.ts, NETWORK_SPEC.md [coverage] and [minimal]). The server
// sends states and modes as plain strings; the front end knows their values.
import type { components } from '../../../api/schema';

type S = components['schemas'];

export type CoverageMode = 'direct' | 'mediated' | 'referred' | 'none';
export type CoverageRoundStatus = 'draft' | 'open' | 'locked';
export type CoverageSubmissionStatus = 'open' | 'submitted';
export type MinimalFormStatus = 'draft' | 'set' | 'superseded';

export interface List<T> {
  items: T[];
}

/** A region whose network the caller sees (GET /api/network/regions, the cards part's route). */
export type NetworkRegion = S['NwRegion'];

export type CoverageRound = S['NwCovRound'];
export type CoverageRoundList = S['NwCovRoundList'];
export type CoverageRoundInput = S['NwCovRoundInput'];
export type CoverageReminder = S['NwCovReminder'];
export type CoverageSubmission = S['NwCovSubmission'];
export type CoverageForm = S['NwCovForm'];
/** How the service answers one need of its card. */
export type CoverageAnswer = S['NwCovFormNeed'];
export type CoverageAnswerInput = S['NwCovAnswerInput'];
export type CoverageUploadResult = S['NwCovUploadResult'];
export type CoverageMap = S['NwCovMap'];
export type CoverageCell = S['NwCovCell'];
/** Territory × need where no service meets the need directly (kind no_direct; unanswered: no service there). */
export type CoverageGap = S['NwCovGap'];
/** Territory × need where many services meet the need directly. */
export type CoverageOverlap = S['NwCovOverlap'];

export interface CoverageMapFilters {
  round?: number;
  kind?: string;
  target_group?: string;
  need?: number;
}

export type MinimalFormSummary = S['NwMinimalFormSummary'];
export type MinimalFormList = S['NwMinimalFormList'];
export type MinimalForm = S['NwMinimalForm'];
export type MinimalNeed = S['NwMinimalNeed'];
export type MinimalFormInput = S['NwMinimalFormInput'];
export type MinimalFormChange = S['NwMinimalFormChange'];
export type MissingNeed = S['NwMissingNeed'];
export type ServiceCheck = S['NwServiceCheck'];
export type GapActionsInput = S['NwGapActionsInput'];
export type GapActions = S['NwGapActions'];

/** One problem the server lists beside a 422: a bad row of an upload (line) or a need's field of a form. */
export interface ServerProblem {
  line?: number;
  need_area_id?: number;
  field?: string;
  key?: string;
  message: string;
}
