// Vitest setup: the app's i18next instance with every feature's texts, also those the app fetches with their pages
// (src/i18n/featureMessages.tsx), so that component tests of any feature find their texts as the app shows them.
import i18n from '../i18n';
import { LAZY_FEATURE_MESSAGES } from '../i18n/messages';

for (const table of Object.values(LAZY_FEATURE_MESSAGES))
  for (const lang of ['cs', 'en'] as const) i18n.addResourceBundle(lang, 'translation', table[lang], true, false);
