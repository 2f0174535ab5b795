import { defineConfig } from 'vite';

// The SPA builds into dist/public, which the portal serves; dist/node holds the compiled tests and bench.
export default defineConfig({
  build: { outDir: 'dist/public', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { proxy: { '/api': 'http://127.0.0.1:8000' } },
});
