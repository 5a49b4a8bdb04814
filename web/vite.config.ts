/// <reference types="vitest/config" />
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { appTheme } from './src/app/theme';

// antd's form context (antd/es/form/context.js), imported by every input-like control and by ContextIsolator,
// takes only FormProvider from rc-field-form; the package's index would bring the whole of rc-field-form and
// async-validator with it (its Form statics are assignments Rollup cannot drop). That one import goes to the
// module that defines FormProvider, the same module the index re-exports it from.
function rcFormProviderOnly(): Plugin {
  return {
    name: 'kvalis-rc-form-provider-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'rc-field-form' && importer && /antd[\\/]es[\\/]form[\\/]context\.js$/.test(importer))
        return this.resolve('rc-field-form/es/FormContext', importer, { skipSelf: true });
      return null;
    },
  };
}

// antd's Card imports Tabs for its tabList, which no card of the app uses: Card gets src/lib/antd/CardTabs.tsx
// instead, which loads Tabs when a card with tabs renders, so Tabs and rc-tabs stay out of Card's chunk.
function cardTabsOnDemand(): Plugin {
  return {
    name: 'kvalis-card-tabs-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../tabs' && importer && /antd[\\/]es[\\/]card[\\/]Card\.js$/.test(importer))
        return fileURLToPath(new URL('./src/lib/antd/CardTabs.tsx', import.meta.url));
      return null;
    },
  };
}

// index.html asks for the dashboard's chunks (<link rel="modulepreload">) beside the entry's: on the start page they
// are needed as soon as the session is known, and are otherwise fetched only once the entry has run (some twenty
// small files behind it).
function preloadDashboardChunks(): Plugin {
  return {
    name: 'kvalis-preload-dashboard-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry);
        const page = chunks.find((c) => c.facadeModuleId?.endsWith('/src/features/dashboard/pages/DashboardPage.tsx'));
        if (!entry || !page) return [];
        const loaded = new Set([entry.fileName, ...entry.imports]);
        const files: string[] = [];
        const stack = [page.fileName];
        while (stack.length) {
          const file = stack.pop()!;
          if (loaded.has(file) || files.includes(file)) continue;
          files.push(file);
          stack.push(...(byFile.get(file)?.imports ?? []));
        }
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// `import 'virtual:antd-styles.css'` (main.tsx, first of the styles): in a build, Ant Design's styles of the first
// load's components for the application's theme, written by scripts/antd-static-styles.mjs, so that the browser
// does not generate them while it renders the first page (antd reads the file's own record of what it holds and
// generates the rest as before). In the dev server and the unit tests it is empty: antd generates everything.
function antdStaticStyles(): Plugin {
  const id = 'virtual:antd-styles.css';
  const resolved = '/__kvalis-antd-styles.css';
  let build = false;
  return {
    name: 'kvalis-antd-static-styles',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(source) {
      return source === id ? resolved : null;
    },
    load(loaded) {
      if (loaded !== resolved) return null;
      if (!build) return '';
      const script = fileURLToPath(new URL('./scripts/antd-static-styles.mjs', import.meta.url));
      // the theme of a browser that does not ask for reduced motion (src/app/theme.ts, as App.tsx asks for it)
      return execFileSync(process.execPath, [script], {
        input: JSON.stringify(appTheme(true)),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    },
  };
}

// The C++ server serves dist/: index.html with no-cache, assets/ (hashed names) long-cached,
// and falls back to index.html for client-side routes; npm run build then writes .br/.gz copies
// (scripts/compress-dist.mjs) that it sends by Accept-Encoding. The manifest (dist/.vite) is read by
// scripts/check-bundle-size.mjs. Ant Design is not one forced chunk: Rollup splits its components by
// the pages that use them, so the first download carries only the shell's, the sign-in page's and the
// dashboard's.
export default defineConfig({
  plugins: [react(), rcFormProviderOnly(), cardTabsOnDemand(), preloadDashboardChunks(), antdStaticStyles()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'node',
    // a worker thread per core (vitest's default leaves one core to itself, which on CI's two cores is one
    // worker): the files spend their time importing React and antd, not in the main process
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism()),
    include: ['src/**/__tests__/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setupMessages.ts'],
  },
});
