// Reading list state (page, page size, enums) from a URL query string, tolerating junk.

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

export function parsePage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function parsePageSize(value: string | null, fallback: number = DEFAULT_PAGE_SIZE): number {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : fallback;
}

export function parseEnum<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parseText(value: string | null): string | undefined {
  const s = value?.trim();
  return s ? s : undefined;
}

export function parseId(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Writes the entries that differ from the defaults; keys in a stable order. */
export function toSearchString(entries: Array<[string, string | number | undefined | null]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export type AntOrder = 'ascend' | 'descend' | null;

export function toAntOrder(order: 'asc' | 'desc' | undefined): AntOrder {
  return order === 'asc' ? 'ascend' : order === 'desc' ? 'descend' : null;
}

export function fromAntOrder(order: AntOrder | undefined): 'asc' | 'desc' | undefined {
  return order === 'ascend' ? 'asc' : order === 'descend' ? 'desc' : undefined;
}
