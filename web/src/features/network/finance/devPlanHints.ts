// What a development plan's page tells its reader about the next step when no button offers it. Pure; unit-tested.
import type { DevPlan } from './types';

/**
 * The i18n key of the hint why a draft cannot be submitted yet: the provider may edit it but it has no intention
 * (the server offers "submit" only with at least one). Null when there is nothing to explain.
 */
export function submitHint(plan: Pick<DevPlan, 'status' | 'allowed' | 'intentions'>): string | null {
  if (plan.status !== 'draft' || !plan.allowed.includes('edit') || plan.allowed.includes('submit')) return null;
  return plan.intentions.length === 0 ? 'networkFinance.dev.submitNeedsIntention' : null;
}
