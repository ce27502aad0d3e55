import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RELATIONSHIPS, type KindName } from '../model';
import type { ImportFiles } from './import';
import type { Sink } from './rows';
import { nodeColumns, relationshipColumns, type Column, type CsvType } from './shape';

/** Separates the values of a list property inside one CSV cell (the importer's --array-delimiter). */
export const ARRAY_DELIMITER = '|';
const FLUSH_AT = 1 << 20;

/** The header line of a CSV file: the leading columns, then each column typed as the importer reads it. */
const headerLine = (lead: string[], columns: Column[]): string =>
  [...lead, ...columns.map((c) => (c.type === 'string' ? c.name : `${c.name}:${c.type}`))].join(',');

const NODE_LEAD = ['id:ID'];
const REL_LEAD = [':START_ID', ':END_ID', ':TYPE'];
/** A label's columns, but its id, which is the leading ID column. */
const labelColumns = (label: KindName): Column[] => nodeColumns(label).filter((c) => c.name !== 'id');

/** Every relationship property of the model in one set of columns (each name has one type). */
function relationshipColumnsAll(): { columns: Column[]; byType: Map<string, Set<string>> } {
  const columns = new Map<string, Column>();
  const byType = new Map<string, Set<string>>();
  for (const type of Object.keys(RELATIONSHIPS)) {
    const own = relationshipColumns(type);
    byType.set(type, new Set(own.map((c) => c.name)));
    for (const c of own) {
      const seen = columns.get(c.name);
      if (seen && seen.type !== c.type) throw new Error(`model: relationship property ${c.name} has two types, ${seen.type} and ${c.type}`);
      columns.set(c.name, c);
    }
  }
  return { columns: [...columns.values()], byType };
}

const [COMMA, NEWLINE, QUOTE] = [0x2c, 0x0a, 0x22];

/**
 * One CSV data file being written (its header is a file of its own): its columns and a
 * buffer the rows are encoded into as they come, cell by cell, so no line is ever built as
 * a string (building and joining them was a third of the CSV phase, most of it in the
 * garbage collector).
 */
class CsvFile {
  private buffer = Buffer.allocUnsafe(FLUSH_AT);
  private at = 0;
  private readonly fd: number;
  /** The column names, for checking every row against the model. */
  readonly known: Set<string>;

  constructor(
    readonly path: string,
    readonly columns: Column[],
    /** Where the time spent writing is added up. */
    private readonly clock: { ms: number },
  ) {
    this.fd = openSync(path, 'w');
    this.known = new Set(columns.map((c) => c.name));
  }

  byte(b: number): void {
    if (this.at === this.buffer.length) this.flush();
    this.buffer[this.at++] = b;
  }

  /** Text as UTF-8: at most 3 bytes per UTF-16 unit, so it fits once that much is free. */
  text(text: string): void {
    const most = text.length * 3;
    if (this.at + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    this.at += this.buffer.write(text, this.at, 'utf8');
  }

  /** A quoted CSV value (RFC 4180: inner quotes doubled), so commas and newlines stay inside it. */
  quoted(text: string): void {
    this.byte(QUOTE);
    this.text(text.includes('"') ? text.replace(/"/g, '""') : text);
    this.byte(QUOTE);
  }

  /** The rest of a row after its leading cells: each column's value, then the line's end. */
  cells(props: Record<string, unknown>, known: Set<string>, what: string, lead?: string): void {
    for (const key in props) {
      if (key !== lead && !known.has(key))
        throw new Error(`generate: ${what} ${String(props.id ?? '')} has property '${key}', which the model does not declare`);
    }
    for (const c of this.columns) {
      this.byte(COMMA);
      const value = props[c.name];
      if (value !== undefined && value !== null) this.cell(value, c.type, what);
    }
    this.byte(NEWLINE);
  }

  private cell(value: unknown, type: CsvType, what: string): void {
    switch (type) {
      case 'string':
        return this.quoted(String(value));
      case 'string[]': {
        const values = value as string[];
        if (values.some((v) => v.includes(ARRAY_DELIMITER))) throw new Error(`generate: ${what} has a list value containing '${ARRAY_DELIMITER}'`);
        if (values.length) this.quoted(values.length === 1 ? values[0] : values.join(ARRAY_DELIMITER));
        return;
      }
      case 'long':
        if (!Number.isInteger(value)) throw new Error(`generate: ${what} has a whole-number property set to ${String(value)}`);
        return this.text(String(value));
      case 'double':
        return this.text(String(value));
      case 'boolean':
        return this.text(value ? 'true' : 'false');
    }
  }

  flush(): void {
    const started = performance.now();
    for (let done = 0; done < this.at;) done += writeSync(this.fd, this.buffer, done, this.at - done);
    this.clock.ms += performance.now() - started;
    this.at = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes rows as the CSV data files Neo4j's bulk importer reads: one per label and one for
 * every relationship, its type in a column (one file rather than forty: the importer samples
 * each file before it starts). Several writers (`part`) may write side by side into one
 * directory; writeHeaders then adds one header file per label, and importFiles lists them
 * in the importer's order. A property the model does not declare stops the run, so the
 * generated graph can never drift from the shape the API reads.
 */
export class CsvWriter implements Sink {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly rels: CsvFile;
  private readonly relProps: Map<string, Set<string>>;
  nodes = 0;
  relationships = 0;

  /** Milliseconds spent writing files. */
  private readonly clock = { ms: 0 };
  get writeMs(): number {
    return this.clock.ms;
  }

  constructor(
    private readonly dir: string,
    private readonly part = 0,
  ) {
    mkdirSync(dir, { recursive: true });
    const { columns, byType } = relationshipColumnsAll();
    this.relProps = byType;
    this.rels = new CsvFile(join(dir, `relationships.${part}.csv`), columns, this.clock);
  }

  node(label: KindName, props: Record<string, unknown>): void {
    let file = this.nodeFiles.get(label);
    if (!file) this.nodeFiles.set(label, (file = new CsvFile(join(this.dir, `nodes-${label}.${this.part}.csv`), labelColumns(label), this.clock)));
    file.quoted(props.id as string);
    file.cells(props, file.known, label, 'id');
    this.nodes++;
  }

  rel(type: string, from: string, to: string, props: Record<string, unknown>): void {
    const known = this.relProps.get(type);
    if (!known) throw new Error(`generate: no relationship type ${type} in the model`);
    const file = this.rels;
    file.quoted(from);
    file.byte(COMMA);
    file.quoted(to);
    file.byte(COMMA);
    file.text(type);
    file.cells(props, known, type);
    this.relationships++;
  }

  /** Closes every file; returns the labels it wrote nodes of. */
  close(): string[] {
    for (const f of [...this.nodeFiles.values(), this.rels]) f.close();
    return [...this.nodeFiles.keys()];
  }
}

/**
 * Writes the header files for the labels written by `parts` writers into `dir`, and returns
 * the importer's file lists: per label its header, then each part's data file.
 */
export function importFiles(dir: string, labels: string[], parts: number): ImportFiles {
  const group = (header: string, data: (part: number) => string) => [header, ...Array.from({ length: parts }, (_, p) => data(p))].map((f) => join(dir, f));
  const nodes = [...new Set(labels)].sort().map((label): [string, string] => {
    writeFileSync(join(dir, `nodes-${label}.header.csv`), headerLine(NODE_LEAD, labelColumns(label as KindName)) + '\n');
    for (let p = 0; p < parts; p++) if (!existsSync(join(dir, `nodes-${label}.${p}.csv`))) writeFileSync(join(dir, `nodes-${label}.${p}.csv`), '');
    return [label, group(`nodes-${label}.header.csv`, (p) => `nodes-${label}.${p}.csv`).join(',')];
  });
  writeFileSync(join(dir, 'relationships.header.csv'), headerLine(REL_LEAD, relationshipColumnsAll().columns) + '\n');
  return { nodes, relationships: group('relationships.header.csv', (p) => `relationships.${p}.csv`).join(',') };
}
