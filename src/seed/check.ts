import { resolve } from 'node:path';
import { citationsOf, formatCitations } from './citations';
import { factRowsOf, formatSourceCoverage, readSourceText, sourceCoverage } from './coverage';
import { toGraph } from './graph';
import { formatProblem } from './files';
import { readSeedSet } from './seedset';
import { readVocabulary, VOCABULARY_FILE } from '../topic/vocabulary';

/**
 * `npm run seed:check [-- --only NAME] [-- --entity ID] [-- --coverage]`: validates the seed files
 * and prints every problem; `--only` shows the problems of the files whose name contains NAME;
 * `--entity` lists where an entity is declared and every place that cites it; `--coverage`
 * prints, per source, the facts stated and inferred and the passages no fact cites.
 */
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const only = option('--only');
const entity = option('--entity');
const withCoverage = process.argv.includes('--coverage');
const dir = resolve('seed');
const { set, problems } = readSeedSet(dir);
if (!set) {
  for (const p of problems) if (!only || p.file.includes(only)) console.error(formatProblem(p));
  console.error(`seed check: ${problems.length} problem(s); nothing would be loaded`);
  process.exit(1);
}
// The shared topic vocabulary is checked against the seed set it refers to (src/topic/vocabulary.ts).
const vocabularyProblems = readVocabulary(resolve(dir, VOCABULARY_FILE), set).problems;
if (vocabularyProblems.length > 0) {
  for (const p of vocabularyProblems) console.error(formatProblem(p));
  console.error(`seed check: ${vocabularyProblems.length} problem(s) in ${VOCABULARY_FILE}; nothing would be loaded`);
  process.exit(1);
}
if (entity) {
  const found = citationsOf(set, entity);
  console.log(formatCitations(entity, found, process.cwd()));
  process.exit(found.declared ? 0 : 1);
}
const counts = new Map<string, number>();
for (const d of set.declared.values()) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
console.log(`seed check: ${set.files.length} files valid; ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (withCoverage) console.log(formatSourceCoverage(sourceCoverage(factRowsOf(toGraph(set.files)), readSourceText)));
