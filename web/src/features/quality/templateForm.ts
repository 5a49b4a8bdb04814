// The template form's values ⇄ the API (shares in % on screen, 0–1 in the API). Pure.
import type { QScale, QScaleLevel, QTemplate, QTemplateInput, QWeight } from './types';

export const CUSTOM_SCALE = '__custom';

export interface TemplateFormValues {
  name: string;
  description?: string;
  set_id?: number;
  scale_code: string;
  levels: Array<{ code: string; label_cs: string; label_en?: string; points?: number | null }>;
  essential_min_points?: number | null;
  min_share_percent?: number | null;
  min_share_per_standard_percent?: number | null;
  weights: QWeight[];
  archived?: boolean;
}

const toPercent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 1000) / 10;
const toShare = (percent: number | null | undefined) =>
  percent === null || percent === undefined ? null : percent / 100;

export function templateToForm(t: QTemplate | undefined, builtin: readonly QScale[]): TemplateFormValues {
  if (!t) {
    const first = builtin[0];
    return {
      name: '',
      scale_code: first?.code ?? CUSTOM_SCALE,
      levels: first ? first.levels.map((l) => ({ ...l })) : [],
      weights: [],
    };
  }
  const isBuiltin = builtin.some((b) => b.code === t.scale.code);
  return {
    name: t.name,
    description: t.description,
    set_id: t.set_id,
    scale_code: isBuiltin ? t.scale.code : CUSTOM_SCALE,
    levels: t.scale.levels.map((l) => ({ ...l })),
    essential_min_points: t.pass_rule.essential_min_points ?? null,
    min_share_percent: toPercent(t.pass_rule.min_share),
    min_share_per_standard_percent: toPercent(t.pass_rule.min_share_per_standard),
    weights: t.weights.map((w) => ({ ...w })),
    archived: t.archived,
  };
}

export function formToTemplateInput(
  v: TemplateFormValues,
  builtin: readonly QScale[],
  customName: string,
): QTemplateInput {
  const chosen = builtin.find((b) => b.code === v.scale_code);
  const levels: QScaleLevel[] = (chosen ? chosen.levels : v.levels).map((l) => ({
    code: l.code.trim(),
    label_cs: l.label_cs.trim(),
    label_en: (l.label_en ?? '').trim() || l.label_cs.trim(),
    points: l.points === undefined || l.points === null ? null : Number(l.points),
  }));
  const scale: QScale = chosen
    ? { ...chosen, levels }
    : { code: 'custom', name_cs: customName, name_en: customName, levels, max_points: 0 };
  return {
    name: v.name.trim(),
    description: v.description ?? '',
    set_id: v.set_id,
    scale,
    pass_rule: {
      essential_min_points: v.essential_min_points ?? null,
      min_share: toShare(v.min_share_percent),
      min_share_per_standard: toShare(v.min_share_per_standard_percent),
      text: '',
    },
    weights: v.weights
      .filter((w) => w.code.trim() && Number.isFinite(Number(w.weight)))
      .map((w) => ({ code: w.code.trim(), weight: Number(w.weight) })),
    archived: v.archived ?? false,
  };
}
