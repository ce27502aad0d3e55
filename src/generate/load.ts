import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { connect, type Database } from '../db/database';
import { startEmbedded, type EmbeddedNeo4j } from '../db/embedded';
import { createSchemaAtOnce, migrate } from '../db/migrate';
import { freePort } from '../db/ports';
import { bulkImport, cpuSecondsOf } from './import';
import { count, Progress } from './progress';
import type { Scale } from './scales';
import { writeCsv } from './csv';

/** The file that marks a data directory as holding a generated, synthetic graph. */
export const MANIFEST = 'synthetic-graph.json';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  dataDir: string;
  /** Replace a synthetic graph already in dataDir. */
  force?: boolean;
  /** Keep the CSV files the importer read (in dataDir/import). */
  keepCsv?: boolean;
  /** Progress bars on stderr. */
  progress?: boolean;
  /** Threads writing the CSV files (default: one per core). */
  threads?: number;
  /** Memory of the Neo4j that applies the migrations and builds the indexes. */
  pageCacheMb?: number;
  heapMb?: number;
}

export interface GenerateReport {
  scale: string;
  seed: number;
  dataDir: string;
  nodes: number;
  relationships: number;
  /** Seconds per phase, and in all (wall clock). */
  seconds: { csv: number; import: number; start: number; schema: number; migrations: number; indexes: number; stop: number; total: number };
  /** Where the time went inside the phases, in seconds: CPU seconds per process and phase, the CSV writers' and the importer's stages. */
  detail: {
    /** Summed over the writer threads, which run side by side. */
    csv: { rows: number; format: number; write: number };
    importStages: Record<string, number>;
    cpu: { csv: number; import: number; neo4j: number };
  };
  /** The machine's 1-minute load average when the run started and ended (it is shared: wall-clock figures depend on it). */
  load: { start: number; end: number; cores: number };
}

/**
 * Generates a synthetic graph into its own data directory: writes the CSV files, bulk-imports
 * them, then starts Neo4j on the new database to apply the migrations (constraints, indexes,
 * full-text indexes) and waits until every index is online, so the service can start on it
 * at once. Refuses a directory that holds anything but a generated graph.
 */
export async function generateGraph(options: GenerateOptions): Promise<GenerateReport> {
  const started = Date.now();
  const load = { start: round(loadavg()[0]), end: 0, cores: cpus().length };
  const seconds = { csv: 0, import: 0, start: 0, schema: 0, migrations: 0, indexes: 0, stop: 0, total: 0 };
  const lap = (() => {
    let last = Date.now();
    return () => {
      const now = Date.now();
      const s = (now - last) / 1000;
      last = now;
      return round(s);
    };
  })();
  prepare(options);
  // Marked at once, so a run that stops half-way leaves a directory --force may clear.
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(join(options.dataDir, MANIFEST), JSON.stringify({ scale: options.scale.name, seed: options.seed, state: 'generating' }) + '\n');
  const progress = new Progress(options.progress ?? false);

  const csvDir = join(options.dataDir, 'import');
  const cpuBefore = process.cpuUsage();
  progress.start('csv', 1);
  const csv = await writeCsv(options.scale, options.seed, csvDir, options.threads ?? cpus().length, (done, total, nodes, relationships) => {
    progress.setTotal(total);
    const rate = nodes / Math.max(0.001, (Date.now() - started) / 1000);
    progress.update(done, `${count(nodes)} nodes, ${count(relationships)} relationships, ${count(Math.round(rate))} nodes/s`);
  });
  progress.stop();
  seconds.csv = lap();
  const cpuCsv = process.cpuUsage(cpuBefore);

  progress.start('import', 1000);
  const imported = await bulkImport(options.dataDir, csv.files, (fraction, stage) =>
    progress.update(Math.round(fraction * 1000), `${stage}: ${count(csv.nodes)} nodes, ${count(csv.relationships)} relationships`),
  );
  progress.stop();
  seconds.import = lap();
  if (imported.nodes !== csv.nodes || imported.relationships !== csv.relationships) {
    throw new Error(`the importer loaded ${imported.nodes} nodes and ${imported.relationships} relationships of ${csv.nodes} and ${csv.relationships} written`);
  }
  if (!options.keepCsv) rmSync(csvDir, { recursive: true, force: true });

  progress.start('neo4j', 1, 'starting Neo4j on the new store');
  const neo4j = await startEmbedded({
    dataDir: options.dataDir,
    boltPort: await freePort(),
    pageCacheMb: options.pageCacheMb ?? 2048,
    heapMb: options.heapMb ?? 2048,
    readyTimeoutS: 300,
  });
  let totals: { nodes: number; relationships: number };
  let neo4jCpu: number | undefined;
  try {
    const db = await connect(neo4j.uri, 'neo4j', 'neo4j', 'neo4j', 120);
    try {
      progress.stop();
      seconds.start = lap();
      // Every index and constraint in one schema transaction: Neo4j fills them in one pass over the store.
      await createSchemaAtOnce(db);
      seconds.schema = lap();
      progress.start('migrate', 1, "the migrations' data statements");
      await migrate(db);
      progress.stop();
      seconds.migrations = lap();
      await awaitIndexes(db, progress);
      seconds.indexes = lap();
      [totals] = (await db.read('generate/totals')) as (typeof totals)[];
      neo4jCpu = cpuSecondsOf(neo4j.pid) ?? 0;
    } finally {
      await db.driver.close();
    }
  } finally {
    // Stopped before the figures are taken: the graph is ready to serve only once Neo4j has flushed it and let go of the store.
    await stopSoon(neo4j, options.dataDir);
  }
  seconds.stop = lap();
  seconds.total = round((Date.now() - started) / 1000);
  load.end = round(loadavg()[0]);
  const report: GenerateReport = {
    scale: options.scale.name,
    seed: options.seed,
    dataDir: options.dataDir,
    ...totals,
    seconds,
    detail: {
      csv: csv.seconds,
      importStages: imported.stages,
      cpu: { csv: round((cpuCsv.user + cpuCsv.system) / 1e6), import: imported.cpuSeconds, neo4j: round(neo4jCpu ?? 0) },
    },
    load,
  };
  writeFileSync(
    join(options.dataDir, MANIFEST),
    JSON.stringify({ ...report, note: 'A synthetic graph made by `npm run generate`; no fact in it is real.' }, null, 2) + '\n',
  );
  return report;
}

const round = (s: number): number => Math.round(s * 10) / 10;

/** The directory must be new, empty, or hold a generated graph that --force may replace. */
function prepare(options: GenerateOptions): void {
  const { dataDir } = options;
  // The importer takes its files as comma-separated lists.
  if (dataDir.includes(',')) throw new Error(`--data-dir ${dataDir} contains a comma; choose a path without one`);
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) return;
  const manifest = join(dataDir, MANIFEST);
  if (!existsSync(manifest)) {
    throw new Error(
      `${dataDir} is not empty and holds no generated graph (no ${MANIFEST}); choose another --data-dir (a synthetic graph never goes into a sourced one)`,
    );
  }
  if (!options.force) {
    const old = JSON.parse(readFileSync(manifest, 'utf8'));
    throw new Error(`${dataDir} already holds a generated graph (scale ${old.scale}, seed ${old.seed}); add --force to replace it`);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Stops Neo4j, and ends its JVM as soon as its log says both databases have stopped (each
 * checkpointed and closed): what is left of a graceful stop is the Bolt server's 10 s of
 * quiet periods, which serve no one here. If the log never says so, the graceful stop
 * simply runs to its end.
 */
async function stopSoon(neo4j: EmbeddedNeo4j, dataDir: string): Promise<void> {
  const log = join(dataDir, 'logs', 'debug.log');
  const from = existsSync(log) ? statSync(log).size : 0;
  const stopping = neo4j.stop();
  let exited = false;
  void neo4j.exited.then(() => (exited = true));
  while (!exited) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(from) : '';
    if (/Stopped 'DatabaseId\{\w+\[system\]\}' successfully/.test(tail)) {
      process.kill(neo4j.pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopping;
}

/** Waits until every index is online, with the average population as progress; fails if one failed. */
async function awaitIndexes(db: Database, progress: Progress): Promise<void> {
  progress.start('indexes', 100);
  for (;;) {
    const rows = await db.read('generate/indexes');
    const failed = rows.filter((r) => r.state === 'FAILED');
    if (failed.length) throw new Error(`index ${failed.map((r) => r.name).join(', ')} failed to populate; see logs/debug.log in the data directory`);
    const online = rows.filter((r) => r.state === 'ONLINE').length;
    const percent = rows.reduce((sum, r) => sum + Number(r.populationPercent ?? 0), 0) / Math.max(1, rows.length);
    progress.update(Math.floor(percent), `${online} of ${rows.length} indexes online`);
    if (online === rows.length) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  progress.stop();
}
