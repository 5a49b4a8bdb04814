// Browser test of the printed network pages (issue 13), against a running demo server: the medium-term plan prints
// every part in turn (analysis, proposal, comments, action plans), not only the open tab, and without the
// section's navigation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin';

test('the medium-term plan prints all its parts', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const plan = (await region.get('/api/network/plans')).items.find((p) => p.status === 'approved');
  assert.ok(plan, 'the demo region has an approved plan');
  await withBrowser('network-print-plan', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/plans/${plan.id}`);
    await page.getByTestId('nwp-plan-tabs').waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('nwp-plan-print');
    await printed.waitFor();
    assert.equal(await printed.locator('section').count(), 4);
    assert.equal(await page.getByTestId('network-groups').isVisible(), false, 'the navigation is not printed');
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('nwp-plan-tabs').waitFor();
  });
});
