import { KINDS, RELATIONSHIPS, type KindName, type Property } from '../model';
import { DATE_FIELDS } from '../shared/derived';

/** The types Neo4j's bulk importer reads a CSV column as. */
export type CsvType = 'string' | 'string[]' | 'long' | 'double' | 'boolean';

export interface Column {
  name: string;
  type: CsvType;
}

/** What the seed loader stores on every node and relationship beside the model's own properties. */
const PROVENANCE: Column[] = [
  { name: 'sourceIds', type: 'string[]' },
  { name: 'locators', type: 'string[]' },
  { name: 'synthetic', type: 'boolean' },
];
/** What the seed loader derives for full-text search and sorting (src/shared/derived.ts), and the version writes start from. */
const DERIVED: Column[] = [
  { name: 'sortName', type: 'string' },
  { name: 'matchText', type: 'string' },
  { name: 'nameKeys', type: 'string[]' },
  { name: 'foldedNameKeys', type: 'string[]' },
  { name: 'searchText', type: 'string' },
  { name: 'version', type: 'long' },
];

function typeOf(prop: Property): CsvType {
  if (prop.list) return 'string[]';
  if (prop.type === 'integer') return 'long';
  if (prop.type === 'number') return 'double';
  if (prop.type === 'bool') return 'boolean';
  return 'string';
}

/**
 * The columns of the model's properties: an object property (a document's terms) is stored
 * flat, its `text` as `<name>Text` (as the seed loader stores terms); every partial date
 * also as `<field>Start`/`<field>End`.
 */
function columnsOf(props: Record<string, Property>): Column[] {
  const columns: Column[] = [];
  for (const [name, prop] of Object.entries(props)) {
    if (prop.type !== 'object') columns.push({ name, type: typeOf(prop) });
    else for (const [sub, p] of Object.entries(prop.properties ?? {})) columns.push({ name: sub === 'text' ? `${name}Text` : sub, type: typeOf(p) });
  }
  return columns.flatMap((c) =>
    DATE_FIELDS.has(c.name) ? [c, { name: `${c.name}Start`, type: 'string' as const }, { name: `${c.name}End`, type: 'string' as const }] : [c],
  );
}

/** Every property a node of this kind may carry, as the model declares it plus what the seed loader adds. */
export function nodeColumns(kind: KindName): Column[] {
  return [...columnsOf(KINDS[kind].properties), ...DERIVED, ...PROVENANCE];
}

/** Every property a relationship of this type may carry: its key, the model's properties, provenance. */
export function relationshipColumns(type: string): Column[] {
  const rel = RELATIONSHIPS[type];
  if (!rel) throw new Error(`generate: no relationship type ${type} in the model`);
  return [{ name: 'key', type: 'string' }, ...columnsOf(rel.properties ?? {}), ...PROVENANCE];
}
