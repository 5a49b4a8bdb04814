// Pure logic of the network year by year: the filters of a year's entries (kind, ORP, provider), the capacity of
// each kind over the years (the chart), the decision form's checks and the body sent, the next year to start.
// No React, no server; unit-tested.
import type { DecisionInput, DecisionKind, Entry, NetworkYear, NetworkYearDetail, RegistryDiff } from './types';

export interface EntryFilters {
  kind?: string;
  territory?: string;
  provider?: number;
  text?: string;
}

/** The entries matching every filter set (text: part of the service's or the provider's name, any case). */
export function filterEntries(entries: readonly Entry[], f: EntryFilters): Entry[] {
  const text = (f.text ?? '').trim().toLocaleLowerCase('cs');
  return entries.filter(
    (e) =>
      (!f.kind || e.kind_code === f.kind) &&
      (!f.territory || e.territories.some((t) => t.code === f.territory)) &&
      (!f.provider || e.provider_id === f.provider) &&
      (!text ||
        e.service_name.toLocaleLowerCase('cs').includes(text) ||
        e.provider_name.toLocaleLowerCase('cs').includes(text)),
  );
}

export interface Option<V> {
  value: V;
  label: string;
}

const byLabel = <V>(a: Option<V>, b: Option<V>) => a.label.localeCompare(b.label, 'cs');

/** The filter choices a year's entries offer: kinds, territories (ORP) and providers, by name. */
export function filterOptions(entries: readonly Entry[]): {
  kinds: Option<string>[];
  territories: Option<string>[];
  providers: Option<number>[];
} {
  const kinds = new Map<string, string>();
  const territories = new Map<string, string>();
  const providers = new Map<number, string>();
  for (const e of entries) {
    kinds.set(e.kind_code, e.kind_name || e.kind_code);
    for (const t of e.territories) territories.set(t.code, t.name || t.code);
    providers.set(e.provider_id, e.provider_name);
  }
  return {
    kinds: [...kinds].map(([value, label]) => ({ value, label })).sort(byLabel),
    territories: [...territories].map(([value, label]) => ({ value, label })).sort(byLabel),
    providers: [...providers].map(([value, label]) => ({ value, label })).sort(byLabel),
  };
}

/** Capacity per unit of a list of entries (the totals under the table after filtering). */
export function capacityByUnit(entries: readonly Entry[]): { unit: string; capacity: number }[] {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.capacity_unit, (out.get(e.capacity_unit) ?? 0) + e.capacity);
  return [...out].map(([unit, capacity]) => ({ unit, capacity })).sort((a, b) => a.unit.localeCompare(b.unit));
}

export interface KindSeries {
  kind: string;
  name: string;
  unit: string;
  /** capacity in each year of `years`, 0 when the kind had nothing in the network that year */
  values: number[];
}

/**
 * The network's capacity of each kind (and unit) in each year, years ascending. Kinds whose services count in
 * different units get one series per unit; series are ordered by name.
 */
export function capacityByKind(details: readonly Pick<NetworkYearDetail, 'year' | 'entries'>[]): {
  years: number[];
  series: KindSeries[];
} {
  const sorted = [...details].sort((a, b) => a.year - b.year);
  const years = sorted.map((d) => d.year);
  const series = new Map<string, KindSeries>();
  sorted.forEach((d, i) => {
    for (const e of d.entries) {
      const key = `${e.kind_code}|${e.capacity_unit}`;
      let s = series.get(key);
      if (!s) {
        s = { kind: e.kind_code, name: e.kind_name || e.kind_code, unit: e.capacity_unit, values: years.map(() => 0) };
        series.set(key, s);
      }
      s.values[i] += e.capacity;
    }
  });
  return {
    years,
    series: [...series.values()].sort((a, b) => a.name.localeCompare(b.name, 'cs') || a.unit.localeCompare(b.unit)),
  };
}

/** The units the series use, the most frequent first (the chart shows one unit at a time). */
export function seriesUnits(series: readonly KindSeries[]): string[] {
  const count = new Map<string, number>();
  for (const s of series) count.set(s.unit, (count.get(s.unit) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([u]) => u);
}

/** The year a new network year gets: the one after the latest, or this year when there is none. */
export function nextYear(years: readonly Pick<NetworkYear, 'year'>[], today = new Date()): number {
  return years.length ? Math.max(...years.map((y) => y.year)) + 1 : today.getFullYear();
}

/** The newest year first. */
export function sortYears<T extends Pick<NetworkYear, 'year'>>(years: readonly T[]): T[] {
  return [...years].sort((a, b) => b.year - a.year);
}

export interface DecisionDraft {
  kind: DecisionKind;
  service_id?: number;
  decided_on: string;
  reason: string;
  decided_by_text: string;
  capacity_after: string;
  capacity_unit: string;
  /** ORP codes the entry covers after the decision (include, change); undefined: unchanged / the registry's */
  territories?: string[];
}

/** A number typed the Czech way ("1 250,5"); undefined when it is not a number. */
export function parseAmount(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * The draft's problems as [field, translation key]: a service (in the network for a change or removal, not in it
 * for an inclusion), a date, a reason; a positive capacity for an inclusion or a change, different from today's.
 */
export function decisionProblems(d: DecisionDraft, entries: readonly Entry[]): [string, string][] {
  const out: [string, string][] = [];
  const entry = entries.find((e) => e.service_id === d.service_id);
  if (!d.service_id) out.push(['service_id', 'networkPlan.decision.serviceRequired']);
  else if (d.kind === 'include' && entry) out.push(['service_id', 'networkPlan.decision.alreadyIn']);
  else if (d.kind !== 'include' && !entry) out.push(['service_id', 'networkPlan.decision.notIn']);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.decided_on)) out.push(['decided_on', 'networkPlan.decision.dateRequired']);
  if (!d.reason.trim()) out.push(['reason', 'networkPlan.decision.reasonRequired']);
  if (d.kind !== 'remove') {
    const c = parseAmount(d.capacity_after);
    if (c === undefined || c <= 0) out.push(['capacity_after', 'networkPlan.decision.capacityPositive']);
    else if (
      d.kind === 'change' &&
      entry &&
      c === entry.capacity &&
      (d.capacity_unit || entry.capacity_unit) === entry.capacity_unit &&
      sameCodes(
        d.territories ?? entry.territories.map((t) => t.code),
        entry.territories.map((t) => t.code),
      )
    )
      out.push(['capacity_after', 'networkPlan.decision.sameCapacity']);
  }
  return out;
}

/** The body of POST /years/{id}/decisions (no capacity for a removal; the unit only when chosen). */
export function decisionInput(d: DecisionDraft): DecisionInput {
  const body: DecisionInput = {
    service_id: d.service_id ?? 0,
    kind: d.kind,
    decided_on: d.decided_on,
    reason: d.reason.trim(),
  };
  if (d.decided_by_text.trim()) body.decided_by_text = d.decided_by_text.trim();
  if (d.kind !== 'remove') {
    const c = parseAmount(d.capacity_after);
    if (c !== undefined) body.capacity_after = c;
    if (d.capacity_unit) body.capacity_unit = d.capacity_unit;
    if (d.territories?.length) body.territories_after = [...d.territories];
  }
  return body;
}

/**
 * What a new entrustment act takes over from the service's place in the network: its capacity, unit and ORP
 * territories, only where the form is still empty (what the officer typed stays).
 */
export function actFromEntry(
  entry: Pick<Entry, 'capacity' | 'capacity_unit' | 'territories'> | undefined,
  current: { capacity?: number | null; capacity_unit?: string; territories?: string[] },
): { capacity?: number; capacity_unit?: string; territories?: string[] } {
  if (!entry) return {};
  const out: { capacity?: number; capacity_unit?: string; territories?: string[] } = {};
  if (current.capacity === null || current.capacity === undefined) out.capacity = entry.capacity;
  if (!current.capacity_unit && entry.capacity_unit) out.capacity_unit = entry.capacity_unit;
  if (!current.territories?.length && entry.territories.length) out.territories = entry.territories.map((x) => x.code);
  return out;
}

/**
 * What the region should know before approving a year's network, from its comparison with the registry: services in
 * the network the registry no longer has, and capacities above or beside the registered ones. i18n keys with counts.
 */
export function yearApproveWarnings(
  diff: Pick<RegistryDiff, 'not_registered' | 'capacity_mismatch'> | undefined,
): { key: string; values: { count: number } }[] {
  if (!diff) return [];
  const out: { key: string; values: { count: number } }[] = [];
  if (diff.not_registered.length)
    out.push({ key: 'networkPlan.year.warnNotRegistered', values: { count: diff.not_registered.length } });
  if (diff.capacity_mismatch.length)
    out.push({ key: 'networkPlan.year.warnMismatch', values: { count: diff.capacity_mismatch.length } });
  return out;
}
