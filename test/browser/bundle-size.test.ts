import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_SCRIPT } from '../../src/server/embed';
import { EXPLORER_DIR } from '../../src/server/explorer';

/**
 * The explorer's JavaScript budget (gzip): what the first view loads, and everything.
 * The diagram layout (dagre) is a dynamic import and must stay out of the first view.
 * Raise a budget only with a reason in the commit message.
 */
export const INITIAL_JS_BUDGET_GZIP = 30 * 1024;
export const TOTAL_JS_BUDGET_GZIP = 60 * 1024;
/**
 * What a portal's page loads before its embedded views render: /embed.js, the module it
 * imports and that module's static imports (the diagram layout comes on demand, with a chain).
 */
export const EMBED_JS_BUDGET_GZIP = 30 * 1024;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifestPath = join(EXPLORER_DIR, '.vite', 'manifest.json');

function manifest(): Record<string, Chunk> {
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` (npm test does) before the tests`);
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

const gzipped = (file: string): number => gzipSync(readFileSync(join(EXPLORER_DIR, file)), { level: 9 }).length;

/** An entry chunk and every chunk it imports statically: what its first view waits for. */
function initialFiles(chunks: Record<string, Chunk>, entry = 'index.html'): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of chunks[key].imports ?? []) visit(next);
  };
  if (!chunks[entry]?.isEntry) throw new Error(`the manifest has no entry ${entry}`);
  visit(entry);
  return [...seen].map((key) => chunks[key].file);
}

test(`the first view's JavaScript stays within ${INITIAL_JS_BUDGET_GZIP / 1024} KB gzip`, () => {
  const files = initialFiles(manifest());
  const size = files.reduce((sum, f) => sum + gzipped(f), 0);
  process.stdout.write(`explorer initial JS: ${(size / 1024).toFixed(1)} KB gzip (${files.join(', ')})\n`);
  expect(size).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
});

test('the diagram layout is loaded on demand, not with the first view', () => {
  const chunks = manifest();
  const initial = initialFiles(chunks);
  const layout = Object.entries(chunks).find(([key]) => key.endsWith('chain-layout.ts'));
  expect(layout).toBeDefined();
  expect(initial).not.toContain(layout![1].file);
  expect(readFileSync(join(EXPLORER_DIR, layout![1].file), 'utf8')).toContain('dagre');
  for (const file of initial) expect(readFileSync(join(EXPLORER_DIR, file), 'utf8')).not.toContain('dagre');
});

test(`all of the explorer's JavaScript stays within ${TOTAL_JS_BUDGET_GZIP / 1024} KB gzip`, () => {
  const files = [
    ...new Set(
      Object.values(manifest())
        .map((c) => c.file)
        .filter((f) => f.endsWith('.js')),
    ),
  ];
  const size = files.reduce((sum, f) => sum + gzipped(f), 0);
  process.stdout.write(`explorer all JS: ${(size / 1024).toFixed(1)} KB gzip\n`);
  expect(size).toBeLessThanOrEqual(TOTAL_JS_BUDGET_GZIP);
});

test(`the embed script with what it loads before a view renders stays within ${EMBED_JS_BUDGET_GZIP / 1024} KB gzip`, () => {
  const chunks = manifest();
  const files = initialFiles(chunks, 'src/embed.ts');
  const loader = readFileSync(EMBED_SCRIPT, 'utf8');
  // The loader imports exactly the embeds' module of this build.
  expect(loader).toContain(`"/${chunks['src/embed.ts'].file}"`);
  const size = gzipSync(loader, { level: 9 }).length + files.reduce((sum, f) => sum + gzipped(f), 0);
  process.stdout.write(
    `embed JS: ${(size / 1024).toFixed(1)} KB gzip (embed.js, ${files.join(', ')}); the diagram layout adds ${(gzipped(chunks['src/components/chain-layout.ts'].file) / 1024).toFixed(1)} KB with a chain\n`,
  );
  expect(size).toBeLessThanOrEqual(EMBED_JS_BUDGET_GZIP);
  for (const file of files) expect(readFileSync(join(EXPLORER_DIR, file), 'utf8')).not.toContain('dagre');
});
