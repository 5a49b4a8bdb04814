// The "change password" card on the own account page (/profile).

/** The error texts shown at one field of the card: 'current', 'new' or 'repeat'. */
export async function passwordFieldErrors(page, field) {
  const item = page.locator('.ant-form-item', { has: page.getByTestId(`password-${field}`) });
  return (await item.locator('.ant-form-item-explain-error').allInnerTexts()).map((s) => s.trim());
}

/** Fills the three fields (an undefined value leaves a field as it is) and submits. */
export async function submitPasswordChange(page, { current, next, repeat }) {
  if (current !== undefined) await page.getByTestId('password-current').fill(current);
  if (next !== undefined) await page.getByTestId('password-new').fill(next);
  if (repeat !== undefined) await page.getByTestId('password-repeat').fill(repeat);
  await page.getByTestId('password-submit').click();
}
