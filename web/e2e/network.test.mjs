// The end-to-end test of the network module (issue 12, "Tests"), against a running demo server: the region
// drafts a service card and sends it for comments, a provider comments, the region answers and publishes; the region
// opens a coverage round, the provider fills in the coverage form of its service (the form names the need and the
// field of each problem) and submits it; the region locks the round, sees the gap on the coverage map (heatmap, the
// ORP map and the gaps list), sets the minimal form of the kind and raises a corrective action for the service's
// gap, which the provider follows into the quality module; the public portal (/portal/) shows the published card.
// The form and the map are also checked at phone width (390 px).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';
import { choose, confirmModal, fillDate, horizontalOverflow, waitForStatus } from './pages/network.mjs';

const REGION = { login: process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin', password: DEMO_PASSWORD };
const PROVIDER = { login: process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.manazer', password: DEMO_PASSWORD };
const PHONE = { width: 390, height: 844 };

/**
 * A kind the provider offers in the region whose card the test may take through the workflow: without a card, or
 * with its latest version published (then a new version is drafted). Kinds of the demo's own cards come last.
 */
async function chooseKind(region, provider, regionCode) {
  const own = provider.user.memberships.filter((m) => m.organisation_type === 'provider').map((m) => m.organisation_id);
  const services = await provider.get(`/api/services?region=${regionCode}&status=active&page_size=200`);
  const mine = services.items.filter((s) => own.includes(s.provider_id));
  const { items: cards } = await region.get('/api/network/cards');
  const kinds = [...new Map(mine.map((s) => [s.kind_code, s.kind_name]))];
  const candidates = kinds
    .map(([code, name]) => ({ code, name, card: cards.find((c) => c.kind_code === code && c.form_code === '') }))
    .filter((k) => !k.card || k.card.latest.status === 'published')
    .sort((a, b) => Number(Boolean(a.card)) - Number(Boolean(b.card)));
  assert.ok(candidates.length, 'the demo provider offers a kind whose card is not in progress');
  const kind = candidates[0];
  return { ...kind, services: mine.filter((s) => s.kind_code === kind.code) };
}

test('a card from draft to the portal, the coverage form, the gap on the map and the minimal form', async () => {
  const region = await apiLogin(REGION.login, REGION.password);
  const provider = await apiLogin(PROVIDER.login, PROVIDER.password);
  const home = (await region.get('/api/network/regions')).items.find((r) => r.can_manage);
  assert.ok(home, 'the region login manages a region');
  const kind = await chooseKind(region, provider, home.region_code);
  const service = kind.services[0];
  const stamp = Date.now();
  const title = `${kind.name}: karta (e2e ${stamp})`;
  let versionId = 0;

  // 1. the region drafts the card (two needs) and sends it for comments
  await withBrowser('network-card-draft', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, '/network');
    await page.getByTestId('network-cards-page').waitFor();
    if (kind.card) {
      await page.locator(`tr[data-kind="${kind.code}"] [data-testid="card-link"]`).click();
      await page.getByTestId('network-card-page').waitFor();
      await page.getByTestId('card-new-version').click();
      await confirmModal(page);
    } else {
      await page.getByTestId('card-create').click();
      await page.getByTestId('card-form').waitFor();
      await choose(page, 'card-form-kind', kind.name);
      await page.getByTestId('card-form-save').click();
    }
    await waitForStatus(page, 'network-version-page', 'draft');
    versionId = Number(await page.getByTestId('network-version-page').getAttribute('data-version-id'));
    await page.getByTestId('editor-title').fill(title);
    await page.getByTestId('editor-summary').fill('Podpora lidí v běžném životě podle jejich potřeb.');
    for (const need of ['Strava', 'Bydlení']) {
      if ((await page.locator('[data-testid="editor-need"]', { hasText: need }).count()) === 0)
        await choose(page, 'editor-add-need', need);
      await page
        .locator('[data-testid="editor-need"]', { hasText: need })
        .getByTestId('editor-need-answer')
        .fill(`Služba pomáhá s potřebou ${need.toLowerCase()} (e2e).`);
    }
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-dirty').waitFor({ state: 'detached' });
    await page.getByTestId('workflow-send').click();
    await page.getByTestId('send-form').waitFor();
    await page.getByTestId('send-save').click();
    await waitForStatus(page, 'network-version-page', 'comments');
  });
  const version = await region.get(`/api/network/card-versions/${versionId}`);
  const needId = (name) => version.needs.find((n) => n.name === name)?.need_area_id;
  const food = needId('Strava');
  const housing = needId('Bydlení');
  assert.ok(food && housing, `the card has both needs: ${version.needs.map((n) => n.name).join(', ')}`);

  // 2. the provider comments on a need of the card
  const commentText = `U stravy doplňte i dovoz o víkendu (e2e ${stamp}).`;
  await withBrowser('network-card-comment', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, `/network/versions/${versionId}`);
    await waitForStatus(page, 'network-version-page', 'comments');
    await choose(page, 'comment-part', 'Strava');
    await page.getByTestId('comment-text').fill(commentText);
    await page.getByTestId('comment-send').click();
    const mine = page.locator('[data-testid="comment"]', { hasText: commentText });
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-status'), 'open');
  });

  // 3. the region answers the comment, finalises and publishes the card
  await withBrowser('network-card-publish', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/network/versions/${versionId}`);
    const item = page.locator('[data-testid="comment"]', { hasText: commentText });
    await item.waitFor();
    await item.locator('[data-testid="answer-status"] label', { hasText: 'Akceptována' }).first().click();
    await item.getByTestId('answer-text').fill('Doplněno do popisu potřeby.');
    await item.getByTestId('answer-send').click();
    await page.locator('[data-testid="comment"][data-status="accepted"]', { hasText: commentText }).waitFor();
    await page.getByTestId('workflow-finalise').click();
    await confirmModal(page);
    await waitForStatus(page, 'network-version-page', 'final');
    await page.getByTestId('workflow-publish').click();
    await confirmModal(page);
    await waitForStatus(page, 'network-version-page', 'published');
  });
  const answered = (await provider.get('/api/network/comments/mine')).items.find((c) => c.text === commentText);
  assert.equal(answered?.status, 'accepted', 'the provider sees the answer to its comment');

  // 4. the region creates and opens a coverage round for the kind
  const roundTitle = `Pokrytí potřeb (e2e ${stamp})`;
  let roundId = 0;
  await withBrowser('network-round-open', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, '/network/coverage');
    await page.getByTestId('cov-rounds-page').waitFor();
    await page.getByTestId('cov-round-create').click();
    await page.getByTestId('cov-round-title').fill(roundTitle);
    await choose(page, 'cov-round-kinds', kind.name);
    await page.keyboard.press('Escape');
    await page.getByTestId('cov-round-create-submit').click();
    await waitForStatus(page, 'cov-round-page', 'draft');
    roundId = Number(await page.getByTestId('cov-round-page').getAttribute('data-round-id'));
    await page.getByTestId('cov-round-open').click();
    await page.getByTestId('cov-round-open-confirm').click();
    await waitForStatus(page, 'cov-round-page', 'open');
    await page.getByTestId(`cov-submission-${service.id}`).waitFor();
    const progress = page.getByTestId('cov-round-progress');
    assert.equal(await progress.getAttribute('data-submitted'), '0');
    assert.equal(Number(await progress.getAttribute('data-total')) >= kind.services.length, true);
  });

  // 5. the provider fills in the coverage form of its service: problems name the need and the field
  await withBrowser('network-coverage-form', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, '/network/coverage');
    await page.getByTestId(`cov-round-link-${roundId}`).click();
    await waitForStatus(page, 'cov-round-page', 'open');
    assert.equal(await page.getByTestId('cov-round-lock').count(), 0, 'a provider does not lock the round');
    await page.getByTestId(`cov-submission-link-${service.id}`).click();
    await waitForStatus(page, 'cov-form-page', 'open');
    await page.getByTestId(`cov-need-${food}`).waitFor();

    // nothing answered: submitting lists every need by name
    await page.getByTestId('cov-form-submit').click();
    const problems = page.getByTestId('cov-form-problems');
    await problems.waitFor();
    assert.match(await problems.innerText(), /Strava/);
    assert.match(await problems.innerText(), /Bydlení/);

    // food directly with volumes; housing mediated but without the service: the error is under that field
    await page.getByTestId(`cov-mode-${food}-direct`).click();
    await page.getByTestId(`cov-clients-${food}`).fill('12');
    await page.getByTestId(`cov-contacts-${food}`).fill('240');
    await page.getByTestId(`cov-mode-${housing}-mediated`).click();
    await page.getByTestId(`cov-form-submit`).click();
    const mediatedError = page.getByTestId(`cov-error-${housing}-mediated`);
    await mediatedError.waitFor();
    assert.match(await mediatedError.innerText(), /Bydlení/);
    // a volume must be a count
    await page.getByTestId(`cov-clients-${housing}`).fill('pět');
    await page.getByTestId('cov-form-save').click();
    assert.match(await page.getByTestId(`cov-error-${housing}-clients`).innerText(), /Bydlení.*Klientů/);
    await page.getByTestId(`cov-clients-${housing}`).fill('');

    // the phone layout of the form
    await page.setViewportSize(PHONE);
    assert.ok((await horizontalOverflow(page)) <= 1, 'the form fits 390 px');
    await snapshot(page, 'network-coverage-form-phone');
    await page.setViewportSize({ width: 1366, height: 860 });

    // housing: the service does not meet it at all; submit
    await page.getByTestId(`cov-mode-${housing}-none`).click();
    await page.getByTestId('cov-form-submit').click();
    await waitForStatus(page, 'cov-form-page', 'submitted');
    assert.equal(await page.getByTestId('cov-form-progress').getAttribute('data-answered'), '2');
  });
  const form = (await provider.get(`/api/network/coverage/rounds/${roundId}/submissions`)).items.find(
    (s) => s.service_id === service.id,
  );
  assert.equal(form.status, 'submitted');
  const saved = await provider.get(`/api/network/coverage/submissions/${form.id}`);
  assert.deepEqual(saved.needs.map((n) => [n.need_name, n.mode]).sort(), [
    ['Bydlení', 'none'],
    ['Strava', 'direct'],
  ]);
  assert.equal(saved.needs.find((n) => n.need_area_id === food).clients, 12);

  // 6. the region locks the round and sees the gap on the map; then sets the minimal form and raises an action
  const territory = service.territory_codes[0];
  let formId = 0;
  await withBrowser('network-map-minimal', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/network/coverage/rounds/${roundId}`);
    await page.getByTestId('cov-round-lock').click();
    await page.getByTestId('cov-round-lock-confirm').click();
    await waitForStatus(page, 'cov-round-page', 'locked');

    await openPath(page, `/network/coverage/map?round=${roundId}&need=${housing}`);
    await page.locator(`[data-testid="cov-map-page"][data-round-id="${roundId}"]`).waitFor();
    const gap = page.locator(`[data-testid="cov-gaps-row"][data-territory="${territory}"][data-need="${housing}"]`);
    await gap.waitFor();
    assert.match(await gap.innerText(), /Bydlení/);
    assert.equal(
      await page.locator(`[data-testid="cov-gaps-row"][data-territory="${territory}"][data-need="${food}"]`).count(),
      0,
      'food is met directly there: no gap',
    );
    // the real map of the region's ORP and the heatmap are drawn, with the boundaries' attribution
    const map = page.getByTestId('cov-geo-map');
    await map.locator('svg path').first().waitFor();
    assert.equal(Number(await map.getAttribute('data-territories')) > 1, true);
    await page.getByTestId('cov-heatmap').locator('svg').first().waitFor();
    assert.match(
      await page.getByTestId('cov-map-attribution').innerText(),
      /© ČÚZK \(RÚIAN\), ČSÚ \(SLDB 2021\), via ArcČR/,
    );
    assert.equal(Number(await page.getByTestId('cov-map-summary').getAttribute('data-gaps')) >= 1, true);
    await snapshot(page, 'network-map');
    await page.setViewportSize(PHONE);
    assert.ok((await horizontalOverflow(page)) <= 1, 'the map page fits 390 px');
    await page.setViewportSize({ width: 1366, height: 860 });

    // the minimal form of the kind from this round: both needs required
    await openPath(page, '/network/minimal');
    await page.getByTestId('minimal-forms-page').waitFor();
    await page.getByTestId('minimal-create').click();
    await choose(page, 'minimal-create-round', roundTitle);
    await page.getByTestId('minimal-create-kind').click();
    await page.getByTestId(`minimal-create-kind-${kind.code}`).click();
    await page.getByTestId('minimal-create-submit').click();
    await waitForStatus(page, 'minimal-form-page', 'draft');
    formId = Number(new URL(page.url()).pathname.split('/').pop());
    // the share of services meeting each need directly today is shown beside it
    assert.match(await page.getByTestId(`minimal-need-${food}`).innerText(), /100/);
    await page.getByTestId(`minimal-required-${food}`).click();
    await page.getByTestId(`minimal-required-${housing}`).click();
    await page.getByTestId('minimal-set').click();
    await page.getByTestId('minimal-set-confirm').click();
    await waitForStatus(page, 'minimal-form-page', 'set');

    // the check: the provider's service misses housing; a corrective action for it in the quality module
    const check = page.getByTestId(`minimal-check-${service.id}`);
    await check.waitFor();
    assert.equal(await check.getAttribute('data-missing'), '1');
    assert.match(await check.innerText(), /Bydlení/);
    await page.getByTestId(`minimal-raise-${service.id}`).click();
    await fillDate(page, 'minimal-raise-due', '31. 12. 2027');
    await page.getByTestId('minimal-raise-owner').fill('vedoucí služby');
    await page.getByTestId('minimal-raise-submit').click();
    await check.locator('[data-testid^="minimal-action-"]').waitFor();
    await snapshot(page, 'network-minimal');
  });
  const checks = await region.get(`/api/network/minimal-forms/${formId}/checks`);
  const row = checks.items.find((c) => c.service_id === service.id);
  assert.deepEqual(
    row.missing.map((m) => m.name),
    ['Bydlení'],
  );
  assert.ok(row.missing[0].action_id, 'the gap has its corrective action');
  assert.equal(row.share_met, 0.5);

  // the provider sees its own service's check and follows the action into the quality module
  await withBrowser('network-minimal-provider', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, `/network/minimal/${formId}`);
    await waitForStatus(page, 'minimal-form-page', 'set');
    assert.equal(await page.getByTestId('minimal-set').count(), 0, 'a provider does not set the form');
    const own = page.getByTestId(`minimal-check-${service.id}`);
    await own.waitFor();
    assert.equal(await page.locator('[data-testid^="minimal-raise-"]').count(), 0, 'a provider raises no action');
    await own.getByTestId(`minimal-action-${row.missing[0].action_id}`).click();
    await page.waitForURL(new RegExp(`/quality/actions/${row.missing[0].action_id}$`));
  });

  // 7. the public portal shows the published card (the region publishes its portal when it is not yet public)
  const settings = await region.get('/api/network/portal/settings');
  if (!settings.published) {
    await withBrowser('network-portal-publish', async (page) => {
      await logIn(page, REGION.login, REGION.password);
      await openPath(page, '/network/portal');
      await page.getByTestId('portal-form').waitFor();
      if (!(await page.getByTestId('portal-title_cs').inputValue()))
        await page.getByTestId('portal-title_cs').fill('Sociální služby kraje');
      if (!(await page.getByTestId('portal-title_en').inputValue()))
        await page.getByTestId('portal-title_en').fill('Social services of the region');
      await page.getByTestId('portal-published').click();
      await page.getByTestId('portal-save').click();
      await page.waitForResponse(
        (r) => r.url().includes('/api/network/portal/settings') && r.request().method() === 'PUT',
      );
    });
  }
  await withBrowser('network-portal', async (page) => {
    await page.goto(`${BASE_URL}/portal/`);
    const regionLink = page.locator(`main a[href="/portal/${home.region_code}/"]`);
    if (await regionLink.count()) await regionLink.first().click();
    else await page.goto(`${BASE_URL}/portal/${home.region_code}/`);
    const cardLink = page.locator(`main a[href="/portal/${home.region_code}/karty/${kind.code}"]`);
    await cardLink.first().click();
    await page.waitForURL(new RegExp(`/portal/${home.region_code}/karty/${kind.code}$`));
    const text = await page.locator('main').innerText();
    assert.ok(text.includes(title), 'the portal shows the published card');
    assert.ok(text.includes('Strava') && text.includes('Bydlení'), 'with its needs');
    assert.ok(!text.includes(commentText), 'and nothing of the comments');
  });
});
