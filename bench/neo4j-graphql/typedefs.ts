import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/config';
import { KINDS, RELATIONSHIPS, type KindName, type Property } from '../../src/model';

/**
 * Type definitions for @neo4j/graphql 7 over govgraph's graph, derived from the one model
 * (src/model): a `@node` type per kind with its stored properties, and a `@relationship`
 * field at each end of every way a relationship type is stated. Derived, so they cannot
 * drift from the graph: bench/neo4j-graphql/typeDefs.graphql is this text, and the
 * benchmark refuses to run when the kept file differs (`npm run bench:typedefs` rewrites it).
 *
 * Field names are govgraph's where the model names a GraphQL field that reads the
 * relationship (Body.principals, Membership.holder); a field the model gives two
 * relationships (Area.children: PART_OF in and INCLUDES out) gets one field per type
 * (childrenViaPartOf, childrenViaIncludes), since one @relationship field follows one type;
 * an end no GraphQL field reads is named after direction and type (Area.inIncludes).
 * Every relationship field is a list: that is what @neo4j/graphql 7 generates filters
 * (`some`, `all`…) and connections for. Mutations are switched off (@mutation(operations: [])):
 * the benchmark only reads, and the generated input types would triple the schema.
 */

const pascal = (type: string): string => type.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());

const SCALAR: Record<string, string> = {
  id: 'String',
  name: 'String',
  text: 'String',
  locator: 'String',
  url: 'String',
  partialDate: 'String',
  enum: 'String',
  code: 'String',
  number: 'Float',
  integer: 'Int',
  bool: 'Boolean',
};

/** Provenance and derived values every node carries besides its model properties. */
const STORED = { sourceIds: '[String!]', locators: '[String!]', version: 'Int', sortName: 'String', matchText: 'String', searchText: 'String' };
/** Provenance every relationship carries. */
const STORED_ON_RELATIONSHIPS = { sourceIds: '[String!]', locators: '[String!]', key: 'String' };

/**
 * A property as Neo4j stores it: a partial date as its text and the first and last day it
 * may mean (validFrom, validFromStart, validFromEnd); an object (Document.terms) flattened,
 * its `text` as termsText and its other fields under their own names.
 */
function stored(name: string, prop: Property): [string, string][] {
  if (prop.type === 'object') {
    return Object.entries(prop.properties ?? {}).flatMap(([sub, p]) => stored(sub === 'text' ? `${name}Text` : sub, p));
  }
  const scalar = SCALAR[prop.type];
  if (!scalar) throw new Error(`typedefs: no GraphQL scalar for ${prop.type}`);
  const type = prop.list ? `[${scalar}!]` : scalar;
  if (prop.type === 'partialDate')
    return [
      [name, type],
      [`${name}Start`, 'String'],
      [`${name}End`, 'String'],
    ];
  return [[name, type]];
}

interface End {
  kind: KindName;
  name: string;
  type: string;
  direction: 'OUT' | 'IN';
  targets: Set<KindName>;
}

/** Every relationship field: one per kind, field name, type and direction, with the kinds at the other end. */
function relationshipEnds(): End[] {
  const ends = new Map<string, End>();
  const add = (kind: KindName, name: string, type: string, direction: 'OUT' | 'IN', targets: readonly KindName[]) => {
    const key = `${kind}.${name}.${type}.${direction}`;
    const end = ends.get(key) ?? { kind, name, type, direction, targets: new Set<KindName>() };
    targets.forEach((t) => end.targets.add(t));
    ends.set(key, end);
  };
  for (const rel of Object.values(RELATIONSHIPS)) {
    for (const way of rel.ways) {
      for (const kind of way.from) {
        const named = way.read.out?.find((f) => f.startsWith(`${kind}.`));
        add(kind, named ? named.split('.')[1] : `out${pascal(rel.type)}`, rel.type, 'OUT', way.to);
      }
      for (const kind of way.to) {
        const named = way.read.in?.find((f) => f.startsWith(`${kind}.`));
        add(kind, named ? named.split('.')[1] : `in${pascal(rel.type)}`, rel.type, 'IN', way.from);
      }
    }
  }
  // One @relationship field follows one type in one direction: a name the model gives to
  // several becomes one field per type (and direction, where both occur).
  const all = [...ends.values()];
  const renamed = all.map((end) => {
    const sharing = all.filter((e) => e.kind === end.kind && e.name === end.name);
    if (sharing.length < 2) return end.name;
    const bothWays = sharing.some((e) => e.type === end.type && e.direction !== end.direction);
    return `${end.name}Via${pascal(end.type)}${bothWays ? pascal(end.direction) : ''}`;
  });
  return all.map((end, i) => ({ ...end, name: renamed[i] }));
}

/** The type definitions, as text. */
export function typeDefs(): string {
  const ends = relationshipEnds();
  const unions: string[] = [];
  const types: string[] = [];
  for (const kind of Object.values(KINDS)) {
    const properties = new Map<string, string>([['id', 'ID!']]);
    for (const [name, prop] of Object.entries(kind.properties)) {
      for (const [field, type] of stored(name, prop)) if (!properties.has(field)) properties.set(field, type);
    }
    for (const [field, type] of Object.entries(STORED)) if (!properties.has(field)) properties.set(field, type);
    const lines = [...properties].map(([field, type]) => `  ${field}: ${type}`);
    for (const end of ends.filter((e) => e.kind === kind.name).sort((a, b) => a.name.localeCompare(b.name))) {
      if (properties.has(end.name)) throw new Error(`typedefs: ${kind.name}.${end.name} is both a property and a relationship`);
      const targets = [...end.targets].sort();
      let target: string = targets[0];
      if (targets.length > 1) {
        target = `${kind.name}${end.name[0].toUpperCase()}${end.name.slice(1)}`;
        unions.push(`union ${target} = ${targets.join(' | ')}`);
      }
      lines.push(`  ${end.name}: [${target}!]! @relationship(type: "${end.type}", direction: ${end.direction}, properties: "${pascal(end.type)}Properties")`);
    }
    types.push(`type ${kind.name} @node @mutation(operations: []) {\n${lines.join('\n')}\n}`);
  }
  const properties = Object.values(RELATIONSHIPS).map((rel) => {
    const fields = new Map<string, string>();
    for (const [name, prop] of Object.entries(rel.properties ?? {})) for (const [field, type] of stored(name, prop)) fields.set(field, type);
    for (const [field, type] of Object.entries(STORED_ON_RELATIONSHIPS)) if (!fields.has(field)) fields.set(field, type);
    return `type ${pascal(rel.type)}Properties @relationshipProperties {\n${[...fields].map(([f, t]) => `  ${f}: ${t}`).join('\n')}\n}`;
  });
  return [
    '# Generated from src/model by bench/neo4j-graphql/typedefs.ts (npm run bench:typedefs); do not edit.',
    "# @neo4j/graphql 7 type definitions for govgraph's graph, used only by the benchmark.",
    '',
    ...types.flatMap((t) => [t, '']),
    ...[...new Set(unions)].flatMap((u) => [u, '']),
    ...properties.flatMap((p) => [p, '']),
  ].join('\n');
}

/** `npm run bench:typedefs`: rewrites the kept file from the model. */
if (require.main === module) {
  const file = join(ROOT, 'bench', 'neo4j-graphql', 'typeDefs.graphql');
  writeFileSync(file, typeDefs());
  console.log(`wrote ${file}`);
}
