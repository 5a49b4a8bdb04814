// The minimal form of a service as pure data: the needs chosen as required, the share shown beside each need,
// and the checks of services against a set form (who meets it, which missing needs have no corrective action yet).
import type { MinimalForm, MinimalFormInput, MinimalNeed, ServiceCheck } from './types';

/** Needs marked as required, in the card's order. */
export function requiredIds(needs: readonly MinimalNeed[]): number[] {
  return needs.filter((n) => n.required).map((n) => n.need_area_id);
}

/** The needs the region would choose first: those most services meet directly today (share ≥ threshold). */
export function suggestedIds(needs: readonly MinimalNeed[], threshold = 0.8): number[] {
  return needs.filter((n) => (n.share_direct ?? 0) >= threshold).map((n) => n.need_area_id);
}

export function minimalInput(
  form: Pick<MinimalForm, 'valid_from' | 'note'>,
  chosen: readonly number[],
): MinimalFormInput {
  return { need_area_ids: [...chosen], valid_from: form.valid_from ?? '', note: form.note ?? '' };
}

/** Needs sorted by the share of services meeting them directly, highest first (the card's order on ties). */
export function needsByShare(needs: readonly MinimalNeed[]): MinimalNeed[] {
  return needs
    .map((n, i) => ({ n, i }))
    .sort((a, b) => (b.n.share_direct ?? -1) - (a.n.share_direct ?? -1) || a.i - b.i)
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
