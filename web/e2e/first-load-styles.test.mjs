// Ant Design's styles of the first load come in a file written at build time (web/scripts/antd-static-styles.mjs,
// vite.config.ts) instead of being generated in the browser (issue 16, "First load"). The sign-in page and the
// dashboard of a browser that does not ask for reduced motion then generate no antd style at all, and the file's
// styles are the theme's. A browser that asks for reduced motion gets the motion-less theme, which the file does not
// hold: antd generates its styles at run time, as it did before, and they apply the same way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, withBrowser } from './pages/browser.mjs';
import { gotoLogin, submitLogin } from './pages/login.mjs';
import { dashboardCards } from './pages/dashboard.mjs';

/** The style elements antd generated in this page (@ant-design/cssinjs marks each with data-css-hash). */
async function generatedAntdStyles(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('style[data-css-hash]')]
      .map((s) => (s.textContent ?? '').slice(0, 80))
      .filter((text) => text.length > 0),
  );
}

/** What the theme shows: the sign-in button's colour, the font and the corners of the dashboard's cards. */
async function themeLooks(page) {
  await gotoLogin(page);
  const button = await page
    .getByTestId('login-submit')
    .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontFamily]);
  const onLogin = await generatedAntdStyles(page);
  await submitLogin(page, 'kraj.referent', DEMO_PASSWORD);
  await page.getByTestId('side-nav').waitFor();
  await page.getByTestId('dashboard-page').waitFor();
  await dashboardCards(page);
  const card = await page
    .locator('[data-testid="dashboard-page"] .ant-card')
    .first()
    .evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  return { button, card, onLogin, onDashboard: await generatedAntdStyles(page) };
}

test('the sign-in page and the dashboard take antd styles from the built file and generate none', async () => {
  await withBrowser(
    'first-load-styles',
    async (page) => {
      const looks = await themeLooks(page);
      assert.deepEqual(looks.onLogin, [], 'the sign-in page generates no antd style');
      assert.deepEqual(looks.onDashboard, [], 'the shell and the dashboard generate no antd style');
      assert.equal(looks.button[0], 'rgb(31, 111, 92)', 'the primary button in the theme colour (#1f6f5c)');
      assert.match(looks.button[1], /^["']?Segoe UI/, "the theme's font");
      assert.equal(looks.card, '8px', "the cards' corners (the theme's large radius)");
    },
    { reducedMotion: 'no-preference' },
  );
});

test('with reduced motion the motion-less theme is generated in the browser and looks the same', async () => {
  await withBrowser('first-load-styles-reduced-motion', async (page) => {
    const looks = await themeLooks(page);
    assert.ok(looks.onLogin.length > 0, 'antd generated the styles of the motion-less theme');
    assert.equal(looks.button[0], 'rgb(31, 111, 92)');
    assert.match(looks.button[1], /^["']?Segoe UI/);
    assert.equal(looks.card, '8px');
  });
});
