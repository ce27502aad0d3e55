import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The explorer: built from web/ into dist/web, served by the service itself (no CDN).
 * The manifest lets the size check find the entry chunk and what it imports statically;
 * the diagram layout (dagre) is a dynamic import, so it lands in its own chunk.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
});
