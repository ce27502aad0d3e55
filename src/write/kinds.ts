import { registerEnumType } from 'type-graphql';
import { LINK_TYPES, sectionOf, WRITABLE_KINDS, type LinkSpec } from '../model';
import { seedSchema } from '../seed/schema';

export { LINK_TYPES, type LinkSpec };

/**
 * What can be written through the API, from the model: each entity kind with a seed section
 * (same fields, same rules), and each relationship type a seed entry can state.
 */
export const WRITABLE: Record<string, { section: string; label: string }> = Object.fromEntries(
  WRITABLE_KINDS.map((label) => [label, { section: sectionOf(label)!, label }]),
);

export const WritableKind = Object.fromEntries(WRITABLE_KINDS.map((k) => [k, k])) as Record<string, string>;
export type WritableKind = string;
registerEnumType(WritableKind, {
  name: 'WritableKind',
  description:
    'Kinds of entity the API can create. Their fields are those of the matching section of seed/seed.schema.json (bodies, items, …), without `locator`.',
  valuesConfig: Object.fromEntries(
    Object.entries(WRITABLE).map(([k, v]) => [k, { description: `A ${k}: fields as in seed.schema.json section '${v.section}'.` }]),
  ) as any,
});

export const LinkType = Object.fromEntries(Object.keys(LINK_TYPES).map((t) => [t, t]));
registerEnumType(LinkType, {
  name: 'LinkType',
  description: 'Relationship types the API can create between entities.',
  valuesConfig: Object.fromEntries(
    Object.entries(LINK_TYPES).map(([t, s]) => [
      t,
      { description: `From ${s.from.join('/')} to ${s.to.join('/')}${s.props.length ? `; properties: ${s.props.join(', ')}` : ''}.` },
    ]),
  ) as any,
});

const schema = seedSchema();

/** The JSON schema of one seed section's entries. */
export function entrySchema(section: string): any {
  return schema.properties[section].items;
}

/** The shared definitions the entry schemas refer to. */
export const definitions = schema.definitions;
