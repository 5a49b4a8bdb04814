import { BASE_URL } from './browser.mjs';

export async function currentUserName(page) {
  return (await page.getByTestId('current-user-name').innerText()).trim();
}

export async function pageTitle(page) {
  return (await page.getByTestId('page-title').first().innerText()).trim();
}

/**
 * Waits until the page's title reads `text` (after a navigation the old page's title stays until the new page,
 * loaded lazily, replaces it) and returns it.
 */
export async function waitForTitle(page, text) {
  await page.getByTestId('page-title').filter({ hasText: text }).first().waitFor();
  return pageTitle(page);
}

/** The UI language, as the app sets it on <html lang>. */
export async function uiLanguage(page) {
  return page.evaluate(() => document.documentElement.lang);
}

export async function switchLanguage(page, lang) {
  await page.getByTestId(`lang-switch-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function navigateTo(page, navKey) {
  await page.getByTestId(`nav-${navKey}`).click();
}

export async function logOut(page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-page').waitFor();
}

export async function openPath(page, path) {
  await page.goto(`${BASE_URL}${path}`);
}
