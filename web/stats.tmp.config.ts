import base from './vite.config';
import { writeFileSync } from 'node:fs';
export default {
  ...base,
  build: { ...base.build, outDir: '/tmp/h16b_dist', emptyOutDir: true },
  plugins: [
    ...(base.plugins ?? []),
    {
      name: 'stats',
      generateBundle(this: any, _o: unknown, bundle: Record<string, any>) {
        const out: any[] = [];
        for (const [f, c] of Object.entries(bundle)) {
          if (c.type !== 'chunk') continue;
          for (const [m, info] of Object.entries<any>(c.modules)) out.push({ f, m, n: info.renderedLength, imp: (this as any).getModuleInfo(m)?.importers ?? [] });
        }
        writeFileSync('/tmp/h16b_stats.json', JSON.stringify(out));
      },
    },
  ],
};
