// Types of the coverage rounds, the coverage form, the coverage map and the minimal form of a service
// (NETWORK_SPEC.md "HTTP API" [coverage] and [minimal]). The server sends states and modes as plain strings; the
// front end knows their values.

export type CoverageMode = 'direct' | 'mediated' | 'referred' | 'none';
export type CoverageRoundStatus = 'draft' | 'open' | 'locked';
export type CoverageSubmissionStatus = 'open' | 'submitted';
export type MinimalFormStatus = 'draft' | 'set' | 'superseded';

export interface List<T> {
  items: T[];
}

/** A code with the name the UI shows for it (a kind of service, a target group). */
export interface NamedCode {
  code: string;
  name: string;
}

/** A region whose network the caller sees (GET /api/network/regions). */
export interface NetworkRegion {
  org_id: number;
  region_code: string;
  name: string;
  can_manage: boolean;
}

export interface CoverageRound {
  id: number;
  title: string;
  period_from: string;
  period_to: string;
  kinds: NamedCode[];
  deadline: string;
  status: CoverageRoundStatus;
  submitted: number;
  total: number;
  overdue: number;
}

export interface CoverageRoundInput {
  title: string;
  period_from: string;
  period_to: string;
  kinds: string[];
  deadline: string;
}

/** A provider reminded of its open forms, with the contact the region uses. */
export interface CoverageReminder {
  provider_name: string;
  service_name?: string;
  email?: string;
  phone?: string;
  contact?: string;
}

export interface CoverageSubmission {
  id: number;
  service_id: number;
  service_name: string;
  provider_name: string;
  kind_name: string;
  status: CoverageSubmissionStatus;
  submitted_at: string | null;
  reminders: number;
  /** Needs answered so far, of `needs`. */
  answered: number;
  needs: number;
}

export interface CoverageActivity {
  id?: number;
  paragraph?: string;
  letter?: string;
  text: string;
}

/** How the service answers one need of its card. */
export interface CoverageAnswer {
  need_area_id: number;
  need_name: string;
  activities: CoverageActivity[];
  mode: CoverageMode | '' | null;
  mediated_service_id: number | null;
  mediated_service_name: string;
  mediated_text: string;
  clients: number | null;
  contacts: number | null;
  note: string;
}

export interface CoverageForm {
  id: number;
  round_id: number;
  round_title: string;
  round_status: CoverageRoundStatus;
  deadline: string;
  service_id: number;
  service_name: string;
  provider_name: string;
  kind_name: string;
  status: CoverageSubmissionStatus;
  submitted_at: string | null;
  editable: boolean;
  needs: CoverageAnswer[];
}

export interface CoverageAnswerInput {
  need_area_id: number;
  mode: CoverageMode | null;
  mediated_service_id: number | null;
  mediated_text: string;
  clients: number | null;
  contacts: number | null;
  note: string;
}

/** One bad row of an upload: its line in the file, the column and what is wrong. */
export interface UploadRowError {
  line: number;
  field?: string;
  message: string;
}

export interface MapNeed {
  id: number;
  code: string;
  name: string;
}

export interface MapTerritory {
  code: string;
  name: string;
  population: number;
}

export interface CoverageCell {
  territory: string;
  need_area_id: number;
  direct: number;
  mediated: number;
  referred: number;
  none: number;
  services: number;
}

/** A gap (nobody meets the need directly) or an overlap (many do) of a territory and a need. */
export interface CoverageGap extends CoverageCell {
  territory_name?: string;
  need_name?: string;
}

export interface CoverageMap {
  round: { id: number; title: string; status?: CoverageRoundStatus } | null;
  needs: MapNeed[];
  territories: MapTerritory[];
  cells: CoverageCell[];
  gaps: CoverageGap[];
  overlaps: CoverageGap[];
}

export interface CoverageMapFilters {
  round?: number;
  kind?: string;
  target_group?: string;
  need?: number;
}

export interface MinimalFormSummary {
  id: number;
  kind_code: string;
  kind_name: string;
  status: MinimalFormStatus;
  valid_from: string;
  basis_round: { id: number; title: string } | null;
  needs_required: number;
  services_checked: number;
  services_meeting: number;
}

export interface MinimalNeed {
  need_area_id: number;
  name: string;
  /** Share (0..1) of the kind's services meeting the need directly in the basis round. */
  share_direct: number | null;
  required: boolean;
}

export interface MinimalForm extends MinimalFormSummary {
  note: string;
  needs: MinimalNeed[];
  can_manage: boolean;
}

export interface MinimalFormInput {
  need_area_ids: number[];
  valid_from: string;
  note: string;
}

export interface MissingNeed {
  need_area_id: number;
  name: string;
  action_id?: number | null;
}

export interface ServiceCheck {
  service_id: number;
  service_name: string;
  provider_name: string;
  required: number;
  met: number;
  missing: MissingNeed[];
  share_met: number;
}

export interface GapActionsInput {
  service_id: number;
  need_area_ids: number[];
  due_date: string;
  owner: string;
}
