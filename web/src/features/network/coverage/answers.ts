// The coverage form of a service as the user edits it: one draft per need of the card (mode, the service or text
// a mediated need goes to, volumes, note), the checks before saving and submitting (each problem names the need and
// the field), and the body the API takes.
import type { CoverageAnswer, CoverageAnswerInput, CoverageForm, CoverageMode } from './types';

export const MODES: readonly CoverageMode[] = ['direct', 'mediated', 'referred', 'none'];

export interface AnswerDraft {
  mode: CoverageMode | null;
  /** Mediated: a service of the registry, or a text when the other service is not in it. */
  mediatedBy: 'service' | 'text';
  mediated_service_id: number | null;
  mediated_service_name: string;
  mediated_text: string;
  clients: string;
  contacts: string;
  note: string;
}

export type AnswerField = 'mode' | 'mediated' | 'clients' | 'contacts';

/** A problem of one need's answer: which need, which field, and the i18n key (under networkCoverage.form.problem). */
export interface AnswerProblem {
  need_area_id: number;
  need_name: string;
  field: AnswerField;
  problem: 'modeMissing' | 'mediatedMissing' | 'notACount';
}

const isMode = (v: unknown): v is CoverageMode => typeof v === 'string' && (MODES as readonly string[]).includes(v);
const countText = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '');

export function draftOf(a: CoverageAnswer): AnswerDraft {
  return {
    mode: isMode(a.mode) ? a.mode : null,
    mediatedBy: a.mediated_service_id ? 'service' : a.mediated_text ? 'text' : 'service',
    mediated_service_id: a.mediated_service_id ?? null,
    mediated_service_name: a.mediated_service_name ?? '',
    mediated_text: a.mediated_text ?? '',
    clients: countText(a.clients),
    contacts: countText(a.contacts),
    note: a.note ?? '',
  };
}

export function draftsOf(f: CoverageForm): Record<number, AnswerDraft> {
  return Object.fromEntries(f.needs.map((n) => [n.need_area_id, draftOf(n)]));
}

/** A volume as typed: '' is unknown (null), a whole number ≥ 0 is a count, anything else is invalid (undefined). */
export function parseCount(text: string): number | null | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * The problems of the drafts. `complete`: the form is to be submitted, so every need needs a mode; saving a
 * partly filled form checks only what is filled.
 */
export function answerProblems(
  needs: readonly Pick<CoverageAnswer, 'need_area_id' | 'need_name'>[],
  drafts: Readonly<Record<number, AnswerDraft>>,
  complete: boolean,
): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  for (const n of needs) {
    const d = drafts[n.need_area_id];
    const at = (field: AnswerField, problem: AnswerProblem['problem']) =>
      out.push({ need_area_id: n.need_area_id, need_name: n.need_name, field, problem });
    if (!d || !d.mode) {
      if (complete) at('mode', 'modeMissing');
    } else if (d.mode === 'mediated' && complete) {
      const given = d.mediatedBy === 'service' ? Boolean(d.mediated_service_id) : d.mediated_text.trim() !== '';
      if (!given) at('mediated', 'mediatedMissing');
    }
    if (d && parseCount(d.clients) === undefined) at('clients', 'notACount');
    if (d && parseCount(d.contacts) === undefined) at('contacts', 'notACount');
  }
  return out;
}

/** The body of PUT /coverage/submissions/{id}: every need, unanswered ones with mode null. */
export function answersInput(
  needs: readonly Pick<CoverageAnswer, 'need_area_id'>[],
  drafts: Readonly<Record<number, AnswerDraft>>,
): CoverageAnswerInput[] {
  return needs.map((n) => {
    const d = drafts[n.need_area_id];
    const mediated = d?.mode === 'mediated';
    return {
      need_area_id: n.need_area_id,
      mode: d?.mode ?? null,
      mediated_service_id: mediated && d.mediatedBy === 'service' ? d.mediated_service_id : null,
      mediated_text: mediated && d.mediatedBy === 'text' ? d.mediated_text.trim() : '',
      clients: d ? (parseCount(d.clients) ?? null) : null,
      contacts: d ? (parseCount(d.contacts) ?? null) : null,
      note: d?.note.trim() ?? '',
    };
  });
}

/** Needs with a mode chosen, of all. */
export function answeredCount(drafts: Readonly<Record<number, AnswerDraft>>): number {
  return Object.values(drafts).filter((d) => d.mode !== null).length;
}

/** The content type of an uploaded answers file (browsers may give none for .csv). */
export function uploadContentType(fileName: string, type: string): string {
  if (/\.xlsx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(fileName)) return 'text/csv; charset=utf-8';
  return type || 'application/octet-stream';
}

export const UPLOAD_ACCEPT = '.xlsx,.csv';
