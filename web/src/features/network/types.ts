// The network module's API types for the cards part and the region's portal settings (NETWORK_SPEC.md "HTTP API"
// [cards] and [portal] settings): service cards and their versions, comments, meetings per kind, need areas,
// basic activities, the portal settings and the published indicators.
import type { components } from '../../api/schema';

export interface List<T> {
  items: T[];
}

type S = components['schemas'];

// ---- [cards]: the server's schemas (web/openapi.json → src/api/schema.d.ts), Nw* ----
/** A region whose cards the caller sees. */
export type Region = S['NwRegion'];
export type NeedArea = S['NwNeedArea'];
export type NeedAreaInput = S['NwNeedAreaInput'];
/** A basic activity (základní činnost) of a kind: national (the law's catalogue) or the region's own row. */
export type Activity = S['NwActivity'];
export type ActivityInput = S['NwActivityInput'];
export type Card = S['NwCard'];
export type VersionSummary = S['NwVersionBrief'];
export type CardDetail = S['NwCardDetail'];
export type CardInput = S['NwCardInput'];
export type CardVersion = S['NwVersion'];
export type VersionNeed = S['NwCardNeed'];
export type VersionActivity = S['NwNeedActivity'];
export type VersionNeedInput = S['NwNeedInput'];
export type VersionInput = S['NwVersionInput'];
export type ComparePart = S['NwPartDiff'];
export type Comparison = S['NwComparison'];
export type CardComment = S['NwComment'];
export type CommentInput = S['NwCommentInput'];
export type AnswerInput = S['NwAnswerInput'];
export type KindMeeting = S['NwMeeting'];
export type Invitation = S['NwInvitation'];
export type MeetingInput = S['NwMeetingInput'];
export type AttendanceItem = S['NwAttendanceItem'];

export type VersionStatus = 'draft' | 'comments' | 'final' | 'published' | 'superseded';
export type Transition = 'send' | 'finalise' | 'publish' | 'new_version' | 'edit' | 'comment' | 'answer';
export type CommentStatus = 'open' | 'accepted' | 'partly' | 'rejected';
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

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

// ---- [portal] settings: the portal part's schemas ----
export type PortalSettings = S['NwPortalSettings'];
export type PortalSettingsInput = S['NwPortalSettingsInput'];
/** A benchmark indicator the region publishes (aggregates of a locked round). */
export type PortalIndicator = S['NwPortalIndicator'];
export type PortalIndicatorInput = S['NwPortalIndicatorInput'];

/** A coverage round as the portal settings choose it (coverage part's list). */
export interface CoverageRoundOption {
  id: number;
  title: string;
  status: string;
  period_from: string;
  period_to: string;
}
