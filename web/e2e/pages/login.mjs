import { BASE_URL } from './browser.mjs';

export async function gotoLogin(page) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-page').waitFor();
}

export async function submitLogin(page, login, password) {
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Logs in from the login page and waits for the app shell. */
export async function logIn(page, login, password) {
  await gotoLogin(page);
  await submitLogin(page, login, password);
  await page.getByTestId('side-nav').waitFor();
}

/** The login error shown, as {code, text}. */
export async function loginError(page) {
  const alert = page.getByTestId('login-error');
  await alert.waitFor();
  return { code: await alert.getAttribute('data-error-code'), text: (await alert.innerText()).trim() };
}
