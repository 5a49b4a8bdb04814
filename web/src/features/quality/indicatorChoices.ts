// Linking a corrective action to a benchmark indicator: one searchable choice of the indicators of the
// working groups the audited organisation takes part in, by name, grouped by working group.
import type { QIndicatorChoice } from './types';

export interface IndicatorLink {
  bm_group_id: number;
  bm_indicator_code: string;
}

/** The choice's value: "<group id>:<indicator code>". */
export function choiceValue(link: IndicatorLink): string {
  return `${link.bm_group_id}:${link.bm_indicator_code}`;
}

/** The link of a chosen value; null for no choice or a malformed value. */
export function parseChoiceValue(value: string | null | undefined): IndicatorLink | null {
  const m = /^(\d+):(.+)$/.exec(value ?? '');
  return m ? { bm_group_id: Number(m[1]), bm_indicator_code: m[2] } : null;
}

export interface ChoiceGroup {
  label: string;
  options: Array<{ value: string; label: string; code: string }>;
}

/**
 * Options grouped by working group, labelled "Name (unit)" in the UI language; the search matches the
 * name, the code and the group. The action's current link stays choosable even when it is no longer
 * offered (a group left, a newer methodology without the indicator), named as the action names it.
 */
export function indicatorChoiceOptions(
  choices: readonly QIndicatorChoice[],
  lang: string,
  current?: (IndicatorLink & { name?: string; group_name?: string }) | null,
): ChoiceGroup[] {
  const groups = new Map<number, ChoiceGroup>();
  const add = (groupId: number, groupName: string, code: string, label: string) => {
    const g = groups.get(groupId) ?? { label: groupName, options: [] };
    groups.set(groupId, g);
    g.options.push({ value: choiceValue({ bm_group_id: groupId, bm_indicator_code: code }), label, code });
  };
  for (const c of choices) {
    const name = (lang === 'en' && c.name_en) || c.name_cs || c.code;
    add(c.group_id, c.group_name, c.code, c.unit ? `${name} (${c.unit})` : name);
  }
  if (
    current &&
    current.bm_indicator_code &&
    !choices.some((c) => c.group_id === current.bm_group_id && c.code === current.bm_indicator_code)
  )
    add(
      current.bm_group_id,
      current.group_name || String(current.bm_group_id),
      current.bm_indicator_code,
      current.name || current.bm_indicator_code,
    );
  return [...groups.values()];
}

/** Whether an option matches what was typed (name, code or group, without regard to case or accents). */
export function choiceMatches(input: string, option: { label: string; code: string }, group = ''): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const q = fold(input.trim());
  return !q || fold(option.label).includes(q) || fold(option.code).includes(q) || fold(group).includes(q);
}
