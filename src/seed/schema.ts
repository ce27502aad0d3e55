import { SEED_SECTIONS, type SeedField } from '../model';
import { DEFINED, DEFINITIONS } from '../model/values';

/**
 * seed/seed.schema.json, generated from the model (`npm run seed:schema`): one entry schema
 * per section, every field with its description, every id, name, text, locator, web address
 * and date a $ref to the shared definitions. test/unit/seed-schema.test.ts keeps the committed
 * file equal to this.
 */
export function seedSchema(): Record<string, any> {
  const properties: Record<string, unknown> = {};
  for (const section of SEED_SECTIONS.values()) {
    const entry = objectSchema(section.fields, section.oneOf);
    properties[section.name] = section.single
      ? { ...entry, description: section.description }
      : { type: 'array', description: section.description, items: entry };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'govgraph seed file',
    description:
      "One file per source document. Every entry carries a locator; relationships inside an entry share that entry's locator. Every text has a length limit, set once under definitions and shared by the seed and the API. Generated from src/model by `npm run seed:schema`: edit the model, not this file.",
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    properties,
    definitions: DEFINITIONS,
  };
}

function objectSchema(fields: Record<string, SeedField>, oneOf?: string[]): Record<string, unknown> {
  const required = Object.entries(fields).filter(([, f]) => f.required).map(([name]) => name);
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSchema(f)])),
    ...(required.length ? { required } : {}),
    // An inferred fact says how it was inferred, and a reading is only given for an inferred fact.
    ...(fields.certainty && fields.inference ? { dependencies: { certainty: ['inference'], inference: ['certainty'] } } : {}),
    // An organisation or the group the source names (`collective`), never both.
    ...(oneOf ? { oneOf: oneOf.map((name) => ({ required: [name] })) } : {}),
  };
}

function valueSchema(f: SeedField): Record<string, unknown> {
  if (f.fields) return objectSchema(f.fields, f.oneOf);
  if ((DEFINED as readonly string[]).includes(f.type)) return { $ref: `#/definitions/${f.type}` };
  switch (f.type) {
    case 'enum':
      return { type: 'string', enum: f.values };
    case 'code':
      return { type: 'string', pattern: f.pattern };
    case 'bool':
      return { type: 'boolean' };
    case 'number':
    case 'integer':
      return { type: f.type };
    default:
      throw new Error(`model: no schema for a ${f.type}`);
  }
}

function fieldSchema(f: SeedField): Record<string, unknown> {
  const description = f.to ? `${f.description} (${f.list ? 'ids' : 'id'} of a ${f.to.join(' or ')})` : f.description;
  if (!f.list) return { ...valueSchema(f), description };
  return {
    type: 'array',
    description,
    items: valueSchema(f),
    ...(f.nonEmpty ? { minItems: 1 } : {}),
    // Lists of ids and names hold each value once; lists of objects may repeat.
    ...(f.fields ? {} : { uniqueItems: true }),
  };
}

/** The schema as committed: JSON indented by one space, with a final newline. */
export const seedSchemaText = (): string => `${JSON.stringify(seedSchema(), null, 1)}\n`;
