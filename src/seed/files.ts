import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** One parsed seed file, with what is needed to point at a line. */
export interface SeedFile {
  path: string;
  data: Record<string, any>;
  /** 1-based line of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: (string | number)[]): number;
}

/** A problem in a seed file, phrased so an editor can find and fix it. */
export interface SeedProblem {
  file: string;
  line: number;
  path: string;
  reason: string;
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file}:${p.line} at ${p.path || '(top)'}: ${p.reason}`;
}

/** The YAML seed files of a directory, in name order (one per source document). */
export function listSeedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

export function parseSeedFile(path: string): { file?: SeedFile; problems: SeedProblem[] } {
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: path,
        line: e.linePos?.[0].line ?? 1,
        path: '',
        reason: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const data = doc.toJS() ?? {};
  const lineOf = (segments: (string | number)[]): number => {
    for (let n = segments.length; n >= 0; n--) {
      const node = doc.getIn(segments.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file: { path, data, lineOf }, problems: [] };
}
