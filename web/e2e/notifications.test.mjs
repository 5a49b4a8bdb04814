// Notifications in the browser: a provider's manager sees the bell with a count, the overdue corrective action of
// their organisation in its popover and on the notifications page, opens it, and finds the e-mail settings on
// the profile page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { logIn } from './pages/login.mjs';
import { bellCount, listItems, openBell } from './pages/notifications.mjs';
import { openProfile } from './pages/profile.mjs';
import { waitForTitle } from './pages/shell.mjs';

test('a provider manager sees an overdue action under the bell and on the notifications page', async () => {
  await withBrowser('notifications', async (page) => {
    await logIn(page, 'poskytovatel.manazer', DEMO_PASSWORD);
    await page.waitForFunction(() => document.querySelector('[data-testid="notification-bell"] .ant-scroll-number'));
    assert.ok((await bellCount(page)) >= 1, 'the bell counts unread notifications');
    const popover = await openBell(page);
    const overdue = popover.find((i) => i.kind === 'quality.action_overdue');
    assert.ok(overdue, `an overdue action in the bell: ${JSON.stringify(popover)}`);
    assert.match(overdue.title, /^Nápravné opatření „.+“ je po termínu/);
    assert.match(overdue.href, /^\/quality\/actions\/\d+$/);
    await snapshot(page, 'notifications-bell');

    const all = page.getByTestId('notifications-all');
    await all.waitFor();
    await all.click();
    await page.waitForURL(/\/notifications$/, { waitUntil: 'commit' });
    assert.equal(await waitForTitle(page, 'Upozornění'), 'Upozornění');
    await page.locator(`.kv-content [data-testid="notification-link"][href="${overdue.href}"]`).waitFor();
    const items = await listItems(page.locator('.kv-content'));
    assert.ok(items.some((i) => i.href === overdue.href));
    await page.locator(`.kv-content [data-testid="notification-link"][href="${overdue.href}"]`).click();
    await page.waitForURL(new RegExp(`${overdue.href}$`));

    await openProfile(page);
    await page.getByTestId('notification-prefs-frequency').waitFor();
    assert.match(await page.getByTestId('notification-prefs-email').innerText(), /@/);
    assert.equal(
      await page.getByTestId('notification-pref-quality.action_overdue').getAttribute('aria-checked'),
      'true',
    );
  });
});
