// The service list and detail, through data-testid only.

export async function openServiceList(page) {
  await page.getByTestId('nav-services').click();
  await page.getByTestId('services-page').waitFor();
  await waitForRows(page);
}

/** Waits until the table shows rows and no loading spinner. */
export async function waitForRows(page) {
  await page.locator('[data-testid="services-table"] [data-testid^="service-row-"]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="services-table"] .ant-spin-spinning'));
}

export async function serviceRows(page) {
  const rows = page.locator('[data-testid="services-table"] [data-testid^="service-row-"]');
  const n = await rows.count();
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = rows.nth(i);
    out.push({ id: (await r.getAttribute('data-testid')).replace('service-row-', ''), kindCode: await r.getAttribute('data-kind-code') });
  }
  return out;
}

export async function totalCount(page) {
  return Number(await page.getByTestId('services-total').getAttribute('data-total'));
}

/** Chooses a kind in the kind filter (by its catalogue code). */
export async function filterByKind(page, kindCode) {
  await page.getByTestId('filter-kind').click();
  const option = page.getByTestId(`filter-kind-option-${kindCode}`);
  await option.scrollIntoViewIfNeeded();
  await option.click();
  await page.waitForURL((url) => new URL(url).searchParams.get('kind') === kindCode);
  await waitForRows(page);
}

export async function openService(page, id) {
  await page.getByTestId(`service-link-${id}`).click();
  await page.getByTestId('service-detail').waitFor();
}

export async function serviceDetail(page) {
  return {
    registryId: (await page.getByTestId('service-detail-registry-id').innerText()).trim(),
    kindCode: await page.getByTestId('service-detail-kind').getAttribute('data-kind-code'),
  };
}
