// Helpers of the translation tests: a table as flat dotted keys, and the source files that use them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

/** The .ts/.tsx files below dir, without tests, declarations and the folders named in `skip`. */
export function sources(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '__tests__' || skip.includes(name) ? [] : sources(p, skip);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * What breaks the parity of a Czech and an English table (flat): a key in one only, an empty text, placeholders
 * ({{n}}) that differ. Empty when they match.
 */
export function parityProblems(cs: Record<string, string>, en: Record<string, string>): string[] {
  const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort().join(' ');
  const out: string[] = [];
  for (const k of new Set([...Object.keys(cs), ...Object.keys(en)])) {
    if (!(k in cs)) out.push(`${k}: no Czech text`);
    else if (!(k in en)) out.push(`${k}: no English text`);
    else if (!cs[k].trim() || !en[k].trim()) out.push(`${k}: an empty text`);
    else if (vars(cs[k]) !== vars(en[k])) out.push(`${k}: placeholders ${vars(cs[k])} ≠ ${vars(en[k])}`);
  }
  return out;
}

/** The `${prefix}${group}.${code}` keys some table lacks, for every code of every group. */
export function unnamedCodes(
  tables: readonly Record<string, string>[],
  groups: readonly (readonly [string, readonly string[]])[],
  prefix = '',
): string[] {
  const out: string[] = [];
  for (const [group, codes] of groups)
    for (const c of codes) if (tables.some((t) => !t[`${prefix}${group}.${c}`])) out.push(`${prefix}${group}.${c}`);
  return out;
}

/**
 * The keys the source files below `dir` use that `table` lacks: literal keys of t(…) and labelKey starting
 * with `prefix` (a regular expression; any key by default), and t(`prefix.….${…}`) templates with no key under them.
 */
export function missingKeys(
  dir: string,
  table: Record<string, string>,
  { skip = [], prefix = '[a-zA-Z_]+' }: { skip?: readonly string[]; prefix?: string } = {},
): string[] {
  const literal = new RegExp(`\\b(?:t\\(\\s*|labelKey:\\s*)'((?:${prefix})(?:\\.[a-zA-Z_]+)+)'`, 'g');
  const template = new RegExp(`\\bt\\(\\s*\`((?:${prefix})(?:\\.[a-zA-Z_]+)+)\\.\\$\\{`, 'g');
  const keys = Object.keys(table);
  const missing: string[] = [];
  for (const file of sources(dir, skip)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(literal)) if (!(m[1] in table)) missing.push(`${file}: ${m[1]}`);
    for (const m of text.matchAll(template))
      if (!keys.some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
  }
  return missing;
}
