import 'reflect-metadata';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, parse, validate, type GraphQLSchema } from 'graphql';
import { ROOT } from '../../src/config';
import { buildGovgraphSchema } from '../../src/schema';
import { printSorted, SCHEMA_FILE } from '../../src/schema-print';
import * as vocabularies from '../../src/shared/enums';

/**
 * Where each vocabulary of src/shared/enums.ts is listed again in seed/seed.schema.json
 * (JSON pointers to the properties holding an `enum`). The lists are kept twice on
 * purpose: seed files validate against JSON schema, the API against GraphQL.
 */
const SEED_ENUMS: Record<keyof typeof vocabularies, string[]> = {
  AreaLevel: ['/properties/areas/items/properties/level'],
  OrganisationKind: ['/properties/organisations/items/properties/kind'],
  BodyClassification: ['/properties/bodies/items/properties/classification'],
  Tier: ['/properties/bodies/items/properties/tier'],
  MembershipRole: ['/properties/memberships/items/properties/role', '/properties/meetings/items/properties/attendance/items/properties/role'],
  Capacity: ['/properties/mandates/items/properties/capacities/items'],
  ReportingKind: ['/properties/reportingLines/items/properties/kind'],
  DocumentKind: ['/properties/source/properties/kind', '/properties/documents/items/properties/kind'],
  CommissionStatus: ['/properties/commissions/items/properties/status'],
  StepKind: ['/properties/steps/items/properties/kind'],
  TopicKind: ['/properties/topics/items/properties/kind'],
  ChangeKind: ['/properties/events/items/properties/kind'],
  AttendanceStatus: ['/properties/meetings/items/properties/attendance/items/properties/status'],
  DeciderKind: ['/properties/items/items/properties/decidedBy/items/properties/kind'],
  VersionKind: ['/properties/documents/items/properties/versions/items/properties/kind'],
  // The loader derives preparers by standing rule; no seed file writes the basis.
  PreparerBasis: [],
  // Seed files write partial dates as text ("2024-spring"); the precision is derived, not listed.
  DatePrecision: [],
};

const seedSchema = JSON.parse(readFileSync(join(ROOT, 'seed', 'seed.schema.json'), 'utf8'));

/** Every JSON pointer in the seed schema whose node lists `enum` values. */
function seedEnumPointers(node: unknown, pointer = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = !Array.isArray(node) && 'enum' in node ? [pointer] : [];
  return own.concat(...Object.entries(node).map(([key, child]) => seedEnumPointers(child, `${pointer}/${key}`)));
}

function seedEnumAt(pointer: string): string[] {
  const node = pointer
    .split('/')
    .slice(1)
    .reduce((at, key) => at?.[key], seedSchema);
  if (!Array.isArray(node?.enum)) throw new Error(`seed/seed.schema.json has no enum at ${pointer}`);
  return node.enum;
}

/** Coordinates (Type, Type.field, Type.field(arg), Enum.VALUE) that have no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const own = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t));
  for (const type of own) {
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        const args = 'args' in field ? field.args : [];
        for (const arg of args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGovgraphSchema();
});

describe('the printed schema', () => {
  test('schema/schema.graphql is what the code prints', () => {
    const printed = printSorted(schema);
    const stored = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (printed === stored) return;
    const printedLines = printed.split('\n');
    const storedLines = stored.split('\n');
    const line = printedLines.findIndex((text, i) => text !== storedLines[i]);
    throw new Error(
      'schema/schema.graphql and the code have drifted apart: run `npm run schema:print` and commit schema/schema.graphql.\n' +
        `First difference at line ${line + 1}:\n  code: ${printedLines[line] ?? '(end)'}\n  file: ${storedLines[line] ?? '(end)'}`,
    );
  });

  test('every type, field, argument, input field and enum value has a description', () => {
    const missing = undescribed(schema);
    if (missing.length > 0) {
      throw new Error(`${missing.length} schema element(s) have no description; add one to each:\n  ${missing.join('\n  ')}`);
    }
  });

  test('every example operation in public/examples validates against the schema', () => {
    const folder = join(ROOT, 'public', 'examples');
    const invalid = readdirSync(folder)
      .filter((file) => file.endsWith('.graphql'))
      .flatMap((file) => validate(schema, parse(readFileSync(join(folder, file), 'utf8'))).map((e) => `${file}: ${e.message}`));
    expect(invalid).toEqual([]);
  });
});

describe('the vocabularies in GraphQL and in the seed schema', () => {
  test('every vocabulary in src/shared/enums.ts is mapped to its seed-schema enums here', () => {
    expect(Object.keys(vocabularies).sort()).toEqual(Object.keys(SEED_ENUMS).sort());
  });

  test('every enum in seed/seed.schema.json belongs to a vocabulary', () => {
    const mapped = new Set(Object.values(SEED_ENUMS).flat());
    expect(seedEnumPointers(seedSchema).filter((pointer) => !mapped.has(pointer))).toEqual([]);
  });

  test.each(Object.entries(SEED_ENUMS).flatMap(([name, pointers]) => pointers.map((pointer) => [name, pointer])))(
    '%s has exactly the values of the seed-schema enum at %s',
    (name, pointer) => {
      const graphql = Object.keys(vocabularies[name as keyof typeof vocabularies]);
      const seed = seedEnumAt(pointer);
      expect({ onlyInGraphql: graphql.filter((v) => !seed.includes(v)), onlyInSeed: seed.filter((v) => !graphql.includes(v)) }).toEqual({
        onlyInGraphql: [],
        onlyInSeed: [],
      });
    },
  );
});
