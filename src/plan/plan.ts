import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import { twinOf } from '../list/nested-fields';
import { PAGED_IN_PLAN, pageKey, type PagedSpec } from '../list/nested';
import { KINDS, reads, type Read } from '../model';
import { propsOf, relPropsOf } from './project';
import { collectFields, concreteTypes, type Fragments, type SelectedField } from './selection';

/**
 * What one planned statement fetches below a node: for each relationship the selection
 * follows (as the model's `read` entries map GraphQL fields to relationships), every
 * entity at the other end, and below each of those, the same again.
 */
export interface NodePlan {
  follows: Follow[];
}

export interface Follow extends Read {
  /** The per-request loader this answer is primed into: direction and types, as resolvers ask. */
  key: string;
  /** Only nodes with one of these labels have this relationship read (a fragment's type); none: any. */
  labels: string[] | null;
  below: NodePlan;
  /** The properties read of each node at the far end (src/plan/project.ts); null: all of them. */
  props: string[] | null;
  /** The properties read of each relationship (src/plan/project.ts relPropsOf); null: all of them. */
  rel: string[] | null;
  /** Read as a page of a relationship list (src/list/nested.ts), not whole; primed as a window, not into the loader. */
  page?: FollowPage;
}

/**
 * A page of a relationship list in a plan. Its size comes from the arguments of the fields
 * that read it (`first`/`after`, perhaps variables), so it is a parameter of the statement
 * (`$<param>skip`, `$<param>limit`, see src/plan/prime.ts planParams), never its text.
 */
export interface FollowPage {
  param: string;
  spec: PagedSpec;
  /** Each field node reading this list, and whether its list joins several relationship groups (then read from the start). */
  fields: { definition: GraphQLField<unknown, unknown>; node: FieldNode; multi: boolean }[];
  /** A twin connection asks for totalCount: the statement counts the list. */
  count: boolean;
}

type Found = { read: Read; labels: Set<string> | null; parts: Part[]; page?: Omit<FollowPage, 'param'> };

/** The nodes a twin connection field reads (its `nodes` and `edges { node }`), and whether it asks for totalCount. */
export function connectionNodes(
  schema: GraphQLSchema,
  field: Pick<SelectedField, 'type' | 'selections'>,
  fragments: Fragments,
): { part: Part; count: boolean } {
  const connection = field.type;
  if (!isObjectType(connection)) return { part: { type: connection, selections: [] }, count: false };
  const selections: SelectionNode[] = [];
  let count = false;
  for (const f of collectFields(schema, connection, field.selections, fragments)) {
    if (f.name === 'totalCount') count = true;
    if (f.name === 'nodes') selections.push(...f.selections);
    if (f.name === 'edges' && isObjectType(f.type))
      for (const e of collectFields(schema, f.type, f.selections, fragments)) if (e.name === 'node') selections.push(...e.selections);
  }
  return { part: { type: getNamedType(connection.getFields().nodes.type), selections }, count };
}

/** How much one statement may take on; the rest of a deep query is read by the batched loaders. */
export const PLAN_LIMITS = { depth: 5, follows: 40 };

/**
 * Computed fields whose resolvers read relationships under other fields' names: planning
 * one of them plans that path too, as if the request had asked for it, with the field's
 * own selection (and the id) at its end: the resolver answers with the node it finds there.
 */
const DERIVED: Record<string, string[]> = {
  'Item.heldBy': ['steps', 'body'], // the body of its latest step, when none is recorded
  'Commission.overdue': ['dueMeeting'], // due at a meeting: the meeting's date
};
const ID: SelectionNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } };

function derivedPath(path: readonly string[], leaf: readonly SelectionNode[]): readonly SelectionNode[] {
  return path.reduceRight<readonly SelectionNode[]>(
    (below, name) => [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet: { kind: Kind.SELECTION_SET, selections: below } }],
    [ID, ...leaf],
  );
}

export interface Part {
  type: GraphQLNamedType;
  selections: readonly SelectionNode[];
}

function readsOf(type: string, field: string): Read[] | undefined {
  try {
    return reads(type, field);
  } catch {
    return undefined; // a field no relationship answers: a scalar view, a computed value, a special operation
  }
}

/** The relationships one node's selections follow, by loader key, with the selections below each. */
function followsOf(schema: GraphQLSchema, parts: readonly Part[], fragments: Fragments): Map<string, Found> {
  const follows = new Map<string, Found>();
  const queue = parts.map((p) => ({ ...p, views: 0 }));
  while (queue.length) {
    const part = queue.shift()!;
    if (!isCompositeType(part.type)) continue;
    for (const type of concreteTypes(schema, part.type)) {
      const isKind = type.name in KINDS;
      for (const field of collectFields(schema, type, part.selections, fragments)) {
        const path = DERIVED[`${type.name}.${field.name}`];
        if (path) queue.push({ type, selections: derivedPath(path, field.selections), views: part.views });
        if (!isCompositeType(field.type)) continue;
        // A twin connection (`itemsPreparedConnection`) reads what its list field reads; its nodes are below its edges and nodes.
        const twin = twinOf(type, field.name);
        const name = twin ? twin.name : field.name;
        const groups = readsOf(type.name, name);
        if (twin && !groups) continue;
        if (!groups) {
          // An edge (Principal, ReportingLine) or a wrapper: its object fields are the same node or its far end.
          if (part.views < 3) queue.push({ type: field.type, selections: field.selections, views: part.views + 1 });
          continue;
        }
        const spec = PAGED_IN_PLAN[`${type.name}.${name}`];
        const below = twin ? connectionNodes(schema, field, fragments) : { part: { type: field.type, selections: field.selections }, count: false };
        for (const read of groups) {
          const key = spec ? pageKey(read, spec) : `${read.direction}:${read.types.join(',')}`;
          const follow: Found = follows.get(key) ?? { read, labels: new Set<string>(), parts: [], page: spec && { spec, fields: [], count: false } };
          if (!isKind) follow.labels = null;
          else follow.labels?.add(type.name);
          follow.parts.push(below.part);
          if (follow.page) {
            const definition = type.getFields()[field.name];
            follow.page.fields.push(...field.nodes.map((node) => ({ definition, node, multi: groups.length > 1 })));
            follow.page.count ||= below.count;
          }
          follows.set(key, follow);
        }
      }
    }
  }
  return follows;
}

/**
 * Plans the relationships read below a node that the given selections (on the given types)
 * ask for, breadth first, so a wide query keeps its first levels when the budget runs out.
 * A field with no relationship but an object type (an edge such as Principal, whose
 * `organisation` is the far node itself) is a view of the same node: its fields are planned
 * on it too. Planning a relationship the request then does not read costs work, never a
 * wrong answer: each planned list is every entity along that relationship from that node,
 * exactly what the loader would have read, and a node is only ever primed with its own.
 */
export function planNode(schema: GraphQLSchema, parts: readonly Part[], fragments: Fragments): NodePlan {
  const root: NodePlan = { follows: [] };
  const queue = [{ plan: root, parts, depth: 0 }];
  let left = PLAN_LIMITS.follows;
  let pages = 0;
  while (queue.length) {
    const { plan, parts: here, depth } = queue.shift()!;
    if (depth >= PLAN_LIMITS.depth) continue;
    for (const [key, f] of followsOf(schema, here, fragments)) {
      if (left-- <= 0) return root;
      const follow: Follow = {
        ...f.read,
        key,
        labels: f.labels && [...f.labels].sort(),
        below: { follows: [] },
        props: propsOf(schema, f.parts, fragments, f.read.far),
        rel: relPropsOf(schema, f.parts, f.read),
      };
      if (f.page) follow.page = { ...f.page, param: `p${pages++}` };
      plan.follows.push(follow);
      queue.push({ plan: follow.below, parts: f.parts, depth: depth + 1 });
    }
  }
  return root;
}
