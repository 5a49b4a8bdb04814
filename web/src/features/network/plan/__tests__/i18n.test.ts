// The texts of this part: one top-level key networkPlan, the same keys and placeholders in both languages, Czech
// with diacritics, every code the server sends translated, and every literal key the part uses exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, missingKeys, parityProblems, sources, unnamedCodes } from '../../../../test/messages';
import { messages } from '../../i18n';
import { PLAN_ROUTES, PLAN_TABS, planMessages } from '../index';
import {
  ACT_STATUSES,
  ACTION_PLAN_STATUSES,
  CAPACITY_UNITS,
  COMMENT_STATUSES,
  DECISION_KINDS,
  DIRECTIONS,
  INDICATOR_SOURCES,
  ITEM_RESULTS,
  LINK_KINDS,
  MISMATCH_REASONS,
  NODE_LEVELS,
  PLAN_STATUSES,
  REGISTRY_STATUSES,
  SERVICE_STATUSES,
  YEAR_STATUSES,
} from '../types';

const cs = flatten(planMessages.cs);
const en = flatten(planMessages.en);

describe('network plan texts', () => {
  it('sit under the one top-level key networkPlan and are mounted in the network section', () => {
    expect(Object.keys(planMessages.cs)).toEqual(['networkPlan']);
    expect(Object.keys(planMessages.en)).toEqual(['networkPlan']);
    expect(messages.cs).toHaveProperty('networkPlan');
    expect(messages.en).toHaveProperty('networkPlan');
  });

  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(cs, en)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(cs['networkPlan.tabs.years']).toBe('Síť po letech');
    expect(cs['networkPlan.decisionKind.remove']).toBe('Vyřazení ze sítě');
    expect(cs['networkPlan.unit.luzka']).toBe('lůžka');
    expect(cs['networkPlan.plans.title']).toBe('Střednědobý plán rozvoje sociálních služeb');
    expect(cs['networkPlan.result.partly']).toBe('Splněno částečně');
    expect(cs['networkPlan.comments.reasonRequired']).toBe(
      'U neakceptované nebo částečně akceptované připomínky uveďte odůvodnění.',
    );
    expect(en['networkPlan.tabs.plans']).toBe('Medium-term plan');
  });

  it('name every code the server sends', () => {
    const groups: [string, readonly string[]][] = [
      ['yearStatus', YEAR_STATUSES],
      ['decisionKind', DECISION_KINDS],
      ['unit', CAPACITY_UNITS],
      ['actStatus', ACT_STATUSES],
      ['serviceStatus', SERVICE_STATUSES],
      ['registryStatus', REGISTRY_STATUSES],
      ['mismatch', MISMATCH_REASONS],
      ['planStatus', PLAN_STATUSES],
      ['level', NODE_LEVELS],
      ['levelAdd', NODE_LEVELS],
      ['linkKind', LINK_KINDS],
      ['commentStatus', COMMENT_STATUSES],
      ['actionStatus', ACTION_PLAN_STATUSES],
      ['result', ITEM_RESULTS],
      ['source', INDICATOR_SOURCES],
      ['direction', DIRECTIONS],
    ];
    expect(unnamedCodes([cs, en], groups, 'networkPlan.')).toEqual([]);
  });

  it('contain every literal networkPlan key used in this part, and the tab labels', () => {
    const missing = missingKeys(join(__dirname, '..'), cs, { prefix: 'networkPlan' });
    // keys kept in tables of codes ('networkPlan.level.goal' as a value)
    for (const file of sources(join(__dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(networkPlan\.[a-zA-Z_]+\.[a-zA-Z_.]+)'/g))
        if (!(m[1] in cs)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
    for (const tab of PLAN_TABS) expect(cs[tab.labelKey], tab.labelKey).toBeTruthy();
  });

  it('route every tab to a page', () => {
    const paths = PLAN_ROUTES.map((r) => r.path);
    for (const tab of PLAN_TABS) expect(paths).toContain(tab.path);
  });
});
