// Editing a standard set in the browser: the rows of the editor, their checks and the API body of a
// new version (or a new set). Pure.
import type { QCriterionInput, QSet, QSetInput, QStandardInput } from './types';

export interface EditorCriterion extends QCriterionInput {
  key: string;
}

export interface EditorState {
  standards: QStandardInput[];
  criteria: EditorCriterion[];
}

let seq = 0;
export const newKey = () => `n${++seq}`;

export function editorFromSet(set: QSet | undefined): EditorState {
  if (!set) return { standards: [], criteria: [] };
  return {
    standards: set.standards.map((s) => ({ number: s.number, name_cs: s.name_cs, part: s.part })),
    criteria: set.standards.flatMap((s) =>
      s.criteria.map((c) => ({
        key: `c${c.id}`,
        standard: s.number,
        letter: c.letter,
        essential: c.essential || 'unknown',
        text_cs: c.text_cs,
        source: c.source,
        note: c.note,
      })),
    ),
  };
}

/** The next free letter of a standard (a, b, … z, then aa). */
export function nextLetter(state: EditorState, standard: number): string {
  const used = new Set(state.criteria.filter((c) => c.standard === standard).map((c) => c.letter));
  for (let i = 0; i < 26; i++) {
    const l = String.fromCharCode(97 + i);
    if (!used.has(l)) return l;
  }
  return `a${used.size}`;
}

export interface EditorProblem {
  key: string; // criterion key or `s<number>`
  field: string;
  message: 'duplicate' | 'unknownStandard' | 'letterInvalid' | 'standardInvalid' | 'nameMissing';
}

export function editorProblems(state: EditorState): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const numbers = new Set<number>();
  for (const s of state.standards) {
    if (!Number.isInteger(s.number) || s.number < 1 || numbers.has(s.number))
      problems.push({ key: `s${s.number}`, field: 'number', message: 'standardInvalid' });
    if (!s.name_cs.trim()) problems.push({ key: `s${s.number}`, field: 'name_cs', message: 'nameMissing' });
    numbers.add(s.number);
  }
  const seen = new Set<string>();
  for (const c of state.criteria) {
    if (!numbers.has(c.standard)) problems.push({ key: c.key, field: 'standard', message: 'unknownStandard' });
    if (!/^[a-z]{1,3}$/.test(c.letter)) problems.push({ key: c.key, field: 'letter', message: 'letterInvalid' });
    const code = `${c.standard}${c.letter}`;
    if (seen.has(code)) problems.push({ key: c.key, field: 'letter', message: 'duplicate' });
    seen.add(code);
  }
  return problems;
}

/** The API body: standards by number, criteria by standard and letter. */
export function editorToInput(state: EditorState, extra: Omit<QSetInput, 'standards' | 'criteria'>): QSetInput {
  const standards = [...state.standards]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ number: s.number, name_cs: s.name_cs.trim(), part: s.part ?? '' }));
  const criteria = [...state.criteria]
    .sort((a, b) => a.standard - b.standard || a.letter.localeCompare(b.letter))
    .map(({ key: _key, ...c }) => ({ ...c, text_cs: c.text_cs.trim(), source: c.source ?? '', note: c.note ?? '' }));
  return { ...extra, standards, criteria };
}

/**
 * The first day a new version may start: today, or the day after the newest version's start when that
 * is today or later (a version must start after the one before it). YYYY-MM-DD.
 */
export function nextValidFrom(versions: readonly { valid_from: string }[], today: string): string {
  const latest = versions
    .map((v) => v.valid_from)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .pop();
  if (!latest || latest < today) return today;
  const d = new Date(`${latest}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
