// Page helpers of the role dashboard, the service detail's links and the "dead end" states (issue 9,
// items 13 and 18). Only data-testid, never visible text.
import { BASE_URL } from './browser.mjs';

export async function openDashboard(page) {
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('dashboard-page').waitFor();
}

/** The cards shown, in order (their keys: formsToFill, openRounds, …). */
export async function dashboardCards(page) {
  await page.locator('[data-testid^="dash-"]').first().waitFor();
  return page.locator('[data-testid^="dash-"]').evaluateAll((els) =>
    els
      .map((e) => e.getAttribute('data-testid'))
      .filter((id) => /^dash-[a-zA-Z]+$/.test(id))
      .map((id) => id.slice(5)),
  );
}

/** Items (data-testid) listed in one card. */
export async function cardItems(page, key, prefix) {
  const card = page.getByTestId(`dash-${key}`);
  await card.waitFor();
  return card.locator(`[data-testid^="${prefix}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
}

export async function serviceActivity(page) {
  await page.getByTestId('service-activity').waitFor();
  await page.locator('[data-testid="service-audits"] .ant-skeleton').waitFor({ state: 'detached' });
  await page.locator('[data-testid="service-benchmark"] .ant-skeleton').waitFor({ state: 'detached' });
  const audits = await page.locator('[data-testid^="service-audit-"]').count();
  const rounds = await page.locator('[data-testid^="service-round-"]').count();
  return { audits, rounds };
}
