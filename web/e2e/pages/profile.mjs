// The user's own account page (/profile): the list of their sessions and ending them.
import assert from 'node:assert/strict';

/** Opens "My account" from the user menu. */
export async function openProfile(page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('profile-link').click();
  await page.getByTestId('sessions-card').waitFor();
}

/** The sessions listed, as {id, client, current, created, lastUsed}, once the list has `count` rows when given. */
export async function sessionRows(page, count) {
  const table = page.getByTestId('sessions-table');
  if (count !== undefined)
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="sessions-table"] tbody tr[data-testid^="session-"]').length === n,
      count,
    );
  const rows = table.locator('tbody tr[data-testid^="session-"]');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      id: Number((await row.getAttribute('data-testid')).slice('session-'.length)),
      client: (await row.getByTestId('session-client').innerText()).trim(),
      current: (await row.getByTestId('session-current').count()) > 0,
      created: (await row.getByTestId('session-created').innerText()).trim(),
      lastUsed: (await row.getByTestId('session-last-used').innerText()).trim(),
    });
  }
  return out;
}

/** Ends one session through its button and the confirmation. */
export async function endSession(page, id) {
  await page.getByTestId(`session-end-${id}`).click();
  await page.getByTestId('session-end-confirm').click();
}

/** Ends every other session through the button and the confirmation. */
export async function endOtherSessions(page) {
  await page.getByTestId('sessions-end-others').click();
  await page.getByTestId('sessions-end-others-confirm').click();
}

/** Whether a session opened through the API (pages/api.mjs) still works: true, or false for its 401. */
export async function alive(api) {
  try {
    await api.get('/api/session');
    return true;
  } catch (e) {
    assert.match(String(e.message), /HTTP 401/);
    return false;
  }
}
