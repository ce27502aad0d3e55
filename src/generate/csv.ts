import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { KindName } from '../model';
import { chunkAt, chunkCount, emitChunk, type Sink } from './rows';
import type { Scale } from './scales';
import { buildStructure } from './structure';
import { CsvWriter, importFiles } from './writer';
import type { ImportFiles } from './import';

export interface CsvResult {
  nodes: number;
  relationships: number;
  files: ImportFiles;
  /** Summed over the writers (which run side by side). */
  seconds: CsvSeconds;
}

/** The writers' young generation (V8's default is 16 MB with 8 MB semi-spaces on 64-bit). */
const YOUNG_GENERATION_MB = 192;

interface Tally {
  chunks: number;
  nodes: number;
  relationships: number;
}

/** Where a writer's time went, in seconds: making the rows, formatting them as CSV lines, writing the files. */
export interface CsvSeconds {
  rows: number;
  format: number;
  write: number;
}

/** A chunk's rows, held until they are written (in flat arrays, reused: no object per row). */
class RowBuffer implements Sink {
  private readonly nodes: unknown[] = [];
  private readonly rels: unknown[] = [];

  node(label: KindName, props: Record<string, unknown>): void {
    this.nodes.push(label, props);
  }

  rel(type: string, from: string, to: string, props: Record<string, unknown>): void {
    this.rels.push(type, from, to, props);
  }

  /** Writes the held rows in the order they came (nodes and relationships go to separate files) and forgets them. */
  replay(sink: Sink): void {
    const { nodes, rels } = this;
    for (let i = 0; i < nodes.length; i += 2) sink.node(nodes[i] as KindName, nodes[i + 1] as Record<string, unknown>);
    for (let i = 0; i < rels.length; i += 4) sink.rel(rels[i] as string, rels[i + 1] as string, rels[i + 2] as string, rels[i + 3] as Record<string, unknown>);
    nodes.length = 0;
    rels.length = 0;
  }
}

/**
 * One writer's share: chunk i goes to part i % parts. Every part builds the same structure
 * from the seed, and each body's activity comes from its own random stream, so the graph
 * does not depend on how many parts write it.
 */
function writePart(
  scale: Scale,
  seed: number,
  dir: string,
  part: number,
  parts: number,
  report: (t: Tally) => void,
): Tally & { labels: string[]; seconds: CsvSeconds } {
  let started = performance.now();
  const structure = buildStructure(scale, seed);
  const writer = new CsvWriter(dir, part);
  const tally: Tally = { chunks: 0, nodes: 0, relationships: 0 };
  // Each chunk's rows are made first, then written, so the two are timed apart.
  const rows = new RowBuffer();
  const seconds: CsvSeconds = { rows: 0, format: 0, write: 0 };
  for (let i = part; i < chunkCount(structure); i += parts) {
    emitChunk(chunkAt(structure, i), rows, i === 0 ? structure.source : undefined);
    const made = performance.now();
    seconds.rows += made - started;
    rows.replay(writer);
    started = performance.now();
    seconds.format += started - made;
    tally.chunks++;
    if (tally.chunks % 10 === 0) report({ chunks: tally.chunks, nodes: writer.nodes, relationships: writer.relationships });
  }
  const labels = writer.close();
  seconds.format += performance.now() - started;
  // The file writes happened inside formatting (a buffer's flush); counted on their own.
  seconds.write = writer.writeMs;
  seconds.format -= writer.writeMs;
  for (const k of ['rows', 'format', 'write'] as const) seconds[k] = Math.round(seconds[k] / 100) / 10;
  return { chunks: tally.chunks, nodes: writer.nodes, relationships: writer.relationships, labels, seconds };
}

/**
 * The CSV phase: `parts` worker threads write side by side (the machine's cores), then the
 * header files are added. From TypeScript sources (tests) it runs in this thread: a worker
 * needs the compiled file. `onProgress` gets chunks done of the total, nodes and relationships.
 */
export async function writeCsv(
  scale: Scale,
  seed: number,
  dir: string,
  parts: number,
  onProgress: (done: number, total: number, nodes: number, relationships: number) => void,
): Promise<CsvResult> {
  const total = chunkCount(buildStructure(scale, seed));
  const n = __filename.endsWith('.js') ? Math.max(1, parts) : 1;
  const tallies: Tally[] = Array.from({ length: n }, () => ({ chunks: 0, nodes: 0, relationships: 0 }));
  const report = (part: number, t: Tally) => {
    tallies[part] = t;
    const sum = (k: keyof Tally) => tallies.reduce((s, x) => s + x[k], 0);
    onProgress(sum('chunks'), total, sum('nodes'), sum('relationships'));
  };
  const results =
    n === 1
      ? [writePart(scale, seed, dir, 0, 1, (t) => report(0, t))]
      : await Promise.all(
          Array.from(
            { length: n },
            (_, part) =>
              new Promise<ReturnType<typeof writePart>>((resolve, reject) => {
                const worker = new Worker(__filename, {
                  workerData: { generateCsvPart: { scale, seed, dir, part, parts: n } },
                  // A young generation large enough for a chunk's short-lived rows and lines: V8's
                  // default promotes them, and collecting the old generation took a third of the time.
                  resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
                });
                worker.on('message', (m) => (m.done ? resolve(m.done) : report(part, m.progress)));
                worker.once('error', reject);
                worker.once('exit', (code) => code !== 0 && reject(new Error(`CSV writer ${part} stopped with exit code ${code}`)));
              }),
          ),
        );
  results.forEach((r, part) => report(part, r));
  const sum = (k: keyof CsvSeconds) => Math.round(results.reduce((s, r) => s + r.seconds[k], 0) * 10) / 10;
  return {
    seconds: { rows: sum('rows'), format: sum('format'), write: sum('write') },
    nodes: results.reduce((s, r) => s + r.nodes, 0),
    relationships: results.reduce((s, r) => s + r.relationships, 0),
    files: importFiles(
      dir,
      results.flatMap((r) => r.labels),
      n,
    ),
  };
}

// In a worker thread: write this part and say what was written.
if (!isMainThread && workerData?.generateCsvPart) {
  const { scale, seed, dir, part, parts } = workerData.generateCsvPart;
  const done = writePart(scale, seed, dir, part, parts, (progress) => parentPort!.postMessage({ progress }));
  parentPort!.postMessage({ done });
}
