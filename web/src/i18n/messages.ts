// The whole translation table of each language: the app-wide texts (cs.ts, en.ts: app, common, errors, shell,
// nav, pageError) and every feature's own texts (web/src/features/<module>/i18n.ts, listed in app/features.ts).
// For the tests and tools: the app itself starts with the tables of the features that carry them (startup.ts) and
// fetches the others' with their pages (featureMessages.tsx).
import { FEATURES } from '../app/features';
import type { FeatureMessages, MessageTable } from '../app/feature';
import { SHARED_MESSAGES } from './startup';
import { messages as networkTexts } from '../features/network/i18n';
import { helpMessages as networkHelp } from '../features/network/help';
import { messages as peopleTexts } from '../features/people/i18n';
import { helpMessages as peopleHelp } from '../features/people/help';
import { messages as planningTexts } from '../features/planning/i18n';
import { helpMessages as planningHelp } from '../features/planning/help';
import { messages as quality } from '../features/quality/i18n';
import { messages as qualityCare } from '../features/quality/care/i18n';
import { messages as benchmark } from '../features/benchmark/i18n';

export { SHARED_MESSAGES };

const withHelp = (texts: FeatureMessages, help: FeatureMessages): FeatureMessages => ({
  cs: { ...texts.cs, ...help.cs },
  en: { ...texts.en, ...help.en },
});

/** The tables of the features whose texts load with their pages (Feature.messages is a loader), by feature id. */
export const LAZY_FEATURE_MESSAGES: Readonly<Record<string, FeatureMessages>> = {
  network: withHelp(networkTexts, networkHelp),
  people: withHelp(peopleTexts, peopleHelp),
  planning: withHelp(planningTexts, planningHelp),
};

/** The later texts of the features that have them (Feature.laterMessages), by feature id. */
export const LATER_FEATURE_MESSAGES: Readonly<Record<string, FeatureMessages>> = {
  quality: { cs: { ...quality.cs, ...qualityCare.cs }, en: { ...quality.en, ...qualityCare.en } },
  benchmark,
};

/** Every feature's table, the lazily loaded ones and the later texts included. */
export const FEATURE_TABLES: readonly { id: string; messages: FeatureMessages }[] = FEATURES.map((f) => {
  const first = typeof f.messages === 'function' ? LAZY_FEATURE_MESSAGES[f.id] : f.messages;
  const later = LATER_FEATURE_MESSAGES[f.id];
  return {
    id: f.id,
    messages: later ? { cs: { ...first.cs, ...later.cs }, en: { ...first.en, ...later.en } } : first,
  };
});

export function messagesOf(lang: 'cs' | 'en'): MessageTable {
  return Object.assign({}, SHARED_MESSAGES[lang], ...FEATURE_TABLES.map((f) => f.messages[lang])) as MessageTable;
}
