// Benchmarking pages, through data-testid only.

export async function openBenchmarking(page) {
  await page.getByTestId('nav-benchmarking').click();
  await page.getByTestId('benchmark-page').waitFor();
}

export async function openGroup(page, groupId) {
  await page.getByTestId(`group-link-${groupId}`).click();
  await page.getByTestId('group-page').waitFor();
}

export async function openRound(page, roundId) {
  await page.getByTestId(`round-link-${roundId}`).click();
  await page.waitForSelector(`[data-testid="round-page"][data-round-id="${roundId}"]`);
}

export async function openForm(page, serviceId) {
  await page.getByTestId(`round-form-link-${serviceId}`).click();
  await page.waitForSelector('[data-testid="form-page"][data-status]');
}

/** Types a value and leaves the field: the form saves it and the server validates at once. */
export async function enterValue(page, code, text) {
  const input = page.getByTestId(`form-input-${code}`);
  await input.fill(text);
  const saved = page.waitForResponse((r) => r.url().includes('/form') && r.request().method() === 'PUT');
  await input.press('Tab');
  await saved;
}

export async function fieldError(page, code) {
  const el = page.getByTestId(`form-error-${code}`);
  return (await el.count()) ? (await el.innerText()).trim() : null;
}

export async function formStatus(page) {
  return page.getByTestId('form-page').getAttribute('data-status');
}

export async function submitForm(page) {
  await page.getByTestId('form-submit').click();
  await page.waitForSelector('[data-testid="form-page"][data-status="submitted"]');
}

export async function roundProgress(page) {
  const el = page.getByTestId('round-progress');
  return {
    submitted: Number(await el.getAttribute('data-submitted')),
    total: Number(await el.getAttribute('data-total')),
  };
}

export async function lockRound(page) {
  await page.getByTestId('round-lock').click();
  await page.getByTestId('round-lock-confirm').click();
  await page.waitForSelector('[data-testid="round-page"][data-status="locked"]');
}

export async function openComparison(page) {
  await page.getByTestId('round-comparison').click();
  await page.waitForSelector('[data-testid="comparison-page"][data-ready="true"]');
}

export async function chooseIndicator(page, code) {
  await page.getByTestId('comparison-indicator').click();
  await page.getByTestId(`comparison-indicator-option-${code}`).click();
  await page.waitForSelector(`[data-testid="comparison-indicator-card"][data-indicator="${code}"]`);
}

/** What the box plot draws: {categories, own, peers} as the page states it. */
export async function boxPlot(page) {
  const el = page.getByTestId('comparison-boxplot');
  await el.locator('svg').first().waitFor();
  return {
    categories: Number(await el.getAttribute('data-categories')),
    own: Number(await el.getAttribute('data-own')),
    peers: Number(await el.getAttribute('data-peers')),
  };
}

export async function reserves(page, serviceId) {
  await page.getByTestId(`reserve-${serviceId}`).waitFor();
  return {
    median: (await page.getByTestId(`reserve-median-${serviceId}`).innerText()).trim(),
    best: (await page.getByTestId(`reserve-best-${serviceId}`).innerText()).trim(),
  };
}

export async function chooseOption(page, selectTestId, value) {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(`${selectTestId}-option-${value}`).click();
}

/** Several values of a multiple select: open it once, pick each, close it. */
export async function chooseOptions(page, selectTestId, values) {
  await page.getByTestId(selectTestId).click();
  for (const v of values) await page.getByTestId(`${selectTestId}-option-${v}`).click();
  await page.keyboard.press('Escape');
}
