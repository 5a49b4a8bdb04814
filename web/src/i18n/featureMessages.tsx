// The texts that are not in the first download, fetched once and added to i18next in both languages before a page
// that shows them renders: a feature's whole table when Feature.messages is a loader (before the feature's pages),
// and every feature's Feature.laterMessages (texts pages of several modules share: before every page but the
// first-load ones, the dashboard, and the public ones, the sign-in page). The routes are wrapped in a lazy gate, so
// the shell's Suspense shows the loading state ("Načítám…") while the texts and the page arrive together.
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Feature, FeatureMessages, FeatureRoute } from '../app/feature';
import { FEATURES } from '../app/features';
import i18n from './index';

const loads = new Map<string, Promise<void>>();

function loadOnce(id: string, loader: () => Promise<FeatureMessages>): Promise<void> {
  let load = loads.get(id);
  if (!load) {
    load = loader().then((table) => {
      for (const lang of ['cs', 'en'] as const) i18n.addResourceBundle(lang, 'translation', table[lang], true, false);
    });
    load.catch(() => loads.delete(id));
    loads.set(id, load);
  }
  return load;
}

/** Fetches a feature's texts into i18next (once; a failed fetch is tried again on the next call). */
export function loadFeatureMessages(feature: Feature): Promise<void> {
  const { messages } = feature;
  if (typeof messages !== 'function') return Promise.resolve();
  return loadOnce(feature.id, messages);
}

/** Fetches every feature's later texts (Feature.laterMessages) into i18next, each once. */
export function loadLaterMessages(features: readonly Feature[] = FEATURES): Promise<void> {
  return Promise.all(
    features.flatMap((f) => (f.laterMessages ? [loadOnce(`${f.id}:later`, f.laterMessages)] : [])),
  ).then(() => undefined);
}

function Passthrough({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

const gates = new Map<string, ComponentType<{ children?: ReactNode }>>();

function gateOf(feature: Feature): ComponentType<{ children?: ReactNode }> {
  let gate = gates.get(feature.id);
  if (!gate) {
    gate = lazy(() =>
      Promise.all([loadFeatureMessages(feature), loadLaterMessages()]).then(() => ({ default: Passthrough })),
    );
    gates.set(feature.id, gate);
  }
  return gate;
}

/**
 * The feature's routes; each but the public ones behind the gate that loads the feature's texts and the later texts
 * when they are not loaded yet. The routes of a first-load feature (the dashboard) stay as they are.
 */
export function routesWithMessages(feature: Feature): readonly FeatureRoute[] {
  if (feature.firstLoad || feature.routes.every((r) => r.public)) return feature.routes;
  const Gate = gateOf(feature);
  return feature.routes.map((r) => (r.public ? r : { ...r, element: <Gate>{r.element}</Gate> }));
}
