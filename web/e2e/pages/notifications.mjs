// The notification bell in the header and the notifications page (/notifications).

/** The number on the bell's badge (0 when none shows). */
export async function bellCount(page) {
  const badge = page.getByTestId('notification-bell').locator('.ant-scroll-number');
  await page.getByTestId('notification-bell').waitFor();
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.first().getAttribute('title')) ?? (await badge.first().innerText()));
}

/** Opens the bell's popover and answers its items as {kind, state, title, href}. */
export async function openBell(page) {
  await page.getByTestId('notification-bell').click();
  const popover = page.getByTestId('notification-popover');
  // the list's code loads when the popover first opens (a spinner meanwhile)
  await popover.getByTestId('notification-list').waitFor();
  return listItems(popover);
}

/** The items of a notification list (the popover, or the page). */
export async function listItems(scope) {
  const rows = scope.getByTestId('notification-item');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const link = row.getByTestId('notification-link');
    out.push({
      kind: await row.getAttribute('data-kind'),
      state: await row.getAttribute('data-state'),
      title: (await link.innerText()).trim(),
      href: await link.getAttribute('href'),
    });
  }
  return out;
}
