// The people texts: the same keys and placeholders in both languages, no empty text, Czech with diacritics, every
// code the server sends (categories, states, kinds) translated, and every literal t('people.…') key used exists.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../i18n/messages';
import { cs, en } from '../i18n';
import {
  ABSENCE_READINGS,
  ACTION_STATES,
  BUDGET_CATEGORIES,
  CATEGORIES,
  FEEDBACK_QUESTIONS,
  LINK_KINDS,
  MEETING_STATES,
  PARTNER_KINDS,
  REGISTRATION_STATES,
  SCHEDULE_STATES,
  SESSION_STATES,
  TRAINING_KINDS,
} from '../people';
import { flatten, missingKeys, parityProblems, unnamedCodes } from '../../../test/messages';

const csFlat = flatten(cs);
const enFlat = flatten(en);
const all = flatten(messagesOf('cs'));

describe('people texts', () => {
  it('have the same keys, placeholders and no empty text', () => {
    expect(parityProblems(csFlat, enFlat)).toEqual([]);
  });

  it('are Czech with diacritics', () => {
    expect(csFlat['category.social_services_worker']).toBe('Pracovník v sociálních službách (§ 116)');
    expect(csFlat['registrationState.waiting']).toBe('Náhradník');
    expect(csFlat['reqState.short']).toBe('Chybí hodiny');
    expect(csFlat['regional.suppressed']).toBe('méně než 5');
    expect(csFlat['runPlan.preview']).toBe('{{places}} míst × {{runs}} běhů = {{total}} termínů');
    expect(csFlat['session.register']).toBe('Přihlásit mé pracovníky');
    expect(enFlat['session.register']).toBe('Register my workers');
  });

  it('name every code the server sends', () => {
    const groups: [string, readonly string[]][] = [
      ['category', CATEGORIES],
      ['sessionState', SESSION_STATES],
      ['registrationState', REGISTRATION_STATES],
      ['trainingKind', TRAINING_KINDS],
      ['meetingState', MEETING_STATES],
      ['actionState', ACTION_STATES],
      ['partnerKind', PARTNER_KINDS],
      ['budgetCategory', BUDGET_CATEGORIES],
      ['linkKind', LINK_KINDS],
      ['scheduleState', SCHEDULE_STATES],
      ['question', FEEDBACK_QUESTIONS],
      ['staff.reading', ABSENCE_READINGS],
    ];
    expect(unnamedCodes([csFlat, enFlat], groups)).toEqual([]);
    for (const s of ['none', 'met', 'planned', 'short']) expect(csFlat[`reqState.${s}`]).toBeTruthy();
  });

  it('are mounted in the app table and contain every literal key the module uses', () => {
    expect(all['people.tabs.staff']).toBe('Pracovníci');
    expect(missingKeys(join(__dirname, '..'), all)).toEqual([]);
  });
});
