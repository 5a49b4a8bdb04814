// Page helpers of the network module's browser test (web/e2e/network.test.mjs): antd pickers, confirmations,
// waiting for a page in a state, and the width check at phone size. Everything by data-testid.

/** Picks an option of an antd select by typing part of its text. */
export async function choose(page, testId, text, scope = page) {
  await scope.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

/** Confirms an antd Modal.confirm dialog. */
export async function confirmModal(page) {
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
}

/** Waits for the element with the test id to carry data-status=<status>. */
export async function waitForStatus(page, testId, status) {
  await page.locator(`[data-testid="${testId}"][data-status="${status}"]`).waitFor();
}

/** Types a date into an antd DatePicker (its test id on the input or on its box). */
export async function fillDate(page, testId, text) {
  const box = page.getByTestId(testId);
  const input = (await box.evaluate((e) => e.tagName)) === 'INPUT' ? box : box.locator('input');
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/**
 * How many pixels the page is wider than the window (0 when nothing scrolls sideways), once the layout has settled
 * after a change of the window's size (the tabs and charts measure themselves again; up to 5 s).
 */
export async function horizontalOverflow(page) {
  const over = () => document.documentElement.scrollWidth - window.innerWidth;
  await page
    .waitForFunction(() => document.documentElement.scrollWidth - window.innerWidth <= 1, null, { timeout: 5_000 })
    .catch(() => undefined);
  return page.evaluate(over);
}
