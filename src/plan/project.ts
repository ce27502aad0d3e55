import { isCompositeType, type GraphQLSchema } from 'graphql';
import { KINDS, reads, type Read } from '../model';
import type { ValueType } from '../model/types';
import { DATE_FIELDS } from '../shared/derived';
import type { Part } from './plan';
import { collectFields, concreteTypes, type Fragments } from './selection';

/** Properties every planned node carries: its id. (Lists come ordered from the statement; nothing sorts them by name again.) */
const SYSTEM = ['id'];

/**
 * Properties a planned node carries, whatever is asked of it, where its kind has them: the
 * small ones resolvers filter and order related rows by (validity on a day: isValidOn;
 * role, kind, status; a step's or meeting's date, a commission's due date: byDateStart,
 * isOverdue). Only the kinds' own: a map projection returns a key for every property named,
 * null or not, and those nulls were most of a nested list's bytes. A field asked for brings
 * its own (see propsOf).
 */
const FILTERS = ['role', 'kind', 'status', 'classification', 'validFromStart', 'validToEnd', 'foundedStart', 'dissolvedEnd', 'dateStart', 'dateEnd', 'dueEnd'];

/** Fields whose values come from properties under other names. */
const STORED_AS: Record<string, string[]> = {
  sources: ['sourceIds', 'locators'],
  version: ['version'],
  certainty: ['certainty'],
};

const relationship = (type: string, field: string): boolean => {
  try {
    return reads(type, field).length > 0;
  } catch {
    return false;
  }
};

/** The names a property is stored under: a partial date also as its first and last day. */
const storedAs = (name: string): string[] => (DATE_FIELDS.has(name) ? [name, `${name}Start`, `${name}End`] : [name]);

/**
 * The properties a planned node must carry for the fields its selections ask, or null for
 * all of them (properties(n)): when a field is computed by a resolver that may read
 * properties under other names, or the node may be of a type that is not a kind of the
 * model. Relationship fields need nothing of the node itself (their rows are planned below
 * it); a property of the model needs itself, and a partial date its first and last day.
 * `far`: the kinds the relationship read can reach (none: any); other kinds of an
 * interface (`holder: Node`) cannot be there and ask nothing.
 */
export function propsOf(schema: GraphQLSchema, parts: readonly Part[], fragments: Fragments, far?: readonly string[]): string[] | null {
  const props = new Set(SYSTEM);
  const declared = new Set<string>();
  for (const part of parts) {
    if (!isCompositeType(part.type)) return null;
    for (const type of concreteTypes(schema, part.type)) {
      const kind = KINDS[type.name as keyof typeof KINDS];
      if (!kind) return null;
      if (far && !far.includes(type.name)) continue;
      Object.keys(kind.properties)
        .flatMap(storedAs)
        .forEach((p) => declared.add(p));
      for (const field of collectFields(schema, type, part.selections, fragments)) {
        if (SYSTEM.includes(field.name)) continue;
        if (field.name in STORED_AS) STORED_AS[field.name].forEach((p) => props.add(p));
        else if (field.name in kind.properties) {
          // A structured property (an agreement's terms) is stored under other names.
          if (kind.properties[field.name].type === 'object') return null;
          storedAs(field.name).forEach((p) => props.add(p));
        } else if (!relationship(type.name, field.name)) return null;
      }
    }
  }
  FILTERS.filter((p) => declared.has(p)).forEach((p) => props.add(p));
  return [...props].sort();
}

/** Value types of relationship properties a resolver may filter a list of kinds by: none of them is prose. */
const FILTERED_BY: ReadonlySet<ValueType> = new Set(['enum', 'bool', 'id', 'partialDate']);

/**
 * The properties a planned row keeps of its relationship, or null for all of them. Only an
 * edge (Principal, Decider, Attendance: a type that is not a kind) shows a relationship's
 * own facts, its certainty, sources and inference; a list of kinds needs only what its
 * resolver filters by: the model's small properties of these relationships (a reporting
 * line's kind and dates, an attendance's role), never texts, rules or locators' quotes.
 */
export function relPropsOf(schema: GraphQLSchema, parts: readonly Part[], read: Read): string[] | null {
  for (const part of parts) if (!isCompositeType(part.type) || concreteTypes(schema, part.type).some((t) => !(t.name in KINDS))) return null;
  const small = Object.entries(read.carries).filter(([, type]) => FILTERED_BY.has(type));
  return [...new Set(small.flatMap(([name]) => storedAs(name)))].sort();
}
