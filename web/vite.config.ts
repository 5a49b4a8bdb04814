/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/: index.html with no-cache, assets/ (hashed names) long-cached,
// and falls back to index.html for client-side routes; npm run build then writes .br/.gz copies
// (scripts/compress-dist.mjs) that it sends by Accept-Encoding. The manifest (dist/.vite) is read by
// scripts/check-bundle-size.mjs. Ant Design is not one forced chunk: Rollup splits its components by
// the pages that use them, so the first download carries only the shell's, the sign-in page's and the
// dashboard's.
export default defineConfig({
  plugins: [react()],
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
    include: ['src/**/__tests__/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setupMessages.ts'],
  },
});
