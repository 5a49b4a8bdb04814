// Changing the own password in the browser (OWASP ASVS 2.1.5/3.3.3): the form checks length and the repeated
// password before sending, shows the server's field error at its field, and after the change every other
// session has ended while this one goes on under a new CSRF token: the next writes (language, ending a
// session) succeed; the old password no longer logs in and the new one does.
// The user is created for this test through the admin API, so no other test depends on its password.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADMIN_LOGIN, ADMIN_PASSWORD, DEMO_PASSWORD, snapshot, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { currentUserName, logOut, switchLanguage } from './pages/shell.mjs';
import { endSession, openProfile, sessionRows, alive } from './pages/profile.mjs';
import { passwordFieldErrors, submitPasswordChange } from './pages/password.mjs';

const NEW_PASSWORD = 'Nové-heslo-čtvrtek-2026';

async function createUser() {
  const admin = await apiLogin(ADMIN_LOGIN, ADMIN_PASSWORD);
  const org = (await admin.get('/api/organisations')).items[0];
  const login = `heslo.e2e.${Date.now().toString(36)}`;
  await admin.post('/api/users', {
    login,
    display_name: 'Zkouška Změny Hesla',
    email: null,
    password: DEMO_PASSWORD,
    language: 'cs',
    memberships: [{ organisation_id: org.id, role: 'readonly' }],
  });
  return login;
}

test('I change my password; other sessions end, this one keeps writing, the new password logs in', async () => {
  const login = await createUser();
  await withBrowser('change-password', async (page) => {
    await logIn(page, login, DEMO_PASSWORD);
    const phone = await apiLogin(login, DEMO_PASSWORD);
    await openProfile(page);
    await page.getByTestId('password-card').waitFor();

    // Checked in the browser: nothing is sent.
    await submitPasswordChange(page, { current: DEMO_PASSWORD, next: 'kratke', repeat: 'jine' });
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    assert.deepEqual(await passwordFieldErrors(page, 'new'), ['Heslo musí mít nejméně 12 znaků.']);
    assert.deepEqual(await passwordFieldErrors(page, 'repeat'), ['Hesla se neshodují.']);
    assert.deepEqual(await passwordFieldErrors(page, 'current'), []);

    // The server's error lands at its field.
    await submitPasswordChange(page, { current: 'spatne-soucasne-heslo', next: NEW_PASSWORD, repeat: NEW_PASSWORD });
    await page.getByText('Současné heslo nesouhlasí.', { exact: true }).waitFor();
    assert.deepEqual(await passwordFieldErrors(page, 'current'), ['Současné heslo nesouhlasí.']);
    assert.equal(await alive(phone), true, 'a wrong current password changes nothing');

    await submitPasswordChange(page, { current: DEMO_PASSWORD, next: NEW_PASSWORD, repeat: NEW_PASSWORD });
    const done = page.getByTestId('password-done');
    await done.waitFor();
    assert.equal(
      (await done.innerText()).trim(),
      'Heslo bylo změněno. Všechny ostatní relace byly ukončeny; přihlášeni zůstáváte jen zde.',
    );
    assert.equal(await page.getByTestId('password-current').inputValue(), '', 'the form is emptied');
    await snapshot(page, 'change-password');
    assert.equal(await alive(phone), false, 'the other session ended');
    await sessionRows(page, 1);
    await assert.rejects(apiLogin(login, DEMO_PASSWORD), /HTTP 401/, 'the old password no longer logs in');

    // Writes from this browser go on with the renewed CSRF token: the language (PATCH /api/me), then ending
    // a session opened after the change.
    const tablet = await apiLogin(login, NEW_PASSWORD);
    const tabletId = (await tablet.get('/api/me/sessions')).items.find((s) => s.current).id;
    await switchLanguage(page, 'en');
    await page.getByTestId(`session-end-${tabletId}`).waitFor();
    await endSession(page, tabletId);
    await page.waitForFunction((id) => !document.querySelector(`[data-testid="session-${id}"]`), tabletId);
    assert.equal(await alive(tablet), false, 'the session ended from the browser');
    assert.equal(await page.getByTestId('sessions-error').count(), 0);
    const check = await apiLogin(login, NEW_PASSWORD);
    assert.equal(check.user.language, 'en', 'the language change reached the server');

    await logOut(page);
    await logIn(page, login, NEW_PASSWORD);
    assert.equal(await currentUserName(page), 'Zkouška Změny Hesla');
  });
});
