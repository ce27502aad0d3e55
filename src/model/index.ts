/**
 * The one model of the graph: kinds (./kinds.ts), relationships (./relationships.ts) and
 * the seed format derived from them (./seed-format.ts). This file derives the tables the
 * seed loader, the seed validator and the write path use, and the read helper resolvers use.
 */
import { KINDS } from './kinds';
import { RELATIONSHIPS } from './relationships';
import { SEED_SECTIONS, type SeedField } from './seed-format';
import type { KindName, ValueType } from './types';

export { EXAMPLE_IDS, KINDS } from './kinds';
export { RELATIONSHIPS } from './relationships';
export { CERTAINTY_FIELDS, CERTAINTY_KEYS, SEED_SECTIONS, seedFieldAt, type SeedField, type SeedSection } from './seed-format';
export type { Kind, KindName, Property, Relationship, ValueType, Way } from './types';

/** The sections of a seed file that declare entities with ids, and the kind each declares. */
export const ENTITY_SECTIONS: Record<string, KindName> = Object.fromEntries(
  Object.values(KINDS)
    .filter((k) => k.section && !k.single && k.properties.id?.required)
    .map((k) => [k.section!, k.name]),
);

/** Every kind whose entities the API can create: those with a seed section of their own. */
export const WRITABLE_KINDS: KindName[] = Object.values(KINDS)
  .filter((k) => k.section && !k.single)
  .map((k) => k.name);

/** The section of a writable kind. */
export const sectionOf = (kind: string): string | undefined => KINDS[kind as KindName]?.section;

/**
 * Relationship fields of each section: field → relationship type, and whether the entry is
 * the start (out) or the end (in). Only top-level fields holding ids; nested structures
 * (decidedBy, attendance, extensions, measures) are read where they are built.
 */
export const LINKS: Record<string, Record<string, { type: string; dir?: 'in' }>> = Object.fromEntries(
  [...SEED_SECTIONS.values()].map((s) => [
    s.name,
    Object.fromEntries(
      Object.entries(s.fields)
        .filter(([, f]) => f.to && f.link)
        .map(([name, f]) => [name, f.link!.dir === 'in' ? { type: f.link!.type, dir: 'in' as const } : { type: f.link!.type }]),
    ),
  ]),
);

/** The relationship a field states, by section and dotted path ('decidedBy', 'terms.extensions'). */
export function linkAt(section: string, path: string): { type: string; dir: 'out' | 'in' } {
  const s = SEED_SECTIONS.get(section);
  const field = path === '' ? undefined : path.split('.').reduce<SeedField | undefined>((f, name) => (f ? f.fields?.[name] : s?.fields[name]), undefined);
  const link = path === '' && s?.link ? { type: s.link, dir: 'out' as const } : field?.link;
  if (!link) throw new Error(`model: ${section}.${path} states no relationship`);
  return link;
}

/**
 * Which kinds each reference may point at, by section and field ("a.b" for nested fields).
 * A reference to an id that exists but is of another kind is as wrong as a missing one.
 */
export const REFERENCES: Record<string, Record<string, KindName[]>> = Object.fromEntries(
  [...SEED_SECTIONS.values()].map((s) => [s.name, references(s.fields, '')]).filter(([, refs]) => Object.keys(refs).length > 0),
);

function references(fields: Record<string, SeedField>, prefix: string): Record<string, KindName[]> {
  const out: Record<string, KindName[]> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.to) out[prefix + name] = [...field.to];
    if (field.fields) Object.assign(out, references(field.fields, `${prefix}${name}.`));
  }
  return out;
}

/** One relationship type the API can create, with the kinds at each end and its properties. */
export interface LinkSpec {
  from: KindName[];
  to: KindName[];
  /** Property names a link of this type may carry. */
  props: string[];
  /** The values of its key property (`kind`), when parallel links are told apart by one. */
  keyValues: readonly string[] | null;
}

/** The relationship types linkEntities may create: every way a seed entry states, save those written with their entity. */
export const LINK_TYPES: Record<string, LinkSpec> = Object.fromEntries(
  Object.values(RELATIONSHIPS)
    .filter((r) => r.ways.some((w) => w.link !== false))
    .map((r) => {
      const ways = r.ways.filter((w) => w.link !== false);
      const props = r.properties ?? {};
      return [
        r.type,
        {
          from: [...new Set(ways.flatMap((w) => w.from))],
          to: [...new Set(ways.flatMap((w) => w.to))],
          props: Object.keys(props),
          keyValues: r.key ? (props[r.key].values ?? null) : null,
        },
      ];
    }),
);

/** A relationship as a read follows it from one end: its types and direction. */
export interface Read {
  types: string[];
  direction: 'out' | 'in';
  /** The kinds at the far end, from the ways that read it: what a planned read projects (src/plan/project.ts). */
  far: KindName[];
  /** The properties these relationships may carry beyond provenance, as declared, with their value types. */
  carries: Record<string, ValueType>;
}

/**
 * What a GraphQL field reads, from the model's `read` entries: e.g. rel('Body', 'principals')
 * is PRINCIPAL_OF, incoming. Grouped by direction; a field that follows relationships both
 * ways (Area.children) gets one group per direction.
 */
export function reads(type: string, field: string): Read[] {
  const name = `${type}.${field}`;
  const groups: Read[] = [];
  for (const rel of Object.values(RELATIONSHIPS)) {
    for (const way of rel.derived ? [...rel.ways, rel.derived] : rel.ways) {
      for (const direction of ['out', 'in'] as const) {
        if (!way.read[direction]?.includes(name)) continue;
        const group = groups.find((g) => g.direction === direction) ?? groups[groups.push({ types: [], direction, far: [], carries: {} }) - 1];
        if (!group.types.includes(rel.type)) group.types.push(rel.type);
        for (const kind of direction === 'out' ? way.to : way.from) if (!group.far.includes(kind)) group.far.push(kind);
        const props = { ...rel.properties, ...(way === rel.derived ? rel.derived.properties : {}) };
        for (const [name, prop] of Object.entries(props)) group.carries[name] = prop.type;
      }
    }
  }
  if (groups.length === 0) throw new Error(`model: no relationship is read by ${name}`);
  return groups;
}

/** The one direction of relationships a GraphQL field reads (see reads). */
export function rel(type: string, field: string): Read {
  const groups = reads(type, field);
  if (groups.length > 1) throw new Error(`model: ${type}.${field} reads relationships both ways; use reads()`);
  return groups[0];
}
