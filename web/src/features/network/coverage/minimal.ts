// The minimal form of a service as pure data: the needs chosen as required, the share shown beside each need,
// and the checks of services against a set form (who meets it, which missing needs have no corrective action yet).
import type { MinimalForm, MinimalFormChange, MinimalNeed, ServiceCheck } from './types';

/** Needs marked as required, in the card's order. */
export function requiredIds(needs: readonly MinimalNeed[]): number[] {
  return needs.filter((n) => n.required).map((n) => n.need_area_id);
}

/** The needs the region would choose first: those most services meet directly today (share ≥ threshold). */
export function suggestedIds(needs: readonly MinimalNeed[], threshold = 0.8): number[] {
  return needs.filter((n) => n.services_answered > 0 && n.share_direct >= threshold).map((n) => n.need_area_id);
}

/** The body of PUT /minimal-forms/{id}: the required needs, the date it applies from and the note. */
export function minimalChange(
  form: Pick<MinimalForm, 'valid_from' | 'note'>,
  chosen: readonly number[],
): MinimalFormChange {
  return { required: [...chosen], valid_from: form.valid_from ?? '', note: form.note ?? '' };
}

/** The share of a need, -1 when no service answered in the basis round (no share to show). */
const shareOf = (n: MinimalNeed) => (n.services_answered > 0 ? n.share_direct : -1);

/** Needs sorted by the share of services meeting them directly, highest first (the card's order on ties). */
export function needsByShare(needs: readonly MinimalNeed[]): MinimalNeed[] {
  return needs
    .map((n, i) => ({ n, i }))
    .sort((a, b) => shareOf(b.n) - shareOf(a.n) || a.i - b.i)
    .map((x) => x.n);
}

export interface ChecksSummary {
  services: number;
  meeting: number;
  /** Mean share of the minimal form met over the services, 0..1 (null without services). */
  meanShare: number | null;
  missingWithoutAction: number;
}

export function checksSummary(checks: readonly ServiceCheck[]): ChecksSummary {
  const meeting = checks.filter((c) => c.missing.length === 0).length;
  const meanShare = checks.length ? checks.reduce((s, c) => s + c.share_met, 0) / checks.length : null;
  return {
    services: checks.length,
    meeting,
    meanShare,
    missingWithoutAction: checks.reduce((s, c) => s + c.missing.filter((m) => !m.action_id).length, 0),
  };
}

/** The missing needs of a service that have no corrective action yet (those an action can still be raised for). */
export function openGaps(check: ServiceCheck) {
  return check.missing.filter((m) => !m.action_id);
}

/** Services with gaps first (lowest share met), then by provider and name. */
export function sortChecks(checks: readonly ServiceCheck[]): ServiceCheck[] {
  return [...checks].sort(
    (a, b) =>
      a.share_met - b.share_met ||
      a.provider_name.localeCompare(b.provider_name, 'cs') ||
      a.service_name.localeCompare(b.service_name, 'cs'),
  );
}

export interface MinimalReader {
  platform_admin: boolean;
  memberships: readonly { organisation_type: string; role: string }[];
}

/**
 * Who reads minimal forms (as the server decides): the platform administrator, the region's members and the
 * providers' members, evaluators excepted. Municipalities, audit bodies and evaluators read the cards and the
 * coverage map only, so their minimal-form page explains that instead of asking the server.
 */
export function readsMinimalForms(user: MinimalReader | null | undefined): boolean {
  if (!user) return false;
  if (user.platform_admin) return true;
  return user.memberships.some(
    (m) => (m.organisation_type === 'region' || m.organisation_type === 'provider') && m.role !== 'evaluator',
  );
}
