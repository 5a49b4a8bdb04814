// The coverage texts: the same keys and placeholders in both languages, no empty text, Czech with diacritics, every
// mode and state the server sends translated, and every literal t('networkCoverage.…') key used exists.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, missingKeys, parityProblems } from '../../../../test/messages';
import { COVERAGE_ROUTES, COVERAGE_TABS, coverageMessages } from '../index';
import { MODES } from '../answers';
import { ROUND_STATUSES } from '../rounds';

const cs = flatten(coverageMessages.cs);
const en = flatten(coverageMessages.en);

describe('coverage texts', () => {
  it('sit under the one top-level key networkCoverage', () => {
    expect(Object.keys(coverageMessages.cs)).toEqual(['networkCoverage']);
    expect(Object.keys(coverageMessages.en)).toEqual(['networkCoverage']);
  });

  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(cs, en)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(cs['networkCoverage.mode.direct']).toBe('Přímo v rámci základních činností');
    expect(cs['networkCoverage.mode.referred']).toBe('Odkazem na sociálního pracovníka obce');
    expect(cs['networkCoverage.minimal.title']).toBe('Minimální podoba služby');
    expect(cs['networkCoverage.map.title']).toBe('Mapa pokrytí potřeb');
    expect(en['networkCoverage.mode.mediated']).toBe('By mediating contact with another service');
  });

  it('translate every mode and state', () => {
    for (const m of MODES) {
      expect(cs[`networkCoverage.mode.${m}`], m).toBeTruthy();
      expect(cs[`networkCoverage.modeShort.${m}`], m).toBeTruthy();
    }
    for (const s of ROUND_STATUSES) expect(cs[`networkCoverage.roundStatus.${s}`], s).toBeTruthy();
    for (const s of ['open', 'submitted']) expect(cs[`networkCoverage.submissionStatus.${s}`], s).toBeTruthy();
    for (const s of ['draft', 'set', 'superseded']) expect(cs[`networkCoverage.minimalStatus.${s}`], s).toBeTruthy();
  });

  it('contain every literal networkCoverage key used in this part, and the tab labels', () => {
    expect(missingKeys(join(__dirname, '..'), cs, { prefix: 'networkCoverage' })).toEqual([]);
    for (const tab of COVERAGE_TABS) expect(cs[tab.labelKey], tab.labelKey).toBeTruthy();
  });

  it('route every tab to a page', () => {
    const paths = COVERAGE_ROUTES.map((r) => r.path);
    for (const tab of COVERAGE_TABS) expect(paths).toContain(tab.path);
    expect(paths).toEqual([
      'coverage',
      'coverage/rounds/:id',
      'coverage/submissions/:id',
      'coverage/map',
      'minimal',
      'minimal/:id',
    ]);
  });
});
