// What a feature (web/src/features/<module>/) gives the app: its routes, its side-navigation entries and its texts.
// Each feature declares one in its routes.tsx; web/src/app/features.ts lists them all, and the router (App.tsx),
// the side navigation (navigation.ts) and i18next (web/src/i18n) are built from that one list.
import type { ReactNode } from 'react';
import type { NavItem } from './navigation';

/** A table of texts: nested keys, strings at the leaves (plural forms are keys like `one`, `few`, `other`). */
export type MessageTable = { [key: string]: string | MessageTable };

export interface FeatureRoute {
  /** Relative to the app root ('' is the index page, 'quality/*' hands the rest to the feature's own router). */
  path: string;
  element: ReactNode;
  /** Only users holding this permission see the page (others see "no access"). */
  permission?: string;
  /** Shown without the signed-in shell (the sign-in page). */
  public?: boolean;
}

/** A feature's texts in both languages. */
export interface FeatureMessages {
  cs: MessageTable;
  en: MessageTable;
}

export interface Feature {
  id: string;
  routes: readonly FeatureRoute[];
  nav: readonly NavItem[];
  /**
   * Merged at the root of the translation table; top-level keys must not clash between features. The table itself
   * when the sign-in page, the shell or the dashboard use its texts (it comes with the first download); a loader
   * (`() => import('./i18n').then((m) => m.messages)`) when only the feature's own pages do: the app fetches it
   * before they render (web/src/i18n/featureMessages.tsx), and web/src/i18n/messages.ts lists it for the tests.
   */
  messages: FeatureMessages | (() => Promise<FeatureMessages>);
  /**
   * The rest of the feature's texts when `messages` is the part the first download needs: pages of several modules
   * use them, so every page but the first-load ones (`firstLoad`) and the public ones waits until every feature's
   * `laterMessages` are in i18next (web/src/i18n/featureMessages.tsx).
   */
  laterMessages?: () => Promise<FeatureMessages>;
  /** Its pages are in the first download and show only the texts the app starts with (the dashboard): not gated. */
  firstLoad?: boolean;
}
