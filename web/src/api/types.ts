// Aliases of the generated OpenAPI types (src/api/schema.d.ts, `npm run gen:api` from openapi.json,
// which is `kvalis openapi` as generated; never edit either by hand).
import type { components } from './schema';

type S = components['schemas'];
export type CurrentUser = S['CurrentUser'];
export type Session = S['SessionResponse'];
export type Membership = S['Membership'];
export type MembershipInput = S['MembershipInput'];
export type Organisation = S['Organisation'];
export type OrganisationInput = S['OrganisationInput'];
export type ServiceSummary = S['ServiceSummary'];
export type ServiceDetail = S['ServiceDetail'];
export type ServiceForm = S['ServiceForm'];
export type Catalogues = S['Catalogues'];
export type CatalogueEntry = S['CatalogueEntry'];
export type ServiceKind = S['ServiceKindEntry'];
export type User = S['User'];
export type UserCreate = S['CreateUserRequest'];
export type UserUpdate = S['UpdateUserRequest'];
export type UpdateMe = S['UpdateMeRequest'];
export type AuditEntry = S['AuditEntry'];
export type ErrorBody = S['ErrorBody'];

// The server sends these as plain strings; the front end knows their values.
export type Role = 'admin' | 'manager' | 'worker' | 'auditor' | 'readonly';
export type Language = 'cs' | 'en';
export type OrganisationType = 'region' | 'municipality' | 'provider' | 'audit_body';
export type ServiceFormCode = 'pob' | 'amb' | 'ter';

// Benchmarking (module benchmark).
export type BmGroup = S['BmGroup'];
export type BmGroupList = S['BmGroupList'];
export type BmGroupInput = S['BmGroupInput'];
export type BmMember = S['BmMember'];
export type BmMemberInput = S['BmMemberInput'];
export type BmMeeting = S['BmMeeting'];
export type BmMeetingInput = S['BmMeetingInput'];
export type BmMethodology = S['BmMethodology'];
export type BmMethodologySummary = S['BmMethodologySummary'];
export type BmMethodologyInput = S['BmMethodologyInput'];
export type BmItem = S['BmItem'];
export type BmIndicator = S['BmIndicator'];
export type BmRule = S['BmRule'];
export type BmItemInput = S['BmItemInput'];
export type BmIndicatorInput = S['BmIndicatorInput'];
export type BmRuleInput = S['BmRuleInput'];
export type BmRound = S['BmRound'];
export type BmRoundInput = S['BmRoundInput'];
export type BmRoundDetail = S['BmRoundDetail'];
export type BmServiceProgress = S['BmServiceProgress'];
export type BmReminded = S['BmReminded'];
export type BmForm = S['BmForm'];
export type BmFormItem = S['BmFormItem'];
export type BmProblem = S['BmProblem'];
export type BmIndicatorPreview = S['BmIndicatorPreview'];
export type BmCorrection = S['BmCorrection'];
export type BmCorrectionInput = S['BmCorrectionInput'];
export type BenchmarkComparison = S['BenchmarkComparison'];
export type BenchmarkIndicatorComparison = S['BenchmarkIndicatorComparison'];
export type BenchmarkPeerGroup = S['BenchmarkPeerGroup'];
export type BenchmarkScore = S['BenchmarkScore'];
export type BenchmarkServiceRef = S['BenchmarkServiceRef'];
export type BenchmarkServiceScores = S['BenchmarkServiceScores'];
export type BenchmarkTrend = S['BenchmarkTrend'];
export type BenchmarkTrendPoint = S['BenchmarkTrendPoint'];
export type GoodPractice = S['GoodPractice'];
export type GoodPracticeList = S['GoodPracticeList'];
export type GoodPracticeInput = S['GoodPracticeInput'];
export type GoodPracticeLink = S['GoodPracticeLink'];
export type GoodPracticeLinkInput = S['GoodPracticeLinkInput'];
export type DeaRunInput = S['DeaRunInput'];
export type DeaRun = S['DeaRun'];
export type DeaRunSummary = S['DeaRunSummary'];
export type DeaResult = S['DeaResult'];

/** The list wrapper shared by every paginated route. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export const MAX_PAGE_SIZE = 200;
