import { registerEnumType } from 'type-graphql';
import schema from '../../seed/seed.schema.json';
import { LINKS } from '../seed/graph';
import { ENTITY_SECTIONS, REFERENCES, type EntityKind } from '../seed/validate';

/**
 * What can be written through the API, derived from the seed format so the two never
 * disagree: each entity kind is a seed section (same fields, same rules), and each link
 * type is a relationship a seed entry can state.
 */
export const WRITABLE: Record<string, { section: string; label: string }> = {
  ...Object.fromEntries(Object.entries(ENTITY_SECTIONS).map(([section, label]) => [label, { section, label }])),
  Membership: { section: 'memberships', label: 'Membership' },
};

export enum WritableKind {
  Area = 'Area', Organisation = 'Organisation', Body = 'Body', Person = 'Person', Post = 'Post', Membership = 'Membership',
  Topic = 'Topic', Mandate = 'Mandate', Document = 'Document', Commission = 'Commission', Item = 'Item',
  Meeting = 'Meeting', Step = 'Step', Indicator = 'Indicator', ChangeEvent = 'ChangeEvent',
}
registerEnumType(WritableKind, {
  name: 'WritableKind',
  description: 'Kinds of entity the API can create. Their fields are those of the matching section of seed/seed.schema.json (bodies, items, …), without `locator`.',
  valuesConfig: Object.fromEntries(Object.entries(WRITABLE).map(([k, v]) => [k, { description: `A ${k}: fields as in seed.schema.json section '${v.section}'.` }])) as any,
});

/** One relationship type the API can create, with the kinds at each end and its properties. */
export interface LinkSpec {
  from: EntityKind[];
  to: EntityKind[];
  /** Property names a link of this type may carry. */
  props: string[];
}

const DATED = ['validFrom', 'validTo', 'text', 'note'];

function deriveLinks(): Record<string, LinkSpec> {
  const specs: Record<string, LinkSpec> = {
    REPORTING_LINE: { from: ['Body'], to: ['Body', 'Organisation'], props: ['kind', ...DATED] },
    PRINCIPAL_OF: { from: ['Organisation'], to: ['Body'], props: DATED },
    DECIDED_BY: { from: ['Item'], to: ['Body', 'Organisation'], props: ['kind', 'condition'] },
  };
  for (const [section, fields] of Object.entries(LINKS)) {
    const own = ENTITY_SECTIONS[section as keyof typeof ENTITY_SECTIONS];
    for (const [field, { type, dir }] of Object.entries(fields)) {
      const other = REFERENCES[section]?.[field] ?? [];
      const spec = (specs[type] ??= { from: [], to: [], props: [] });
      const [from, to] = dir === 'in' ? [other, [own]] : [[own], other];
      spec.from = [...new Set([...spec.from, ...from])];
      spec.to = [...new Set([...spec.to, ...to])];
    }
  }
  return specs;
}

export const LINK_TYPES = deriveLinks();

export const LinkType = Object.fromEntries(Object.keys(LINK_TYPES).map((t) => [t, t]));
registerEnumType(LinkType, {
  name: 'LinkType',
  description: 'Relationship types the API can create between entities.',
  valuesConfig: Object.fromEntries(
    Object.entries(LINK_TYPES).map(([t, s]) => [t, { description: `From ${s.from.join('/')} to ${s.to.join('/')}${s.props.length ? `; properties: ${s.props.join(', ')}` : ''}.` }]),
  ) as any,
});

/** The JSON schema of one seed section's entries. */
export function entrySchema(section: string): any {
  return (schema as any).properties[section].items;
}
