import { isCompositeType, type GraphQLSchema } from 'graphql';
import { KINDS, reads } from '../model';
import { DATE_FIELDS } from '../shared/derived';
import type { Part } from './plan';
import { collectFields, concreteTypes, type Fragments } from './selection';

/**
 * Properties every planned node carries whatever is asked of it: its id and sort key, and
 * the small ones resolvers filter and order related rows by (validity on a day: isValidOn;
 * role, kind, status; a step's or meeting's date, a commission's due date: byDateStart,
 * isOverdue). A field asked for brings its own (see propsOf).
 */
const ALWAYS = [
  'id',
  'sortName',
  'version',
  'certainty',
  'role',
  'kind',
  'status',
  'classification',
  'validFromStart',
  'validToEnd',
  'foundedStart',
  'dissolvedEnd',
  'dateStart',
  'dateEnd',
  'dueEnd',
];

/** Fields whose values come from properties under other names. */
const STORED_AS: Record<string, string[]> = {
  sources: ['sourceIds', 'locators'],
  version: ['version'],
};

const relationship = (type: string, field: string): boolean => {
  try {
    return reads(type, field).length > 0;
  } catch {
    return false;
  }
};

/**
 * The properties a planned node must carry for the fields its selections ask, or null for
 * all of them (properties(n)): when a field is computed by a resolver that may read
 * properties under other names, or the node may be of a type that is not a kind of the
 * model. Relationship fields need nothing of the node itself (their rows are planned below
 * it); a property of the model needs itself, and a partial date its first and last day.
 */
export function propsOf(schema: GraphQLSchema, parts: readonly Part[], fragments: Fragments): string[] | null {
  const props = new Set(ALWAYS);
  for (const part of parts) {
    if (!isCompositeType(part.type)) return null;
    for (const type of concreteTypes(schema, part.type)) {
      const kind = KINDS[type.name as keyof typeof KINDS];
      if (!kind) return null;
      for (const field of collectFields(schema, type, part.selections, fragments)) {
        if (field.name in STORED_AS) STORED_AS[field.name].forEach((p) => props.add(p));
        else if (field.name in kind.properties) {
          // A structured property (an agreement's terms) is stored under other names.
          if (kind.properties[field.name].type === 'object') return null;
          props.add(field.name);
          if (DATE_FIELDS.has(field.name)) props.add(`${field.name}Start`).add(`${field.name}End`);
        } else if (!relationship(type.name, field.name)) return null;
      }
    }
  }
  return [...props].sort();
}
