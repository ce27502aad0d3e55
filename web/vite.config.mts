import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/** Where the embeds' module is in the build (the manifest key of web/src/embed.ts). */
const EMBED_ENTRY = 'src/embed.ts';

/**
 * /embed.js, the one URL a portal writes: a loader of a few hundred bytes that imports the
 * embeds' module under its hashed name, resolved against the loader's own src so it is
 * fetched from the service whatever page includes it.
 *
 * Why a loader and not the bundle itself under a stable name: the bundle and the chunks it
 * shares with the explorer keep hashed names cached for a year (a new build has new names),
 * and only these bytes are revalidated on each page view (Cache-Control: no-cache with an
 * ETag, src/server/explorer.ts); a stale cached copy can never point at chunks a new build
 * removed. And it is a classic script, so a plain `<script src>` works as well as
 * `type="module"` (a module has no document.currentScript: it finds its own tag by name).
 */
function embedLoader(): Plugin {
  return {
    name: 'govgraph-embed-loader',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(EMBED_ENTRY));
      if (!entry) this.error(`the build has no chunk for ${EMBED_ENTRY}`);
      const source = `/* govgraph embeds: this loader imports the views from ${entry.fileName} (see README, Embedding in your portal) */
(function () {
  var me = document.currentScript || [].slice.call(document.querySelectorAll('script[src]')).filter(function (s) { return /\\/embed\\.js(?:[?#]|$)/.test(s.src); })[0];
  import(new URL(${JSON.stringify('/' + entry.fileName)}, me ? me.src : location.href).href).catch(function (e) { console.error('govgraph: the embeds could not load', e); });
})();
`;
      this.emitFile({ type: 'asset', fileName: 'embed.js', source });
    },
  };
}

/**
 * The explorer (index.html) and the embeds (src/embed.ts, the same components): built from
 * web/ into dist/web, served by the service itself (no CDN). They share their chunks. The
 * manifest lets the size check find each entry and what it imports statically; the diagram
 * layout (dagre) is a dynamic import, so it lands in its own chunk.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [embedLoader()],
  // URLs written into JavaScript (the preload list of a dynamic import) resolve against
  // the chunk's own URL, so an embed on another origin fetches them from the service.
  experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL(EMBED_ENTRY, import.meta.url)),
      },
      // The chunk both entries share holds the views; it is named for that, not for
      // whichever module rolldown would name it after.
      output: { chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/views-[hash].js') },
    },
  },
});
