// Writes a gzip (.gz, zlib level 9) and a brotli (.br, quality 11) sibling beside every text file of the built
// front end, for `kvalis serve` (and nginx's gzip_static / brotli_static) to send by Accept-Encoding. Run by
// `npm run build` after vite. A sibling is written only where it pays: at least 10 % and 64 bytes smaller than the
// file. Fonts in woff/woff2 and images other than SVG are compressed already and left alone.
//   node scripts/compress-dist.mjs [dist]
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSIBLE = /\.(js|mjs|css|html|json|map|svg|geojson|txt|xml|ttf|otf|eot|ico|wasm)$/i;

/** Whether a compressed form of `rawSize` bytes is worth storing (and sending). */
export function pays(rawSize, compressedSize) {
  return compressedSize <= rawSize * 0.9 && rawSize - compressedSize >= 64;
}

export function gzip(data) {
  return gzipSync(data, { level: 9 });
}

export function brotli(data) {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue; // .vite/manifest.json is for the build, never served
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Compresses every eligible file under `dist`; returns what was written (and totals). */
export function compressDist(dist) {
  const result = { files: 0, raw: 0, gz: 0, br: 0, skipped: 0 };
  for (const path of files(dist)) {
    if (!COMPRESSIBLE.test(path)) continue;
    // A sibling left from an earlier run of this script on the same tree is rewritten or removed below.
    const raw = readFileSync(path);
    let wrote = false;
    for (const [suffix, compress] of [
      ['.gz', gzip],
      ['.br', brotli],
    ]) {
      const packed = compress(raw);
      if (pays(raw.length, packed.length)) {
        writeFileSync(path + suffix, packed);
        result[suffix.slice(1)] += packed.length;
        wrote = true;
      } else {
        rmSync(path + suffix, { force: true });
      }
    }
    if (wrote) {
      result.files += 1;
      result.raw += raw.length;
    } else {
      result.skipped += 1;
    }
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
  const started = Date.now();
  const r = compressDist(dist);
  const kb = (n) => (n / 1000).toFixed(1);
  console.log(
    `compress-dist: ${r.files} files (${kb(r.raw)} kB) -> gzip ${kb(r.gz)} kB, brotli ${kb(r.br)} kB; ` +
      `${r.skipped} left as they are (compression does not pay); ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
