// Good practice: the record ⇄ the edit form ⇄ the request body.
import type { GoodPractice, GoodPracticeInput } from './types';

export interface LinkRow {
  service_id?: number | null;
  round_id?: number | null;
  indicator_id?: number | null;
  note?: string;
}

export interface PracticeFormValues {
  title: string;
  summary?: string;
  body?: string;
  kinds?: string[];
  links?: LinkRow[];
}

export function practiceToForm(p: GoodPractice): PracticeFormValues {
  return {
    title: p.title,
    summary: p.summary,
    body: p.body,
    kinds: p.kinds,
    links: p.links.map((l) => ({
      service_id: l.service_id ?? null,
      round_id: l.round_id ?? null,
      indicator_id: l.indicator_id ?? null,
      note: l.note,
    })),
  };
}

/** A new record from the comparison page: ?service=&round=&indicator= become its first link. */
export function newPracticeForm(search: string): PracticeFormValues {
  const p = new URLSearchParams(search);
  const id = (k: string) => {
    const n = Number(p.get(k));
    return Number.isInteger(n) && n > 0 ? n : null;
  };
  const link = { service_id: id('service'), round_id: id('round'), indicator_id: id('indicator'), note: '' };
  return {
    title: '',
    summary: '',
    body: '',
    kinds: [],
    links: link.service_id || link.round_id || link.indicator_id ? [link] : [],
  };
}

/** The body: texts trimmed, links without any target dropped; an indicator needs its round. */
export function practiceInput(v: PracticeFormValues): GoodPracticeInput {
  const links = (v.links ?? [])
    .filter((l) => l.service_id || l.round_id || l.indicator_id)
    .map((l) => ({
      service_id: l.service_id ?? null,
      round_id: l.round_id ?? null,
      indicator_id: l.round_id ? (l.indicator_id ?? null) : null,
      note: (l.note ?? '').trim(),
    }));
  return {
    title: v.title.trim(),
    summary: (v.summary ?? '').trim(),
    body: (v.body ?? '').trim(),
    kinds: v.kinds ?? [],
    links,
  };
}
