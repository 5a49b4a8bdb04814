// Issue 16, section 2: the help panel of a module page (opens from the "Nápověda" button with the keyboard,
// shows the page's legal background with its paragraph in Czech and in English) and "Stáhnout PDF" beside the
// printable audit report (the browser saves a PDF under the server's Czech file name).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { apiLogin } from './pages/api.mjs';
import { logIn } from './pages/login.mjs';
import { openPath, switchLanguage } from './pages/shell.mjs';

test('the audits page has a help panel with the legal background, in Czech and English, by keyboard', async () => {
  await withBrowser('help-panel', async (page) => {
    await logIn(page, 'domov.manazer', DEMO_PASSWORD);
    await openPath(page, '/quality/audits');
    const toggle = page.getByTestId('help-toggle');
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('help-panel');
    await panel.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.getByRole('heading', { level: 2 }).innerText(), 'Nápověda: Audity a sebehodnocení');
    assert.match(await panel.getByTestId('help-law').innerText(), /příloha č\. 2 vyhlášky č\. 505\/2006 Sb\./);
    assert.match(await panel.getByTestId('help-law').innerText(), /§ 97–§ 99 zákona č\. 108\/2006 Sb\./);

    await switchLanguage(page, 'en');
    await panel.getByRole('heading', { level: 2, name: 'Help: Audits and self-assessments' }).waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).innerText(), 'Help: Audits and self-assessments');
    assert.match(await panel.getByTestId('help-law').innerText(), /Annex 2 of Decree No\. 505\/2006 Coll\./);
    await switchLanguage(page, 'cs');

    // The choice is kept: the next module page opens with its own help shown.
    await panel.getByRole('link', { name: 'Nápravná opatření' }).click();
    await page.waitForURL(/\/quality\/actions$/);
    // The panel follows the page, which loads lazily after the address changes.
    const actionsHeading = page
      .getByTestId('help-panel')
      .getByRole('heading', { level: 2, name: 'Nápověda: Nápravná opatření' });
    await actionsHeading.waitFor();
    assert.equal(await actionsHeading.innerText(), 'Nápověda: Nápravná opatření');
    await page.getByTestId('help-toggle').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('help-toggle').getAttribute('aria-expanded'), 'false');
    assert.ok(await page.getByTestId('help-panel').isHidden());
  });
});

test('an audit report downloads as a PDF from the audit page', async () => {
  const api = await apiLogin('domov.manazer', DEMO_PASSWORD);
  const audit = (await api.get('/api/quality/audits')).items.find((a) => a.status === 'closed');
  assert.ok(audit, 'the demo has a closed audit of the home');
  await withBrowser('audit-pdf', async (page) => {
    await logIn(page, 'domov.manazer', DEMO_PASSWORD);
    await openPath(page, `/quality/audits/${audit.id}`);
    const button = page.getByTestId('audit-report-pdf');
    await button.waitFor();
    assert.equal((await button.innerText()).trim(), 'Stáhnout PDF');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    assert.equal(download.suggestedFilename(), `zpráva-z-auditu-${audit.id}.pdf`);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});
