// The whole translation table of each language: the app-wide texts (cs.ts, en.ts: app, common, errors, shell,
// nav, pageError) and every feature's own texts (web/src/features/<module>/i18n.ts, listed in app/features.ts).
import cs from './cs';
import en from './en';
import { FEATURES } from '../app/features';
import type { MessageTable } from '../app/feature';

export const SHARED_MESSAGES: { cs: MessageTable; en: MessageTable } = { cs, en };

export function messagesOf(lang: 'cs' | 'en'): MessageTable {
  return Object.assign({}, SHARED_MESSAGES[lang], ...FEATURES.map((f) => f.messages[lang])) as MessageTable;
}
