// The network module's API types for the cards part and the region's portal settings (NETWORK_SPEC.md "HTTP API"
// [cards] and [portal] settings): service cards and their versions, comments, meetings per kind, need areas,
// basic activities, the portal settings and the published indicators.

export interface List<T> {
  items: T[];
}

/** A region whose cards the caller sees. */
export interface Region {
  org_id: number;
  region_code: string;
  name: string;
  can_manage: boolean;
}

export interface NeedArea {
  id: number;
  code: string;
  name_cs: string;
  name_en: string;
  description_cs: string;
  position: number;
  active: boolean;
}
export type NeedAreaInput = Omit<NeedArea, 'id'>;

/** A basic activity (základní činnost) of a kind: national (the law's catalogue) or the region's own row. */
export interface Activity {
  id: number;
  kind_code: string;
  paragraph: string;
  form_scope: string;
  letter: string;
  text_cs: string;
  text_en: string;
  source: string;
  verified: boolean;
  national: boolean;
}
export interface ActivityInput {
  kind_code: string;
  paragraph: string;
  form_scope: string;
  letter: string;
  text_cs: string;
  text_en: string;
  source: string;
}

export type VersionStatus = 'draft' | 'comments' | 'final' | 'published' | 'superseded';
export type Transition = 'send' | 'finalise' | 'publish' | 'new_version' | 'edit' | 'comment' | 'answer';

export interface CardLatest {
  version_id: number;
  version_no: number;
  status: VersionStatus;
  title: string;
  comments_until: string;
  comments_total: number;
  comments_open: number;
}
export interface CardPublished {
  version_id: number;
  version_no: number;
  published_at: string;
}

export interface Card {
  id: number;
  kind_code: string;
  kind_name: string;
  form_code: string;
  form_name?: string;
  latest: CardLatest;
  published: CardPublished | null;
  can_manage: boolean;
  can_comment: boolean;
}
export interface CardInput {
  kind_code: string;
  form_code: string;
}

export interface VersionSummary {
  version_id: number;
  version_no: number;
  status: VersionStatus;
  sent_at: string;
  published_at: string;
  change_note: string;
}
export interface CardDetail extends Card {
  versions: VersionSummary[];
}

export interface VersionActivity {
  id: number;
  paragraph: string;
  letter: string;
  text: string;
}
export interface VersionNeed {
  need_area_id: number;
  code: string;
  name: string;
  description: string;
  answer: string;
  position: number;
  activities: VersionActivity[];
}

/** The six texts of what a user, the public and partner bodies can and cannot expect. */
export const EXPECT_FIELDS = [
  'user_expect',
  'user_not_expect',
  'public_expect',
  'public_not_expect',
  'partners_expect',
  'partners_not_expect',
] as const;
export type ExpectField = (typeof EXPECT_FIELDS)[number];

export type CardTexts = { title: string; summary: string } & Record<ExpectField, string>;

export interface CardVersion extends CardTexts {
  id: number;
  card_id: number;
  version_no: number;
  kind_code: string;
  kind_name: string;
  form_code: string;
  form_name?: string;
  status: VersionStatus;
  comments_until: string;
  sent_at: string;
  published_at: string;
  change_note: string;
  needs: VersionNeed[];
  allowed: Transition[];
  recipients: number;
}

export interface VersionNeedInput {
  need_area_id: number;
  description: string;
  answer: string;
  activity_ids: number[];
}
export interface VersionInput extends CardTexts {
  change_note: string;
  needs: VersionNeedInput[];
}

export type CompareChange = 'added' | 'removed' | 'changed' | 'same';
export interface ComparePart {
  part: string;
  label: string;
  before: string;
  after: string;
  change: CompareChange;
}
export interface Comparison {
  version_id?: number;
  with_id?: number;
  items: ComparePart[];
}

export type CommentStatus = 'open' | 'accepted' | 'partly' | 'rejected';
export interface CardComment {
  id: number;
  part: string;
  part_label: string;
  text: string;
  author_org_name: string;
  author_name: string;
  status: CommentStatus;
  answer: string;
  answered_at: string;
  created_at: string;
  mine: boolean;
  /** Only in the caller's list across cards (comments/mine). */
  version_id?: number;
  version_no?: number;
  kind_name?: string;
}
export interface CommentInput {
  part: string;
  text: string;
}
export interface AnswerInput {
  status: Exclude<CommentStatus, 'open'>;
  answer: string;
}

export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export interface KindMeeting {
  id: number;
  kind_code: string;
  kind_name: string;
  title: string;
  held_on: string;
  starts_at: string;
  place: string;
  status: MeetingStatus;
  card_version_id: number | null;
  card_version_no?: number | null;
  invited?: number;
  attended?: number;
}
export interface Invitation {
  org_id: number;
  org_name: string;
  attended: boolean;
  attendees: string;
}
export interface KindMeetingDetail extends KindMeeting {
  minutes: string;
  invitations: Invitation[];
  can_manage?: boolean;
}
export interface MeetingInput {
  kind_code: string;
  title: string;
  held_on: string;
  starts_at: string;
  place: string;
  card_version_id: number | null;
  status?: MeetingStatus;
  minutes?: string;
}
export interface AttendanceItem {
  org_id: number;
  attended: boolean;
  attendees: string;
}

export interface PortalSettings {
  published: boolean;
  title_cs: string;
  title_en: string;
  intro_cs: string;
  intro_en: string;
  show_services: boolean;
  show_coverage: boolean;
  coverage_round_id: number | null;
  contact: string;
}
export interface PortalIndicator {
  id: number;
  bm_round_id: number;
  round_name?: string;
  indicator_code: string;
  indicator_name?: string;
  position?: number;
}
export interface PortalIndicatorInput {
  bm_round_id: number;
  indicator_code: string;
}

/** A coverage round as the portal settings choose it (coverage part's list). */
export interface CoverageRoundOption {
  id: number;
  title: string;
  status: string;
  period_from: string;
  period_to: string;
}
