// Browser test of the evidence beside every decision (issue 13 item 5), against a running demo server: from a
// network year's entries and decisions and from the subsidy lines, the region opens a service's evidence (its
// indicators against peers, its last audit with open actions, the needs it covers) in a drawer with one click; a
// municipality reading the network is offered no evidence it may not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin';
const MUNICIPALITY = process.env.KVALIS_MUNICIPALITY_LOGIN ?? 'ospod.nachod';

async function openEvidence(page, scope) {
  await scope.getByTestId('evidence-open').first().click();
  const drawer = page.getByTestId('evidence-drawer');
  await drawer.getByTestId('evidence-panel').waitFor();
  for (const part of ['evidence-indicators']) await drawer.getByTestId(part).waitFor();
  const title = await drawer.getByTestId('evidence-panel').locator('h4').innerText();
  await page.keyboard.press('Escape');
  await drawer.getByTestId('evidence-panel').waitFor({ state: 'detached' });
  return title;
}

test('the region opens the evidence of a service from the network year and from the subsidy lines', async () => {
  const region = await apiLogin(REGION, DEMO_PASSWORD);
  const years = (await region.get('/api/network/years')).items;
  const approved = years.filter((y) => y.status === 'approved').sort((a, b) => b.year - a.year)[0];
  assert.ok(approved, 'an approved network year');
  const network = await region.get(`/api/network/years/${approved.id}`);
  const first = network.entries.slice().sort((a, b) => a.service_name.localeCompare(b.service_name, 'cs'))[0];

  await withBrowser('network-evidence-region', async (page) => {
    await logIn(page, REGION, DEMO_PASSWORD);
    await openPath(page, `/network/years/${approved.id}`);
    const entry = page.locator(`[data-testid="nwp-entry"][data-service-id="${first.service_id}"]`);
    await entry.waitFor();
    assert.match(
      await openEvidence(page, entry),
      new RegExp(first.service_name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );

    await openPath(page, `/network/finance/lines?year=${approved.year}`);
    await page.getByTestId('lines-table').waitFor();
    const line = page.locator('[data-testid^="line-row-"]').first();
    await line.waitFor();
    assert.ok((await openEvidence(page, line)).length > 0);
  });
});

test('a municipality reads the network without evidence buttons', async () => {
  const municipality = await apiLogin(MUNICIPALITY, DEMO_PASSWORD);
  const years = (await municipality.get('/api/network/years')).items;
  const approved = years.filter((y) => y.status === 'approved')[0];
  assert.ok(approved, 'the municipality reads an approved network year');
  await withBrowser('network-evidence-municipality', async (page) => {
    await logIn(page, MUNICIPALITY, DEMO_PASSWORD);
    await openPath(page, `/network/years/${approved.id}`);
    await page.getByTestId('nwp-entry').first().waitFor();
    assert.equal(await page.getByTestId('evidence-open').count(), 0);
  });
});
