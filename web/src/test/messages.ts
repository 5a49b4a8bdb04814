// Helpers of the translation tests: a table as flat dotted keys, and the source files that use them.
import { readdirSync, statSync } from 'node:fs';
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
