import { resolve } from 'node:path';
import { formatProblem } from './files';
import { readSeedSet } from './seedset';

/**
 * `npm run seed:check [-- --only NAME]`: validates the seed files and prints every problem;
 * `--only` shows the problems of the files whose name contains NAME.
 */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const dir = resolve('seed');
const { set, problems } = readSeedSet(dir);
if (!set) {
  for (const p of problems) if (!only || p.file.includes(only)) console.error(formatProblem(p));
  console.error(`seed check: ${problems.length} problem(s); nothing would be loaded`);
  process.exit(1);
}
const counts = new Map<string, number>();
for (const d of set.declared.values()) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
console.log(`seed check: ${set.files.length} files valid; ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
