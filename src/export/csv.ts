import { stringify } from 'csv-stringify/sync';

/** One column of a CSV export: its Swedish header and how a row's cell is read. */
export type Column = [header: string, cell: (row: any) => unknown];

/** A table an export writes: its columns and the file name it is offered as. */
export interface Table {
  /** File name without extension (Swedish, no diacritics: it ends up in download folders). */
  file: string;
  columns: Column[];
}

/** Separators a CSV export can use: `;` by default, what Excel expects in a Swedish locale. */
export const DELIMITERS: Record<string, string> = { semicolon: ';', comma: ',', tab: '\t' };

/**
 * The rows as CSV: UTF-8 with a byte-order mark, so Excel reads å, ä and ö right; header
 * row first; CRLF line ends (RFC 4180); quoting as csv-stringify decides (fields with the
 * separator, quotes or line breaks).
 */
export function toCsv(table: Table, rows: any[], delimiter = ';'): string {
  const records = rows.map((row) => table.columns.map(([, cell]) => text(cell(row))));
  return stringify([table.columns.map(([header]) => header), ...records], { bom: true, delimiter, record_delimiter: 'windows' });
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join('; ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

/** A node's name (Body, Organisation, Area, Person) or title (Post, Item, Document…). */
export const nameOf = (node: any): string => node?.name ?? node?.title ?? node?.id ?? '';

/** Names of several nodes, one cell. */
export const names = (nodes: any[] | undefined): string[] => (nodes ?? []).map(nameOf);

/** Citations as one cell: "src-003: locator" for each, separated by " | ". */
export const cite = (sources: { sourceId: string; locator: string }[] | undefined): string =>
  (sources ?? []).map((s) => `${s.sourceId}: ${s.locator}`).join(' | ');

/** A partial date's text ("2024-06-03", "2024-spring"), empty when unknown. */
export const day = (date: { text: string } | null | undefined): string => date?.text ?? '';
