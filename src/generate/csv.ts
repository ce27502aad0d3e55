import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { chunkAt, chunkCount, emitChunk } from './rows';
import type { Scale } from './scales';
import { buildStructure } from './structure';
import { CsvWriter, importFiles } from './writer';
import type { ImportFiles } from './import';

export interface CsvResult {
  nodes: number;
  relationships: number;
  files: ImportFiles;
}

interface Tally {
  chunks: number;
  nodes: number;
  relationships: number;
}

/**
 * One writer's share: chunk i goes to part i % parts. Every part builds the same structure
 * from the seed, and each body's activity comes from its own random stream, so the graph
 * does not depend on how many parts write it.
 */
function writePart(scale: Scale, seed: number, dir: string, part: number, parts: number, report: (t: Tally) => void): Tally & { labels: string[] } {
  const structure = buildStructure(scale, seed);
  const writer = new CsvWriter(dir, part);
  const tally: Tally = { chunks: 0, nodes: 0, relationships: 0 };
  for (let i = part; i < chunkCount(structure); i += parts) {
    emitChunk(chunkAt(structure, i), writer, i === 0 ? structure.source : undefined);
    tally.chunks++;
    if (tally.chunks % 10 === 0) report({ chunks: tally.chunks, nodes: writer.nodes, relationships: writer.relationships });
  }
  const labels = writer.close();
  return { chunks: tally.chunks, nodes: writer.nodes, relationships: writer.relationships, labels };
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
                const worker = new Worker(__filename, { workerData: { generateCsvPart: { scale, seed, dir, part, parts: n } } });
                worker.on('message', (m) => (m.done ? resolve(m.done) : report(part, m.progress)));
                worker.once('error', reject);
                worker.once('exit', (code) => code !== 0 && reject(new Error(`CSV writer ${part} stopped with exit code ${code}`)));
              }),
          ),
        );
  results.forEach((r, part) => report(part, r));
  return {
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
