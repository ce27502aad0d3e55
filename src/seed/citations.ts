import { relative } from 'node:path';
import type { SeedSet } from './seedset';
import { REFERENCES, valuesAt, type Declaration } from './validate';

/** One place a seed file cites an entity: a reference field or a mention. */
export interface Citation {
  file: string;
  line: number;
  /** Where in the file, as section.index.field ('mandates.3.body'). */
  path: string;
}

/** Where an entity is declared and every place that cites it, in file and line order. */
export function citationsOf(set: SeedSet, id: string): { declared?: Declaration; citations: Citation[] } {
  const citations: Citation[] = [];
  for (const file of set.files) {
    const at = (path: (string | number)[]) => citations.push({ file: file.path, line: file.lineOf(path), path: path.join('.') });
    for (const [section, fields] of Object.entries(REFERENCES)) {
      (file.data[section] ?? []).forEach((entry: unknown, i: number) => {
        for (const field of Object.keys(fields)) {
          for (const { value, path } of valuesAt(entry, field.split('.'), [section, i])) if (value === id) at(path);
        }
      });
    }
    (file.data.mentions ?? []).forEach((m: { id: string }, i: number) => m.id === id && at(['mentions', i, 'id']));
  }
  citations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { declared: set.declared.get(id), citations };
}

/** The report `npm run seed:check -- --entity ID` prints, with paths relative to `from`. */
export function formatCitations(id: string, found: ReturnType<typeof citationsOf>, from: string): string {
  if (!found.declared) return `${id}: no seed file declares it`;
  const where = (file: string, line: number) => `${relative(from, file)}:${line}`;
  const lines = [`${id}: ${found.declared.kind}, declared at ${where(found.declared.file, found.declared.line)}`];
  lines.push(found.citations.length ? `cited in ${found.citations.length} place(s):` : 'cited nowhere');
  for (const c of found.citations) lines.push(`  ${where(c.file, c.line)}  ${c.path}`);
  return lines.join('\n');
}
