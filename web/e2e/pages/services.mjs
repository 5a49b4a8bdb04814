// The service list and detail, through data-testid only.

export async function openServiceList(page) {
  await page.getByTestId('nav-services').click();
  await page.getByTestId('services-page').waitFor();
  await waitForRows(page);
}

/** Waits until the list has loaded the data of the current URL (the page marks itself ready). */
export async function waitForRows(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="services-page"]');
    return el?.getAttribute('data-ready') === 'true' && el.getAttribute('data-search') === window.location.search;
  });
}

/** The rows shown, read in one go: [{id, kindCode}]. */
export async function serviceRows(page) {
  return page.$$eval('[data-testid="services-table"] [data-testid^="service-row-"]', (rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-testid').replace('service-row-', ''),
      kindCode: r.getAttribute('data-kind-code'),
    })),
  );
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
