// A user's own sessions in the browser (OWASP ASVS 3.3.4): "My account" lists where they are signed in, with
// times in the UI language; they end another session after a confirmation, then all others; the ended
// sessions no longer work.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { pageTitle, switchLanguage } from './pages/shell.mjs';
import { endOtherSessions, endSession, openProfile, sessionRows, alive } from './pages/profile.mjs';

const LOGIN = 'poskytovatel.cteni';

test('my account lists my sessions; I end another one, then all others', async () => {
  await withBrowser('own-sessions', async (page) => {
    await logIn(page, LOGIN, DEMO_PASSWORD);
    const phone = await apiLogin(LOGIN, DEMO_PASSWORD);
    const ended = await phone.get('/api/me/sessions');
    const phoneId = ended.items.find((s) => s.current).id;

    await openProfile(page);
    assert.equal(await pageTitle(page), 'Můj účet');
    assert.equal(new URL(page.url()).pathname, '/profile');
    const rows = await sessionRows(page);
    assert.ok(rows.length >= 2, `at least the browser and the API session: ${JSON.stringify(rows)}`);
    const mine = rows.filter((r) => r.current);
    assert.equal(mine.length, 1, 'exactly one row is this session');
    assert.match(mine[0].client, /^Chrome \d+ · Linux$/, 'the browser, shortened');
    for (const r of rows) {
      assert.match(r.created, /^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}$/, `a Czech date and time: ${r.created}`);
      assert.match(r.lastUsed, /^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}$/);
    }
    assert.equal(await page.getByTestId(`session-end-${mine[0].id}`).count(), 0, 'no end button for this session');
    await snapshot(page, 'own-sessions');

    // Ending another session asks first; cancelling keeps it.
    await page.getByTestId(`session-end-${phoneId}`).click();
    await page.getByText('Zpět', { exact: true }).click();
    assert.equal(await alive(phone), true, 'cancelled: the session stays');
    await endSession(page, phoneId);
    await page.waitForFunction((id) => !document.querySelector(`[data-testid="session-${id}"]`), phoneId);
    assert.equal(await alive(phone), false, 'the ended session gets 401');
    const left = (await sessionRows(page, rows.length - 1)).length;

    // English: the same list with English dates.
    await switchLanguage(page, 'en');
    await page.getByText('this session', { exact: true }).waitFor();
    const en = await sessionRows(page);
    for (const r of en)
      assert.match(r.created, /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2}$/, `an English date and time: ${r.created}`);

    // Two more sessions elsewhere, then "end all other sessions".
    const others = [await apiLogin(LOGIN, DEMO_PASSWORD), await apiLogin(LOGIN, DEMO_PASSWORD)];
    await page.reload();
    await page.getByTestId('sessions-card').waitFor();
    const before = await sessionRows(page, left + 2);
    assert.equal(before.filter((r) => r.current).length, 1, 'the two new sessions beside the others');
    await endOtherSessions(page);
    const after = await sessionRows(page, 1);
    assert.equal(after[0].current, true);
    for (const o of others) assert.equal(await alive(o), false);
    assert.equal(
      await page.evaluate(async (u) => (await fetch(`${u}/api/session`)).status, BASE_URL),
      200,
      'this browser stays signed in',
    );
  });
});
