// The texts of features that load them with their pages (Feature.messages is a loader): the tests' table lists each,
// the loader gives that table, and loading adds it to i18next in both languages, once.
import { describe, expect, it, vi } from 'vitest';
import { FEATURES } from '../../app/features';
import type { Feature } from '../../app/feature';
import i18n from '../index';
import { loadFeatureMessages, loadLaterMessages, routesWithMessages } from '../featureMessages';
import { LATER_FEATURE_MESSAGES, LAZY_FEATURE_MESSAGES } from '../messages';
import { startupMessagesOf } from '../startup';

describe('lazily loaded feature texts', () => {
  it('are listed for the tests and given by each feature loader', async () => {
    const lazy = FEATURES.filter((f) => typeof f.messages === 'function');
    expect(lazy.map((f) => f.id).sort()).toEqual(Object.keys(LAZY_FEATURE_MESSAGES).sort());
    for (const f of lazy) {
      const table = await (f.messages as () => Promise<unknown>)();
      expect(table, f.id).toEqual(LAZY_FEATURE_MESSAGES[f.id]);
    }
  });

  it('are not in the texts the app starts with, which hold those of the sign-in page and the dashboard', () => {
    const startup = startupMessagesOf('cs');
    expect(Object.keys(startup)).toEqual(expect.arrayContaining(['app', 'nav', 'login', 'home', 'quality']));
    for (const table of Object.values(LAZY_FEATURE_MESSAGES))
      for (const key of Object.keys(table.cs)) expect(startup, key).not.toHaveProperty(key);
  });

  it('are added to i18next in both languages, fetched once', async () => {
    const loader = vi.fn(async () => ({
      cs: { lazyProbe: { title: 'Zkušební text' } },
      en: { lazyProbe: { title: 'Probe text' } },
    }));
    const feature: Feature = { id: 'lazyProbe', routes: [], nav: [], messages: loader };
    await Promise.all([loadFeatureMessages(feature), loadFeatureMessages(feature)]);
    await loadFeatureMessages(feature);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(i18n.getFixedT('cs')('lazyProbe.title')).toBe('Zkušební text');
    expect(i18n.getFixedT('en')('lazyProbe.title')).toBe('Probe text');
  });

  it('are tried again after a failed fetch', async () => {
    const loader = vi
      .fn<() => Promise<{ cs: Record<string, string>; en: Record<string, string> }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ cs: { lazyRetry: 'znovu' }, en: { lazyRetry: 'again' } });
    const feature: Feature = { id: 'lazyRetry', routes: [], nav: [], messages: loader };
    await expect(loadFeatureMessages(feature)).rejects.toThrow('offline');
    await loadFeatureMessages(feature);
    expect(loader).toHaveBeenCalledTimes(2);
    expect(i18n.getFixedT('cs')('lazyRetry')).toBe('znovu');
  });

  it('gate the routes of a feature that loads them, and leave the others as they are', () => {
    const eager = FEATURES.find((f) => f.id === 'dashboard')!;
    expect(routesWithMessages(eager)).toBe(eager.routes);
    const network = FEATURES.find((f) => f.id === 'network')!;
    const gated = routesWithMessages(network);
    expect(gated.map((r) => [r.path, r.permission])).toEqual(network.routes.map((r) => [r.path, r.permission]));
    expect(gated[0].element).not.toBe(network.routes[0].element);
  });

  it('later texts: listed for the tests, given by each feature loader, out of the startup texts but what the dashboard shows', async () => {
    const later = FEATURES.filter((f) => f.laterMessages);
    expect(later.map((f) => f.id).sort()).toEqual(Object.keys(LATER_FEATURE_MESSAGES).sort());
    for (const f of later) expect(await f.laterMessages!(), f.id).toEqual(LATER_FEATURE_MESSAGES[f.id]);
    const startup = startupMessagesOf('cs');
    expect(startup).not.toHaveProperty('benchmark');
    expect(startup).not.toHaveProperty('qualityCare');
    expect(Object.keys(startup.quality as object)).toEqual(['auditType']);
    expect(i18n.getFixedT('cs')('quality.auditType.internal')).toBe('Interní audit');
  });

  it('later texts are added to i18next, each feature once', async () => {
    const loader = vi.fn(async () => ({ cs: { laterProbe: 'později' }, en: { laterProbe: 'later' } }));
    const feature: Feature = {
      id: 'laterProbe',
      routes: [],
      nav: [],
      messages: { cs: {}, en: {} },
      laterMessages: loader,
    };
    await Promise.all([loadLaterMessages([feature]), loadLaterMessages([feature])]);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(i18n.getFixedT('en')('laterProbe')).toBe('later');
  });

  it('gate every page but the dashboard and the public sign-in page', () => {
    for (const id of ['quality', 'benchmark', 'registry', 'system', 'notifications']) {
      const f = FEATURES.find((x) => x.id === id)!;
      const gated = routesWithMessages(f);
      gated.forEach((r, i) => expect(r.element, `${id} ${r.path}`).not.toBe(f.routes[i].element));
    }
    const accounts = FEATURES.find((f) => f.id === 'accounts')!;
    const routes = routesWithMessages(accounts);
    routes.forEach((r, i) =>
      r.public
        ? expect(r.element).toBe(accounts.routes[i].element)
        : expect(r.element).not.toBe(accounts.routes[i].element),
    );
    expect(routes.some((r) => r.public)).toBe(true);
  });
});
