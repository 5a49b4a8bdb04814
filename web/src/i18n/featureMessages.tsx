// The texts of a feature whose table is not in the first download (Feature.messages is a loader): fetched once,
// added to i18next in both languages, before any of the feature's pages renders. Its routes are wrapped in a lazy
// gate, so the shell's Suspense shows the loading state ("Načítám…") while the texts and the page arrive together.
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Feature, FeatureRoute } from '../app/feature';
import i18n from './index';

const loads = new Map<string, Promise<void>>();

/** Fetches a feature's texts into i18next (once; a failed fetch is tried again on the next call). */
export function loadFeatureMessages(feature: Feature): Promise<void> {
  const { messages } = feature;
  if (typeof messages !== 'function') return Promise.resolve();
  let load = loads.get(feature.id);
  if (!load) {
    load = messages().then((table) => {
      for (const lang of ['cs', 'en'] as const) i18n.addResourceBundle(lang, 'translation', table[lang], true, false);
    });
    load.catch(() => loads.delete(feature.id));
    loads.set(feature.id, load);
  }
  return load;
}

function Passthrough({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

const gates = new Map<string, ComponentType<{ children?: ReactNode }>>();

function gateOf(feature: Feature): ComponentType<{ children?: ReactNode }> {
  let gate = gates.get(feature.id);
  if (!gate) {
    gate = lazy(() => loadFeatureMessages(feature).then(() => ({ default: Passthrough })));
    gates.set(feature.id, gate);
  }
  return gate;
}

/** The feature's routes; each behind the gate that loads the feature's texts when they are not loaded yet. */
export function routesWithMessages(feature: Feature): readonly FeatureRoute[] {
  if (typeof feature.messages !== 'function') return feature.routes;
  const Gate = gateOf(feature);
  return feature.routes.map((r) => ({ ...r, element: <Gate>{r.element}</Gate> }));
}
