import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/cs';
import 'dayjs/locale/en';
import { setLanguageSource } from '../api/client';
import { startupMessagesOf } from './startup';

export type UiLanguage = 'cs' | 'en';
export const LANGUAGES: UiLanguage[] = ['cs', 'en'];
export const LANGUAGE_STORAGE_KEY = 'kvalis.language';

export function normaliseLanguage(value: unknown): UiLanguage {
  return value === 'en' ? 'en' : 'cs';
}

function storedLanguage(): UiLanguage {
  try {
    return normaliseLanguage(globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'cs';
  }
}

const initial = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: {
    cs: { translation: startupMessagesOf('cs') },
    en: { translation: startupMessagesOf('en') },
  },
  lng: initial,
  fallbackLng: 'cs',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key missing in every language shows as the raw key (or a code as its default value): say so on the
  // console, where developers and the browser crawl test (web/e2e/crawl.test.mjs) see it.
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => console.warn(`i18n: missing key ${key}`),
});

dayjs.locale(initial);
if (typeof document !== 'undefined') document.documentElement.lang = initial;
setLanguageSource(() => normaliseLanguage(i18n.language));

/** Switches the UI language (texts, dates, <html lang>) and remembers it in this browser. */
export function applyLanguage(lang: UiLanguage): void {
  void i18n.changeLanguage(lang);
  dayjs.locale(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* storage unavailable (private mode): the choice lasts for this page only */
  }
}

export default i18n;
