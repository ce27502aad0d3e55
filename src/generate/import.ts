import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildLauncher, checkJava, CLASSPATH } from '../db/embedded';
import { ARRAY_DELIMITER } from './writer';

export interface ImportFiles {
  /** Each label with its files (comma-separated: the header file, then the data files). */
  nodes: [string, string][];
  /** The relationships' files, their type in a column. */
  relationships: string;
}

/** What the importer did: its counts, and seconds per stage (node import, relationship import, linking, post-processing) and CPU seconds in all. */
export interface ImportReport {
  nodes: number;
  relationships: number;
  stages: Record<string, number>;
  cpuSeconds: number;
}

/**
 * The store's block size for dynamic strings and arrays. Every node and relationship
 * carries two one-element lists (sourceIds, locators), stored in blocks of 120 bytes by
 * default: 1.2 GB of mostly empty blocks at national scale; 48-byte blocks hold them whole.
 * Strings and arrays MUST get the same size: Neo4j 5.26's bulk importer cuts arrays into
 * blocks of the string store's size (EntityImporter builds its array allocator from
 * getStringStore().getRecordDataSize()), so with 48-byte array blocks and 120-byte string
 * blocks every list longer than 48 bytes (a forum's four capacities) was written across its
 * neighbours and could not be read back ("Unable to read property value … owner NODE:-1").
 * The sizes are fixed in the store's headers when it is created; Neo4j reads them from
 * there, so the embedded launcher opens the store as it is, with no setting of its own.
 */
export const BLOCK_BYTES = 48;

/**
 * Loads the CSV files into a new database in `dataDir` with Neo4j's bulk importer
 * (`neo4j-admin database import full`), run from the embedded launcher's classpath, where
 * Neo4j's own jars already include it. The importer writes the store files directly,
 * without transactions, so a million nodes take seconds; it needs a directory without a
 * database, and Neo4j must not be running on it. `onProgress` gets the fraction done
 * (the importer's four stages, each 0–100%).
 */
export async function bulkImport(dataDir: string, files: ImportFiles, onProgress: (fraction: number, stage: string) => void): Promise<ImportReport> {
  checkJava();
  buildLauncher();
  mkdirSync(dataDir, { recursive: true });
  const config = join(dataDir, 'import.conf');
  writeFileSync(config, `internal.dbms.block_size.array_properties=${BLOCK_BYTES}\ninternal.dbms.block_size.strings=${BLOCK_BYTES}\n`);
  const args = [
    '-Xms512m',
    '-Xmx2g',
    '-cp',
    CLASSPATH,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    ...files.nodes.map(([label, file]) => `--nodes=Entity:${label}=${file}`),
    `--relationships=${files.relationships}`,
    '--id-type=string',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    // searchText joins its parts with newlines, as the seed loader writes it. (Naming only the
    // files that hold such values, --multiline-fields-format=v2, used no less CPU, and its
    // parser stopped at values that cross its 4 MB read buffer.)
    '--multiline-fields=true',
    // Off-heap memory for the importer's caches: bounded, the machine is shared.
    '--max-off-heap-memory=2G',
    `--report-file=${join(dataDir, 'import.report')}`,
    `--additional-config=${config}`,
  ];
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let stage = 0;
  let stages = 4;
  let name = 'starting';
  let stageStarted = Date.now();
  const seconds: Record<string, number> = {};
  const counts = { nodes: 0, relationships: 0 };
  let cpu = 0;
  const read = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
    const header = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d{2}-\d{2}/.exec(line);
    if (header) {
      if (name !== 'starting') seconds[name] = round((Date.now() - stageStarted) / 1000);
      stageStarted = Date.now();
      stage = Number(header[1]) - 1;
      stages = Number(header[2]);
      name = header[3];
      onProgress(stage / stages, name);
    }
    const percent = /\s(\d+)% ∆/.exec(line);
    if (percent) onProgress((stage + Number(percent[1]) / 100) / stages, name);
    const count = /^\s+(\d+) (nodes|relationships)$/.exec(line);
    if (count) counts[count[2] as 'nodes' | 'relationships'] = Number(count[1]);
    cpu = cpuSecondsOf(child.pid) ?? cpu;
  };
  createInterface({ input: child.stdout! }).on('line', read);
  createInterface({ input: child.stderr! }).on('line', read);
  // The JVM's CPU time, sampled while it runs (a process's own times are gone once it is reaped).
  const sampler = setInterval(() => (cpu = cpuSecondsOf(child.pid) ?? cpu), 250);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`could not run java for the bulk import: ${e.message}`)));
    child.once('exit', resolve);
  }).finally(() => clearInterval(sampler));
  if (code !== 0) {
    throw new Error(
      `the bulk import failed (exit ${code}); its last lines:\n${output
        .filter((l) => !/^[.\s-]/.test(l))
        .slice(-15)
        .join('\n')}`,
    );
  }
  if (name !== 'starting') seconds[name] = round((Date.now() - stageStarted) / 1000);
  onProgress(1, 'done');
  return { ...counts, stages: seconds, cpuSeconds: round(cpu) };
}

const round = (s: number): number => Math.round(s * 10) / 10;

/** User and system CPU seconds of a running process (Linux /proc), or undefined where it cannot be read. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // Fields 14 and 15 (utime, stime) after the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
