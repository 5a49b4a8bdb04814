// The texts the app starts with: the app-wide ones (cs.ts, en.ts: app, common, errors, shell, nav, pageError) and
// those of the features that carry their table (Feature.messages). The other features' texts are fetched with their
// pages (featureMessages.tsx); messages.ts has the whole table for the tests.
import cs from './cs';
import en from './en';
import { FEATURES } from '../app/features';
import type { FeatureMessages, MessageTable } from '../app/feature';

export const SHARED_MESSAGES: FeatureMessages = { cs, en };

export function startupMessagesOf(lang: 'cs' | 'en'): MessageTable {
  return Object.assign(
    {},
    SHARED_MESSAGES[lang],
    ...FEATURES.map((f) => (typeof f.messages === 'function' ? {} : f.messages[lang])),
  ) as MessageTable;
}
