// The JavaScript a browser needs for the sign-in page and the dashboard, compressed, against the budget of
// 250 KB (brotli, what every current browser takes; gzip printed beside). Reads vite's manifest (dist/.vite/
// manifest.json): the entry (index.html) with its static imports, then each page's chunk with its static imports;
// dynamic imports (other pages, ECharts) are not counted, they load when a page needs them. The compressed sizes
// are those of the .br/.gz siblings written by scripts/compress-dist.mjs, or computed the same way when absent.
//   node scripts/check-bundle-size.mjs [dist] [--budget-kb 250]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const PAGES = {
  login: 'src/features/accounts/pages/LoginPage.tsx',
  dashboard: 'src/features/dashboard/pages/DashboardPage.tsx',
};

/** Every chunk key reachable from `roots` through static imports (the manifest's `imports`), in visiting order. */
export function staticClosure(manifest, roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key)) continue;
    const entry = manifest[key];
    if (!entry) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const dep of entry.imports ?? []) stack.push(dep);
  }
  return [...seen];
}

function compressedSizes(dist, file) {
  const path = join(dist, file);
  const raw = readFileSync(path);
  const br = existsSync(`${path}.br`)
    ? readFileSync(`${path}.br`).length
    : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`).length : gzipSync(raw, { level: 9 }).length;
  // A file left uncompressed (compression did not pay) travels as it is.
  return { raw: raw.length, br: Math.min(br, raw.length), gz: Math.min(gz, raw.length) };
}

function main() {
  const args = process.argv.slice(2);
  const budgetAt = args.indexOf('--budget-kb');
  const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 250;
  const distArg = args.find((a, i) => !a.startsWith('--') && (budgetAt < 0 || i !== budgetAt + 1));
  const dist = resolve(distArg ?? new URL('../dist', import.meta.url).pathname);
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`check-bundle-size: ${manifestPath} is missing (run npm run build first)`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const keys = staticClosure(manifest, [entry, ...Object.values(PAGES)]);
  const files = keys.map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const total = { raw: 0, br: 0, gz: 0 };
  const rows = files.map((file) => {
    const s = compressedSizes(dist, file);
    total.raw += s.raw;
    total.br += s.br;
    total.gz += s.gz;
    return { file, ...s };
  });
  rows.sort((a, b) => b.br - a.br);
  const kb = (n) => (n / 1000).toFixed(1);
  console.log(`JavaScript for the sign-in page and the dashboard: ${files.length} files`);
  for (const r of rows.slice(0, 8))
    console.log(
      `  ${r.file.padEnd(44)} ${kb(r.raw).padStart(7)} kB  br ${kb(r.br).padStart(6)}  gz ${kb(r.gz).padStart(6)}`,
    );
  console.log(
    `  total ${kb(total.raw)} kB raw, ${kb(total.br)} kB brotli, ${kb(total.gz)} kB gzip (budget ${budgetKb} kB brotli)`,
  );
  if (total.br > budgetKb * 1000) {
    console.error(`check-bundle-size: ${kb(total.br)} kB brotli is over the budget of ${budgetKb} kB`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
