import { addCollectives } from './collective';
import { KINDS } from './kinds';
import { RELATIONSHIPS } from './relationships';
import type { KindName, Property, ValueType, Way } from './types';

/**
 * The seed format, derived from the kinds and relationships: each section's fields, with the
 * relationship each reference field states. seed/seed.schema.json is generated from this,
 * the seed loader and API writes read it, and error messages look up the field that failed.
 */
export interface SeedField {
  type: ValueType;
  description: string;
  required?: boolean;
  list?: boolean;
  nonEmpty?: boolean;
  values?: readonly string[];
  pattern?: string;
  /** A reference: the kinds the id may point at. */
  to?: readonly KindName[];
  /** The relationship this field states (the entry is its start, or its end with dir 'in'). */
  link?: { type: string; dir: 'out' | 'in' };
  /** Nested objects at this field become nodes of this kind. */
  node?: KindName;
  /** For objects (and lists of objects): their fields. */
  fields?: Record<string, SeedField>;
  /** For objects: exactly one of these fields must be given (an organisation or a `collective`). */
  oneOf?: string[];
  /** Only seed files write it (a `collective`, which the loader expands through SCB's reference); API writes have no such field. */
  seedOnly?: true;
}

export interface SeedSection {
  name: string;
  description: string;
  /** The kind its entries declare; none for sections whose entries are relationships. */
  kind?: KindName;
  /** For sections whose entries are relationships: the type. */
  link?: string;
  /** One object rather than a list (the `source` section). */
  single?: boolean;
  fields: Record<string, SeedField>;
  /** Exactly one of these fields must be given in each entry (an organisation or a `collective`). */
  oneOf?: string[];
}

/**
 * Certainty of a fact (issue 11): an entry that creates a node or relationship is stated by
 * its source unless it says `certainty: inferred`, and then `inference` says by which rule
 * or reading, naming the source wording it rests on. The two come together or not at all
 * (the schema's `dependencies`, so a lone one is refused with file and line).
 */
export const CERTAINTY_FIELDS: Record<'certainty' | 'inference', SeedField> = {
  certainty: {
    // One value only, so no vocabulary: 'stated' is never written (absent means stated).
    type: 'code',
    pattern: '^inferred$',
    description:
      "'inferred' when the source does not state this in words and it was read or derived; leave out when the source states it. Needs `inference` beside it.",
  },
  inference: {
    type: 'text',
    description:
      'The rule or reading that infers it, in English, quoting the source wording it rests on (e.g. "\'förlängs därefter ett år i taget\' read as automatic renewal"). Only with `certainty: inferred`.',
  },
};

/** The certainty fields a seed entry may carry; not properties of the graph or fields of API writes. */
export const CERTAINTY_KEYS: readonly string[] = ['certainty', 'inference', 'inferred'];

/** Fields of an entry that are no fact of their own, so `inferred` cannot name them. */
const NOT_FACTS = new Set(['id', 'locator', 'note', ...CERTAINTY_KEYS]);

/**
 * `inferred: { field: reading }` on an entity entry: the relationships the field states (a
 * body's `area`, `partOf`) or the value it holds (a `classification`, `terms`) are a reading
 * of the source, while the entry itself is stated.
 */
function inferredField(fields: Record<string, SeedField>): SeedField {
  const named = Object.keys(fields).filter((name) => !NOT_FACTS.has(name));
  const reading = (name: string): SeedField => {
    const field = fields[name];
    // An object value (a document's terms) is read value by value: { terms: { autoRenewal: "…" } }.
    if (field.fields && !field.list) {
      // Its text is the source's words; the structured values beside it may be readings.
      const values = Object.entries(field.fields).filter(([sub, f]) => !f.fields && sub !== 'text');
      return {
        type: 'object',
        description: `Values of '${name}' that are readings, each with its reading.`,
        fields: Object.fromEntries(
          values.map(([sub]) => [sub, { type: 'text', description: `How '${name}.${sub}' was read from the source.` } satisfies SeedField]),
        ),
      };
    }
    return { type: 'text', description: `How '${name}' was read from the source.` };
  };
  return {
    type: 'object',
    description:
      'Fields of this entry that the source does not state in words, each with the reading that infers it (English, quoting the source wording); the rest of the entry is stated.',
    fields: Object.fromEntries(named.map((name) => [name, reading(name)])),
  };
}

const LOCATOR: SeedField = {
  type: 'locator',
  required: true,
  description: 'Where in the source the entry is written: a heading, a table and row, or a quoted phrase',
};

function fromProperty(prop: Property): SeedField {
  const { properties, ...rest } = prop;
  return properties ? { ...rest, fields: fromProperties(properties) } : { ...rest };
}

function fromProperties(props: Record<string, Property>): Record<string, SeedField> {
  return Object.fromEntries(Object.entries(props).map(([name, prop]) => [name, fromProperty(prop)]));
}

/** The fields of an object at a dotted path inside a section ('' is the entry itself). */
function container(section: SeedSection, path: string[]): Record<string, SeedField> {
  let fields = section.fields;
  for (const name of path) {
    const field = fields[name];
    if (!field?.fields) throw new Error(`model: ${section.name}.${path.join('.')} is not an object`);
    fields = field.fields;
  }
  return fields;
}

/** The fields of an entry that is itself a relationship: its two ends and its properties. */
function relationshipFields(type: string, way: Way): Record<string, SeedField> {
  const rel = RELATIONSHIPS[type];
  const fields: Record<string, SeedField> = {};
  const end = (name: string | undefined, kinds: readonly KindName[], what: string) => {
    if (name && name !== '.') fields[name] = { type: 'id', required: way.required, to: kinds, description: `${what}: the id of a ${kinds.join(' or ')}` };
  };
  end(way.fromField, way.from, 'Its start');
  end(way.toField, way.to, 'Its end');
  return { ...fields, ...fromProperties(rel.properties ?? {}) };
}

function addWay(sections: Map<string, SeedSection>, type: string, way: Way): void {
  const section = sections.get(way.section);
  if (!section) throw new Error(`model: ${type} is stated in an unknown section '${way.section}'`);
  const path = way.path?.split('.') ?? [];
  const name = path.pop();
  if (way.at === 'entry' && !name) {
    section.link = type;
    section.fields = { ...section.fields, ...relationshipFields(type, way) };
    return;
  }
  const fields = container(section, path);
  const link = { type, dir: way.dir ?? (way.at === 'entry' && way.toField === '.' ? 'in' : 'out') } as const;
  if (way.at === 'field') {
    fields[name!] = { type: 'id', description: way.description, required: way.required, list: way.many, to: way.dir === 'in' ? way.from : way.to, link };
  } else if (way.at === 'entry') {
    fields[name!] = { type: 'object', list: true, description: way.description, link, fields: { ...relationshipFields(type, way), ...CERTAINTY_FIELDS } };
  } else {
    const kind = way.to[0];
    fields[name!] = {
      type: 'object',
      list: true,
      description: way.description,
      link,
      node: kind,
      fields: { ...fromProperties(KINDS[kind].properties), ...CERTAINTY_FIELDS },
    };
  }
}

function build(): Map<string, SeedSection> {
  const sections = new Map<string, SeedSection>();
  for (const kind of Object.values(KINDS)) {
    if (!kind.section) continue;
    const { id, note, ...rest } = fromProperties(kind.properties);
    const fields = kind.single ? { id, ...rest, note } : { id, locator: LOCATOR, note, ...rest };
    sections.set(kind.section, { name: kind.section, description: kind.description, kind: kind.name, single: kind.single, fields });
  }
  for (const rel of Object.values(RELATIONSHIPS)) {
    for (const way of rel.ways) {
      if (way.at === 'entry' && !way.path) {
        sections.set(way.section, {
          name: way.section,
          description: way.description,
          fields: {
            id: { type: 'id', description: 'An id for editors to name the entry by; the graph does not store it (relationships have no ids)' },
            locator: LOCATOR,
            note: { type: 'text', description: "An editor's note on the entry" },
          },
        });
      }
    }
  }
  // Nested nodes first: relationships stated inside them (an extension's decidedBy) need their fields.
  const ways = Object.values(RELATIONSHIPS).flatMap((r) => r.ways.map((w) => [r.type, w] as const));
  for (const [type, way] of ways) if (way.at === 'node') addWay(sections, type, way);
  for (const [type, way] of ways) if (way.at !== 'node') addWay(sections, type, way);
  // Every entry that creates a node or relationship may be inferred; entity entries may mark single fields.
  for (const section of sections.values()) {
    if (section.single) continue;
    section.fields = { ...section.fields, ...CERTAINTY_FIELDS };
    if (section.kind) section.fields.inferred = inferredField(section.fields);
  }
  addCollectives(sections, CERTAINTY_FIELDS);
  sections.set('mentions', {
    name: 'mentions',
    description: 'Cite this source for an entity declared in another seed file, adding alternative names seen here',
    fields: {
      id: { type: 'id', required: true, description: 'The id of an entity another seed file declares' },
      altNames: { type: 'name', list: true, description: 'Names this source uses for it' },
      locator: LOCATOR,
    },
  });
  return sections;
}

export const SEED_SECTIONS: ReadonlyMap<string, SeedSection> = build();

/** The field at a path of an entry (list indices skipped), or undefined when there is none. */
export function seedFieldAt(section: string, path: (string | number)[]): SeedField | undefined {
  let fields = SEED_SECTIONS.get(section)?.fields;
  let field: SeedField | undefined;
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) continue;
    field = fields?.[segment];
    fields = field?.fields;
  }
  return field;
}
