import { isCompositeType, parse, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import { KINDS, reads, type Read } from '../model';
import { collectFields, concreteTypes, type Fragments } from './selection';

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
}

/** How much one statement may take on; the rest of a deep query is read by the batched loaders. */
export const PLAN_LIMITS = { depth: 5, follows: 40 };

/**
 * Computed fields whose resolvers read relationships under other fields' names: planning
 * one of them plans those reads too, as if the request had asked for them.
 */
const DERIVED: Record<string, string> = {
  'Item.heldBy': 'steps { body { id } }', // the body of its latest step, when none is recorded
  'Commission.overdue': 'dueMeeting { id }', // due at a meeting: the meeting's date
};
const derived = new Map(
  Object.entries(DERIVED).map(([field, text]) => [field, (parse(`{ ${text} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections]),
);

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
function followsOf(
  schema: GraphQLSchema,
  parts: readonly Part[],
  fragments: Fragments,
): Map<string, { read: Read; labels: Set<string> | null; parts: Part[] }> {
  const follows = new Map<string, { read: Read; labels: Set<string> | null; parts: Part[] }>();
  const queue = parts.map((p) => ({ ...p, views: 0 }));
  while (queue.length) {
    const part = queue.shift()!;
    if (!isCompositeType(part.type)) continue;
    for (const type of concreteTypes(schema, part.type)) {
      const isKind = type.name in KINDS;
      for (const field of collectFields(schema, type, part.selections, fragments)) {
        const also = derived.get(`${type.name}.${field.name}`);
        if (also) queue.push({ type, selections: also, views: part.views });
        if (!isCompositeType(field.type)) continue;
        const groups = readsOf(type.name, field.name);
        if (!groups) {
          // An edge (Principal, ReportingLine) or a wrapper: its object fields are the same node or its far end.
          if (part.views < 3) queue.push({ type: field.type, selections: field.selections, views: part.views + 1 });
          continue;
        }
        for (const read of groups) {
          const key = `${read.direction}:${read.types.join(',')}`;
          const follow = follows.get(key) ?? { read, labels: new Set<string>(), parts: [] };
          if (!isKind) follow.labels = null;
          else follow.labels?.add(type.name);
          follow.parts.push({ type: field.type, selections: field.selections });
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
  while (queue.length) {
    const { plan, parts: here, depth } = queue.shift()!;
    if (depth >= PLAN_LIMITS.depth) continue;
    for (const [key, f] of followsOf(schema, here, fragments)) {
      if (left-- <= 0) return root;
      const follow: Follow = { ...f.read, key, labels: f.labels && [...f.labels].sort(), below: { follows: [] } };
      plan.follows.push(follow);
      queue.push({ plan: follow.below, parts: f.parts, depth: depth + 1 });
    }
  }
  return root;
}
