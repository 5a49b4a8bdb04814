// Vitest setup: for the tests of the features whose texts the app fetches with their pages (network, planning,
// people: src/i18n/featureMessages.tsx), the app's i18next instance gets those texts up front, so that component
// tests find them as the app shows them. Other tests do not pay for importing them.
import { expect } from 'vitest';

const LAZY_TEXTS = /[\\/]features[\\/](network|planning|people)[\\/]/;

if (LAZY_TEXTS.test(expect.getState().testPath ?? '')) {
  const { default: i18n } = await import('../i18n');
  const { LAZY_FEATURE_MESSAGES } = await import('../i18n/messages');
  for (const table of Object.values(LAZY_FEATURE_MESSAGES))
    for (const lang of ['cs', 'en'] as const) i18n.addResourceBundle(lang, 'translation', table[lang], true, false);
}
