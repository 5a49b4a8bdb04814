// The coverage form's drafts: what is checked before saving and submitting (each problem names the need and the
// field), the body sent to the API, and the need a server error points at.
import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  answerProblems,
  answersInput,
  draftOf,
  draftsOf,
  parseCount,
  uploadContentType,
  type AnswerDraft,
} from '../answers';
import type { CoverageAnswer, CoverageForm } from '../types';

const need = (id: number, name: string, patch: Partial<CoverageAnswer> = {}): CoverageAnswer => ({
  need_area_id: id,
  need_code: `n${id}`,
  need_name: name,
  activities: [],
  mode: null,
  mediated_service_id: null,
  mediated_service_name: '',
  mediated_text: '',
  clients: null,
  contacts: null,
  note: '',
  ...patch,
});

const needs = [need(1, 'Bydlení'), need(2, 'Strava'), need(3, 'Osobní hygiena')];

const draft = (patch: Partial<AnswerDraft>): AnswerDraft => ({ ...draftOf(need(0, '')), ...patch });

describe('draftOf', () => {
  it('takes the saved answer, a mediated service before a text', () => {
    expect(
      draftOf(
        need(1, 'Bydlení', {
          mode: 'mediated',
          mediated_service_id: 7,
          mediated_service_name: 'Azylový dům',
          clients: 12,
        }),
      ),
    ).toEqual({
      mode: 'mediated',
      mediatedBy: 'service',
      mediated_service_id: 7,
      mediated_service_name: 'Azylový dům',
      mediated_text: '',
      clients: '12',
      contacts: '',
      note: '',
    });
    expect(draftOf(need(1, 'Bydlení', { mode: 'mediated', mediated_text: 'Městský úřad' })).mediatedBy).toBe('text');
  });

  it('treats an unknown or empty mode as not answered', () => {
    expect(draftOf(need(1, 'X', { mode: '' })).mode).toBeNull();
    expect(draftOf(need(1, 'X', { mode: 'sometimes' as never })).mode).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['12', 12],
    ['1 250', 1250],
    ['-1', undefined],
    ['2,5', undefined],
    ['abc', undefined],
  ])('%j → %j', (text, expected) => expect(parseCount(text)).toBe(expected));
});

describe('answerProblems', () => {
  const drafts = {
    1: draft({ mode: 'direct', clients: '10' }),
    2: draft({ mode: 'mediated', mediatedBy: 'text', mediated_text: '  ', contacts: 'pět' }),
    3: draft({}),
  };

  it('on submit: every need needs a mode, a mediated need its service or text, volumes are counts', () => {
    expect(answerProblems(needs, drafts, true)).toEqual([
      { need_area_id: 2, need_name: 'Strava', field: 'mediated', problem: 'mediatedMissing' },
      { need_area_id: 2, need_name: 'Strava', field: 'contacts', problem: 'notACount' },
      { need_area_id: 3, need_name: 'Osobní hygiena', field: 'mode', problem: 'modeMissing' },
    ]);
  });

  it('on saving a draft: only what is filled in is checked', () => {
    expect(answerProblems(needs, drafts, false)).toEqual([
      { need_area_id: 2, need_name: 'Strava', field: 'contacts', problem: 'notACount' },
    ]);
  });

  it('accepts a mediated need with a service of the registry', () => {
    const ok = { 1: draft({ mode: 'mediated', mediatedBy: 'service', mediated_service_id: 44 }) };
    expect(answerProblems([needs[0]], ok, true)).toEqual([]);
    const none = { 1: draft({ mode: 'mediated', mediatedBy: 'service', mediated_service_id: null }) };
    expect(answerProblems([needs[0]], none, true).map((p) => p.problem)).toEqual(['mediatedMissing']);
  });
});

describe('answersInput', () => {
  it('sends every need, only the chosen kind of mediation, counts as numbers', () => {
    const drafts = {
      1: draft({
        mode: 'mediated',
        mediatedBy: 'service',
        mediated_service_id: 44,
        mediated_text: 'old',
        clients: '3',
      }),
      2: draft({ mode: 'referred', mediated_service_id: 44, note: ' OSPOD ' }),
    };
    expect(answersInput(needs, drafts)).toEqual([
      {
        need_area_id: 1,
        mode: 'mediated',
        mediated_service_id: 44,
        mediated_text: '',
        clients: 3,
        contacts: null,
        note: '',
      },
      {
        need_area_id: 2,
        mode: 'referred',
        mediated_service_id: null,
        mediated_text: '',
        clients: null,
        contacts: null,
        note: 'OSPOD',
      },
      {
        need_area_id: 3,
        mode: null,
        mediated_service_id: null,
        mediated_text: '',
        clients: null,
        contacts: null,
        note: '',
      },
    ]);
  });
});

describe('answeredCount and draftsOf', () => {
  it('counts the needs with a mode', () => {
    const form = {
      needs: [need(1, 'A', { mode: 'direct' }), need(2, 'B'), need(3, 'C', { mode: 'none' })],
    } as CoverageForm;
    expect(answeredCount(draftsOf(form))).toBe(2);
  });
});

describe('uploadContentType', () => {
  it('names the workbook and CSV types by the file name', () => {
    expect(uploadContentType('pokryti.XLSX', '')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(uploadContentType('pokryti.csv', '')).toBe('text/csv; charset=utf-8');
    expect(uploadContentType('x.bin', 'application/zip')).toBe('application/zip');
  });
});
