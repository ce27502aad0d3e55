import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../config';
import { generateGraph } from './load';
import { count } from './progress';
import { SCALES } from './scales';

const HELP = `npm run generate -- --scale national|county|tiny [--seed N] [--data-dir DIR] [--counties 05,13] [--force] [--keep-csv]

Builds a synthetic, deterministic governance graph (every node and relationship marked
synthetic: true) into its own Neo4j data directory (default .data/<scale>), never into the
sourced graph. Scales:
${Object.values(SCALES)
  .map((s) => `  ${s.name.padEnd(9)} ${s.description}`)
  .join('\n')}
Serve it with: NEO4J_DATA_DIR=.data/national npm run serve`;

/** `npm run generate -- --scale national`: generate, bulk-import, migrate, index; report the figures. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'national' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      counties: { type: 'string' },
      force: { type: 'boolean', default: false },
      'keep-csv': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(HELP);
  const base = SCALES[values.scale!];
  if (!base) throw new Error(`--scale '${values.scale}' is not one of ${Object.keys(SCALES).join(', ')}`);
  if (!/^\d{1,9}$/.test(values.seed!)) throw new Error(`--seed '${values.seed}' must be a whole number, e.g. --seed 1`);
  const counties = values.counties?.split(',').map((c) => c.trim());
  if (counties?.some((c) => !/^\d{2}$/.test(c))) throw new Error(`--counties '${values.counties}' must be two-digit SCB county codes, e.g. --counties 05,13`);
  const scale = counties ? { ...base, counties } : base;
  const dataDir = resolve(values['data-dir'] ?? resolve(ROOT, '.data', scale.name));
  console.error(`generating the ${scale.name} graph (seed ${values.seed}) into ${dataDir}`);
  const report = await generateGraph({ scale, seed: Number(values.seed), dataDir, force: values.force, keepCsv: values['keep-csv'], progress: true });
  const { seconds: s, detail: d, load } = report;
  const stages = Object.entries(d.importStages)
    .map(([stage, t]) => `${stage.toLowerCase()} ${t} s`)
    .join(', ');
  console.log(
    `generated ${count(report.nodes)} nodes and ${count(report.relationships)} relationships (scale ${report.scale}, seed ${report.seed}) in ${s.total} s\n` +
      `  CSV          ${s.csv} s (CPU ${d.cpu.csv} s; the writer threads' own time, summed: rows ${d.csv.rows} s, CSV lines ${d.csv.format} s, file writes ${d.csv.write} s)\n` +
      `  bulk import  ${s.import} s (CPU ${d.cpu.import} s; ${stages})\n` +
      `  Neo4j start  ${s.start} s\n` +
      `  schema       ${s.schema} s (constraints and indexes created)\n` +
      `  migrations   ${s.migrations} s (their data statements, while the indexes fill)\n` +
      `  indexes      ${s.indexes} s (until every index is online; Neo4j CPU ${d.cpu.neo4j} s from start to here)\n` +
      `  stop         ${s.stop} s\n` +
      `  load average ${load.start} at the start, ${load.end} at the end, on ${load.cores} cores (the machine is shared: wall-clock times grow with it)\n` +
      `serve it: NEO4J_DATA_DIR=${report.dataDir} npm run serve`,
  );
}

main().catch((e) => {
  console.error(`generate failed: ${(e as Error).message}`);
  process.exit(1);
});
