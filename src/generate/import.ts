import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * Loads the CSV files into a new database in `dataDir` with Neo4j's bulk importer
 * (`neo4j-admin database import full`), run from the embedded launcher's classpath, where
 * Neo4j's own jars already include it. The importer writes the store files directly,
 * without transactions, so a million nodes take seconds; it needs a directory without a
 * database, and Neo4j must not be running on it. `onProgress` gets the fraction done
 * (the importer's four stages, each 0–100%).
 */
export async function bulkImport(
  dataDir: string,
  files: ImportFiles,
  onProgress: (fraction: number, stage: string) => void,
): Promise<{ nodes: number; relationships: number }> {
  checkJava();
  buildLauncher();
  mkdirSync(dataDir, { recursive: true });
  // Every node and relationship carries two one-element lists (sourceIds, locators); Neo4j
  // stores each list in blocks of 120 bytes by default, which is 1.2 GB of mostly empty
  // blocks at national scale. 48-byte blocks hold these lists whole: half the store, a fifth
  // less import time. The block size is fixed in the store when it is created (it is Neo4j's
  // internal setting for that), so the embedded launcher opens the store as it is.
  const config = join(dataDir, 'import.conf');
  writeFileSync(config, 'internal.dbms.block_size.array_properties=48\n');
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
    // searchText joins its parts with newlines, as the seed loader writes it.
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
  const counts = { nodes: 0, relationships: 0 };
  const read = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
    const header = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d{2}-\d{2}/.exec(line);
    if (header) {
      stage = Number(header[1]) - 1;
      stages = Number(header[2]);
      name = header[3];
      onProgress(stage / stages, name);
    }
    const percent = /\s(\d+)% ∆/.exec(line);
    if (percent) onProgress((stage + Number(percent[1]) / 100) / stages, name);
    const count = /^\s+(\d+) (nodes|relationships)$/.exec(line);
    if (count) counts[count[2] as 'nodes' | 'relationships'] = Number(count[1]);
  };
  createInterface({ input: child.stdout! }).on('line', read);
  createInterface({ input: child.stderr! }).on('line', read);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`could not run java for the bulk import: ${e.message}`)));
    child.once('exit', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `the bulk import failed (exit ${code}); its last lines:\n${output
        .filter((l) => !/^[.\s-]/.test(l))
        .slice(-15)
        .join('\n')}`,
    );
  }
  onProgress(1, 'done');
  return counts;
}
