// Vitest setup: the texts the app fetches with the pages that show them (src/i18n/featureMessages.tsx: network,
// planning and people with their pages, the later texts of quality and benchmark before every page but the
// dashboard) go into the app's i18next instance up front, so that component tests find them as the app shows them.
// Tests outside web/src/features and web/src/app do not pay for importing them.
import { expect } from 'vitest';

const PAGE_TESTS = /[\\/](features|app|components)[\\/]/;

if (PAGE_TESTS.test(expect.getState().testPath ?? '')) {
  const { default: i18n } = await import('../i18n');
  const { LAZY_FEATURE_MESSAGES, LATER_FEATURE_MESSAGES } = await import('../i18n/messages');
  for (const table of [...Object.values(LAZY_FEATURE_MESSAGES), ...Object.values(LATER_FEATURE_MESSAGES)])
    for (const lang of ['cs', 'en'] as const) i18n.addResourceBundle(lang, 'translation', table[lang], true, false);
}
