import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RELATIONSHIPS, type KindName } from '../model';
import type { Sink } from './rows';
import { nodeColumns, relationshipColumns, type Column, type CsvType } from './shape';

/** Separates the values of a list property inside one CSV cell (the importer's --array-delimiter). */
export const ARRAY_DELIMITER = '|';
const FLUSH_AT = 1 << 20;

/** One CSV file being written: its columns, a buffer, and how many rows it has. */
class CsvFile {
  private buffer: string[] = [];
  private size = 0;
  private readonly fd: number;
  /** The column names, for checking every row against the model. */
  readonly known: Set<string>;

  constructor(readonly path: string, readonly columns: Column[], lead: string[]) {
    this.fd = openSync(path, 'w');
    this.known = new Set(columns.map((c) => c.name));
    this.push([...lead, ...columns.map((c) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`))].join(','));
  }

  push(line: string): void {
    this.buffer.push(line);
    this.size += line.length + 1;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes rows as the CSV files Neo4j's bulk importer reads: one file per label (with the
 * header the model gives: typed columns for every property) and one for every relationship,
 * its type in a column (one file rather than forty: the importer samples each file before
 * it starts). A property the model does not declare stops the run, so the generated graph
 * can never drift from the shape the API reads.
 */
export class CsvWriter implements Sink {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly rels: CsvFile;
  /** The properties each relationship type may carry. */
  private readonly relProps = new Map<string, Set<string>>();
  nodes = 0;
  relationships = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const columns = new Map<string, Column>();
    for (const type of Object.keys(RELATIONSHIPS)) {
      const own = relationshipColumns(type);
      this.relProps.set(type, new Set(own.map((c) => c.name)));
      for (const c of own) {
        const seen = columns.get(c.name);
        if (seen && seen.type !== c.type) throw new Error(`model: relationship property ${c.name} has two types, ${seen.type} and ${c.type}`);
        columns.set(c.name, c);
      }
    }
    this.rels = new CsvFile(join(dir, 'relationships.csv'), [...columns.values()], [':START_ID', ':END_ID', ':TYPE']);
  }

  node(label: KindName, props: Record<string, unknown>): void {
    let file = this.nodeFiles.get(label);
    if (!file) this.nodeFiles.set(label, (file = new CsvFile(join(this.dir, `nodes-${label}.csv`), nodeColumns(label).filter((c) => c.name !== 'id'), ['id:ID'])));
    file.push(line(file.columns, file.known, props, label, [quote(props.id as string)], 'id'));
    this.nodes++;
  }

  rel(type: string, from: string, to: string, props: Record<string, unknown>): void {
    const known = this.relProps.get(type);
    if (!known) throw new Error(`generate: no relationship type ${type} in the model`);
    this.rels.push(line(this.rels.columns, known, props, type, [quote(from), quote(to), type]));
    this.relationships++;
  }

  /** Closes every file; returns what to import: each label with its file, and the relationships' file. */
  close(): { nodes: [string, string][]; relationships: string } {
    for (const f of [...this.nodeFiles.values(), this.rels]) f.close();
    const nodes = [...this.nodeFiles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, f]) => [name, f.path] as [string, string]);
    return { nodes, relationships: this.rels.path };
  }
}

/** One CSV line: the leading cells (ids, type), then each column's value; `lead` names the property already in the leading cells. */
function line(columns: Column[], known: Set<string>, props: Record<string, unknown>, what: string, cells: string[], lead?: string): string {
  for (const key in props) {
    if (key !== lead && !known.has(key)) throw new Error(`generate: ${what} ${String(props.id ?? '')} has property '${key}', which the model does not declare`);
  }
  for (const c of columns) cells.push(cell(props[c.name], c.type, what));
  return cells.join(',');
}

function cell(value: unknown, type: CsvType, what: string): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'string':
      return quote(String(value));
    case 'string[]': {
      const values = value as string[];
      if (values.some((v) => v.includes(ARRAY_DELIMITER))) throw new Error(`generate: ${what} has a list value containing '${ARRAY_DELIMITER}'`);
      return values.length ? quote(values.join(ARRAY_DELIMITER)) : '';
    }
    case 'long':
      if (!Number.isInteger(value)) throw new Error(`generate: ${what} has a whole-number property set to ${String(value)}`);
      return String(value);
    case 'double':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
  }
}

/** A quoted CSV value (RFC 4180: inner quotes doubled), so commas and newlines stay inside it. */
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
