// Service cards end to end against a running demo server (issue 12, "Tests"): the region drafts a card of a kind
// the demo provider offers (needs in order with their answer, a basic activity the region adds) and sends it for comments, the
// provider comments on a part of the card, the region answers (rejected with a reason, which the provider then
// reads), finalises and publishes the card; then a second version changes a text and the comparison shows the
// change side by side. Also the cards list and the version page at phone width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, snapshot, todayInPrague, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath } from './pages/shell.mjs';

const REGION = { login: process.env.KVALIS_REGION_LOGIN ?? 'kraj.admin', password: DEMO_PASSWORD };
const PROVIDER = { login: process.env.KVALIS_PROVIDER_LOGIN ?? 'poskytovatel.manazer', password: DEMO_PASSWORD };

/** Picks an option of an antd select by typing part of its text. */
async function choose(page, testId, text, scope = page) {
  await scope.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

async function confirmModal(page) {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
}

async function versionStatus(page, status) {
  await page.locator(`[data-testid="network-version-page"][data-status="${status}"]`).waitFor();
}

test('the region drafts and sends a card, a provider comments, the region answers and publishes, two versions are compared', async () => {
  const region = await apiLogin(REGION.login, REGION.password);
  const provider = await apiLogin(PROVIDER.login, PROVIDER.password);
  const { items: regions } = await region.get('/api/network/regions');
  const home = regions.find((r) => r.can_manage);
  assert.ok(home, 'the region login manages a region');

  // a kind the provider offers in the region whose card is not in progress (none yet, or published)
  const own = provider.user.memberships.filter((m) => m.organisation_type === 'provider').map((m) => m.organisation_id);
  const services = await provider.get(`/api/services?region=${home.region_code}&page_size=200`);
  const kinds = new Map(
    services.items
      .filter((s) => own.includes(s.provider_id) && s.status === 'active')
      .map((s) => [s.kind_code, s.kind_name]),
  );
  const { items: cards } = await region.get('/api/network/cards');
  const free = [...kinds].find(([code]) => {
    const c = cards.find((x) => x.kind_code === code && x.form_code === '');
    return !c || c.latest.status === 'published';
  });
  assert.ok(free, 'the demo provider offers a kind whose card is not in progress');
  const [kindCode, kindName] = free;
  const existing = cards.find((x) => x.kind_code === kindCode && x.form_code === '');
  const stamp = Date.now();
  const title = `${kindName}: karta (e2e ${stamp})`;
  let versionId = 0;

  // 1. the region drafts the card and sends it for comments
  await withBrowser('network-cards-draft', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, '/network');
    await page.getByTestId('network-cards-page').waitFor();
    if (existing) {
      await page.locator(`tr[data-kind="${kindCode}"] [data-testid="card-link"]`).click();
      await page.getByTestId('network-card-page').waitFor();
      await page.getByTestId('card-new-version').click();
      await confirmModal(page);
    } else {
      await page.getByTestId('card-create').click();
      await page.getByTestId('card-form').waitFor();
      await choose(page, 'card-form-kind', kindName);
      await page.getByTestId('card-form-save').click();
    }
    await versionStatus(page, 'draft');
    assert.match(await page.getByTestId('page-title').innerText(), new RegExp(kindName));
    versionId = Number(await page.getByTestId('network-version-page').getAttribute('data-version-id'));

    await page.getByTestId('editor-title').fill(title);
    await page.getByTestId('editor-summary').fill('Pomoc lidem, kteří potřebují podporu v běžném životě.');
    await page.getByTestId('editor-user_expect').fill('Pomoc s péčí o sebe a o domácnost v dohodnutém čase.');
    // two needs: the first with an activity of the kind's catalogue
    await choose(page, 'editor-add-need', 'Strava');
    await choose(page, 'editor-add-need', 'Bydlení');
    const needs = page.getByTestId('editor-need');
    assert.equal((await needs.count()) >= 2, true);
    const food = page.locator('[data-testid="editor-need"]', { hasText: 'Strava' });
    await food.getByTestId('editor-need-description').fill('Člověk si sám nezajistí teplé jídlo.');
    await food.getByTestId('editor-need-answer').fill('Dovoz nebo donáška jídla, pomoc při jeho přípravě.');
    // the region adds a basic activity of its own and answers the need with it
    const activity = `pomoc při zajištění jídla o víkendech (e2e ${stamp})`;
    await page.getByTestId('editor-new-activity').click();
    await page.getByTestId('activity-form').waitFor();
    await page.getByTestId('activity-form-paragraph').fill('§ 40');
    await page.getByTestId('activity-form-letter').fill('x');
    await page.getByTestId('activity-form-text_cs').fill(activity);
    await page.getByTestId('activity-form-save').click();
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });
    await choose(page, 'editor-need-activities', `(e2e ${stamp})`, food);
    await page.keyboard.press('Escape');
    const housing = page.locator('[data-testid="editor-need"]', { hasText: 'Bydlení' });
    await housing.getByTestId('editor-need-answer').fill('Zprostředkování kontaktu s úřadem a bytovým odborem.');
    // Bydlení moves above Strava
    await housing.getByTestId('editor-need-up').click();
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-dirty').waitFor({ state: 'detached' });

    const saved = await region.get(`/api/network/card-versions/${versionId}`);
    assert.equal(saved.title, title);
    const order = saved.needs.map((n) => n.name);
    assert.ok(order.indexOf('Bydlení') < order.indexOf('Strava'), `needs in order: ${order.join(', ')}`);
    assert.equal(saved.needs.find((n) => n.name === 'Strava').activities.length, 1);

    await page.getByTestId('workflow-send').click();
    await page.getByTestId('send-form').waitFor();
    await page.getByTestId('send-save').click();
    await versionStatus(page, 'comments');
    assert.equal(await page.getByTestId('workflow-send').count(), 0, 'sent: no send button any more');
  });

  // 2. the provider comments on a part of the card
  const commentText = `Doplňte prosím i víkendy (e2e ${stamp}).`;
  await withBrowser('network-cards-comment', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, `/network/versions/${versionId}`);
    await versionStatus(page, 'comments');
    assert.equal(await page.getByTestId('card-editor').count(), 0, 'a provider does not edit the card');
    assert.equal(await page.getByTestId('workflow').count(), 0, 'a provider has no workflow buttons');
    await choose(page, 'comment-part', 'Strava');
    await page.getByTestId('comment-text').fill(commentText);
    await page.getByTestId('comment-send').click();
    const mine = page.locator('[data-testid="comment"]', { hasText: commentText });
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-status'), 'open');
    assert.equal(
      (await page.locator('[data-testid="comment-group"][data-part="need:strava"]').count()) +
        (await page.locator('[data-testid="comment-group"]', { hasText: 'Strava' }).count()) >
        0,
      true,
    );
    await snapshot(page, 'network-provider-comment');
  });

  // 3. the region answers (rejected with a reason), finalises and publishes
  const reason = 'Víkendy služba v kraji nezajišťuje; řeší odlehčovací služby.';
  await withBrowser('network-cards-answer', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/network/versions/${versionId}`);
    await versionStatus(page, 'comments');
    const item = page.locator('[data-testid="comment"]', { hasText: commentText });
    await item.waitFor();
    // a rejection needs a reason
    await item.locator('[data-testid="answer-status"] label', { hasText: 'Neakceptována' }).click();
    await item.getByTestId('answer-send').click();
    await item.getByTestId('answer-problem').waitFor();
    await item.getByTestId('answer-text').fill(reason);
    await item.getByTestId('answer-send').click();
    await page.locator('[data-testid="comment"][data-status="rejected"]', { hasText: commentText }).waitFor();
    // the region may have more open comments on this version from other providers: none in a fresh version
    await page.getByTestId('workflow-finalise').click();
    await confirmModal(page);
    await versionStatus(page, 'final');
    await page.getByTestId('workflow-publish').click();
    await confirmModal(page);
    await versionStatus(page, 'published');
    await snapshot(page, 'network-published');
  });

  // the provider reads the answer to its comment
  const { items: mine } = await provider.get('/api/network/comments/mine');
  const answered = mine.find((c) => c.text === commentText);
  assert.equal(answered?.status, 'rejected');
  assert.equal(answered?.answer, reason);
  await withBrowser('network-cards-answer-read', async (page) => {
    await logIn(page, PROVIDER.login, PROVIDER.password);
    await openPath(page, '/network/comments');
    const row = page.locator('[data-testid="my-comments"] tr', { hasText: commentText });
    await row.waitFor();
    assert.match(await row.innerText(), /Neakceptována/);
    assert.match(await row.innerText(), /řeší odlehčovací služby/);
  });

  // 4. a new version changes a text; the comparison shows it side by side
  await withBrowser('network-cards-compare', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, `/network/versions/${versionId}`);
    await versionStatus(page, 'published');
    await page.getByTestId('workflow-new_version').click();
    await confirmModal(page);
    await versionStatus(page, 'draft');
    const next = Number(await page.getByTestId('network-version-page').getAttribute('data-version-id'));
    assert.notEqual(next, versionId);
    await page.getByTestId('editor-user_expect').fill('Pomoc s péčí o sebe a o domácnost i o víkendech.');
    await page.getByTestId('editor-change-note').fill('Rozšířeno o víkendy.');
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-dirty').waitFor({ state: 'detached' });
    await page.getByTestId('version-compare-link').click();
    await page.getByTestId('network-compare-page').waitFor();
    const part = page.locator('[data-testid="compare-part"][data-part="user_expect"]');
    await part.waitFor();
    assert.equal(await part.getAttribute('data-change'), 'changed');
    assert.match(await part.locator('del').first().innerText(), /v dohodnutém čase/);
    assert.match(await part.locator('ins').first().innerText(), /i o víkendech/);
    assert.match(await page.getByTestId('compare-summary').innerText(), /změněno [1-9]/);

    // the same pages at phone width: nothing wider than the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await openPath(page, `/network/versions/${next}`);
    await versionStatus(page, 'draft');
    await page.getByTestId('card-editor').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling at 390 px (overflow ${overflow})`);
    await openPath(page, '/network');
    await page.getByTestId('cards-table').waitFor();
    const listOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(listOverflow <= 1, `no horizontal scrolling of the list at 390 px (overflow ${listOverflow})`);
    await snapshot(page, 'network-phone');
  });
});

test('the region plans a meeting with the providers of a kind, records attendance and minutes', async () => {
  const region = await apiLogin(REGION.login, REGION.password);
  const { items: cards } = await region.get('/api/network/cards');
  const card = cards.find((c) => c.published) ?? cards[0];
  assert.ok(card, 'the region has a card (the test above makes one)');
  const title = `Setkání poskytovatelů: ${card.kind_name} (e2e ${Date.now()})`;
  await withBrowser('network-meeting', async (page) => {
    await logIn(page, REGION.login, REGION.password);
    await openPath(page, '/network/meetings');
    await page.getByTestId('network-meetings-page').waitFor();
    await page.getByTestId('meeting-create').click();
    await page.getByTestId('meeting-form').waitFor();
    await choose(page, 'meeting-form-kind', card.kind_name);
    await page.getByTestId('meeting-form-title').fill(title);
    const [year, month, day] = todayInPrague().split('-').map(Number);
    const held = page.locator('[data-testid="meeting-form"] #held_on');
    await held.click();
    await held.fill(`${day}. ${month}. ${year}`);
    await held.press('Enter');
    await page.getByTestId('meeting-form-starts_at').fill('9:30');
    await page.getByTestId('meeting-form-save').click();
    // a time must be HH:MM
    await page.getByText('Zadejte čas ve tvaru HH:MM.').waitFor();
    await page.getByTestId('meeting-form-starts_at').fill('09:30');
    await page.getByTestId('meeting-form-place').fill('Krajský úřad, zasedací místnost 1');
    const version = (card.published ?? card.latest).version_no;
    await choose(page, 'meeting-form-version', `verze ${version}`);
    await page.getByTestId('meeting-form-save').click();
    await page.getByTestId('network-meeting-page').waitFor();
    assert.equal(await page.getByTestId('page-title').innerText(), title);
    assert.match(await page.getByTestId('meeting-version').innerText(), new RegExp(`verze ${version}`));
    const invited = page.getByTestId('attendance-attended');
    assert.ok((await invited.count()) > 0, 'the providers of the kind are invited');
    await invited.first().check();
    await page.getByTestId('attendance-attendees').first().fill('Mgr. Klára Vojtíšková, vedoucí služby');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/attendance') && r.request().method() === 'PUT' && r.ok()),
      page.getByTestId('attendance-save').click(),
    ]);
    await page.getByTestId('meeting-edit').click();
    await page.getByTestId('meeting-form').waitFor();
    // The form takes the meeting's values when it opens: fill it only after that, or they overwrite what is typed.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="meeting-form-place"]')?.value === 'Krajský úřad, zasedací místnost 1',
    );
    await choose(page, 'meeting-form-status', 'Proběhlo');
    await page.getByTestId('meeting-form-minutes').fill('Projednána karta služby; připomínky do konce měsíce.');
    await page.getByTestId('meeting-form-save').click();
    await page.locator('[data-testid="meeting-status"][data-status="held"]').waitFor();
    assert.match(await page.getByTestId('meeting-minutes').innerText(), /Projednána karta služby/);
    assert.match(await page.getByTestId('meeting-attendance').innerText(), /\(1 \/ \d+\)/);
  });
  const { items: meetings } = await region.get(`/api/network/meetings?kind=${card.kind_code}`);
  const saved = meetings.find((m) => m.title === title);
  assert.equal(saved?.status, 'held');
  assert.equal(saved?.attended, 1);
});
