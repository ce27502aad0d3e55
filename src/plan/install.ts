import { defaultFieldResolver, getNamedType, isCompositeType, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Context } from '../server/context';
import { Node } from '../shared/types';
import { connectionNodes, planNode, type NodePlan, type Part } from './plan';
import { propsOf } from './project';
import { fetchPlanned } from './prime';
import { renderBelow, renderPlan } from './render';
import { composeSpecials, specialParams, specialsOf, type SpecialField } from './special';
import { collectFields, concreteTypes, type Fragments } from './selection';

/** Query fields whose argument names the nodes before the resolver runs: planned with them, one statement in all. */
const BY_ID: Record<string, (args: Record<string, unknown>) => string[]> = {
  node: (a) => [a.id as string],
  nodes: (a) => (a.ids as string[]) ?? [],
  body: (a) => [a.id as string],
};

export interface Planned {
  plan: NodePlan;
  text: string;
  /** The plan below a node bound to `n`, for a statement that composes it after its own rows. */
  below: { calls: string[]; map: string };
  /** Fields answered by named statements, composed into `text` (src/plan/special.ts). */
  specials: SpecialField[];
}

/**
 * Plans are cached per selection: Apollo keeps each parsed document, so a repeated query
 * (a persisted one, an embed's) meets the same AST objects and is planned once.
 */
const cache = new WeakMap<object, Planned | null>();

function planned(schema: GraphQLSchema, key: object, parts: Part[], fragments: Fragments, single = false): Planned | null {
  if (cache.has(key)) return cache.get(key)!;
  const plan = planNode(schema, parts, fragments);
  // One node by id: the special fields asked on it are composed in too.
  const specials = single ? parts.flatMap((p) => specialsOf(schema, p.selections, fragments)) : [];
  const result =
    plan.follows.length || specials.length ? { plan, text: composeSpecials(renderPlan(plan), specials), below: renderBelow(plan), specials } : null;
  cache.set(key, result);
  return result;
}

/** Plans for the nodes a Query field returns, from its whole selection, offered to its resolver before it runs. */
const offers = new WeakMap<object, Planned | null>();
const offered = new WeakMap<GraphQLResolveInfo, Planned>();

function offerFor(schema: GraphQLSchema, node: FieldNode, part: Part, fragments: Fragments): Planned | null {
  if (!offers.has(node)) {
    const plan = planNode(schema, [part], fragments);
    offers.set(node, plan.follows.length ? { plan, text: renderPlan(plan), below: renderBelow(plan), specials: [] } : null);
  }
  return offers.get(node)!;
}

/**
 * The plan for what the selection reads below the nodes this Query field returns, for a
 * resolver that reads those nodes with a statement of its own (a list page) and composes
 * the plan into it: one statement in all. Taking it is a promise to prime the loaders with
 * the planned rows (primePlanned); a resolver that does not take it gets its nodes'
 * relationships read after it, by a planned statement of their own.
 */
export function takePlan(info: GraphQLResolveInfo): Planned | undefined {
  const plan = offered.get(info);
  offered.delete(info);
  return plan;
}

const rowProps = new WeakMap<object, string[] | null>();

/**
 * The properties a list query's selection reads of its rows (its connection's `nodes` and
 * `edges { node }`), for the list statement's projection (src/plan/project.ts); null: all.
 */
export function listRowProps(info: GraphQLResolveInfo): string[] | null {
  const node = info.fieldNodes[0];
  if (!rowProps.has(node)) {
    const connection = { type: getNamedType(info.returnType), selections: info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []) };
    rowProps.set(
      node,
      info.fieldNodes.length === 1 ? propsOf(info.schema, [connectionNodes(info.schema, connection, info.fragments).part], info.fragments) : null,
    );
  }
  return rowProps.get(node)!;
}

/**
 * The nodes a root resolver returned, grouped by the selection that reads them: the value
 * is walked along the selection through plain properties (a connection's `nodes`, a hit's
 * `node`); what a resolver would compute is not followed.
 */
function gather(schema: GraphQLSchema, value: unknown, part: Part, fragments: Fragments, into: Map<readonly object[], { part: Part; ids: Set<string> }>): void {
  if (value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) gather(schema, v, part, fragments, into);
    return;
  }
  if (value instanceof Node) {
    const group = into.get(part.selections) ?? { part, ids: new Set<string>() };
    group.ids.add(value.id);
    into.set(part.selections, group);
    return;
  }
  if (!isCompositeType(part.type)) return;
  for (const type of concreteTypes(schema, part.type)) {
    for (const field of collectFields(schema, type, part.selections, fragments)) {
      const child = (value as Record<string, unknown>)[field.name];
      if (child !== undefined && typeof child !== 'function' && isCompositeType(field.type))
        gather(schema, child, { type: field.type, selections: field.selections }, fragments, into);
    }
  }
}

/**
 * One statement per read request: every Query field is wrapped so that what its selection
 * reads below the nodes it returns is fetched by one planned statement (src/plan/plan.ts),
 * which primes the request's loaders. Resolvers are unchanged: they ask the loaders as
 * before and find the answers there; what no plan covers (special operations, fields past
 * the plan's limits) is still loaded in batches, in the same request.
 */
export function planReads(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()!.getFields();
  for (const field of Object.values(fields)) {
    const resolve = field.resolve ?? defaultFieldResolver;
    const byId = BY_ID[field.name];
    field.resolve = async (source, args, ctx: Context, info: GraphQLResolveInfo) => {
      const node: FieldNode = info.fieldNodes[0];
      const part: Part = { type: getNamedType(info.returnType), selections: info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []) };
      if (byId && info.fieldNodes.length === 1) {
        const ids = byId(args).filter((id) => typeof id === 'string');
        // Too many ids is the resolver's error to give; no planned read runs for them.
        if (ids.length > ctx.limits.ids) return resolve(source, args, ctx, info);
        const plan = planned(schema, node, [part], info.fragments, field.name !== 'nodes');
        if (plan && ids.length) {
          const special = plan.specials.length && ids.length === 1 ? specialParams(plan.specials, ids[0], info.variableValues) : null;
          const rows = await fetchPlanned(ctx, plan.plan, plan.text, [...new Set(ids)], info.variableValues, special?.params);
          special?.prime(ctx, rows[0]?.specials ?? []);
        }
        return resolve(source, args, ctx, info);
      }
      const offer = info.fieldNodes.length === 1 ? offerFor(schema, node, part, info.fragments) : null;
      if (offer) offered.set(info, offer);
      const value = await resolve(source, args, ctx, info);
      if (offer && !offered.delete(info)) return value; // the resolver composed the plan into its own statement
      const groups = new Map<readonly object[], { part: Part; ids: Set<string> }>();
      gather(schema, value, part, info.fragments, groups);
      if (groups.size) {
        // Nodes met under different selections (an entry's document, its parties) are read by
        // one statement: each node gets the follows of every selection, guarded by its label.
        const parts = [...groups.values()].map((g) => g.part);
        const ids = new Set([...groups.values()].flatMap((g) => [...g.ids]));
        const plan = planned(schema, groups.size === 1 ? parts[0].selections : node, parts, info.fragments);
        if (plan) await fetchPlanned(ctx, plan.plan, plan.text, [...ids], info.variableValues);
      }
      return value;
    };
  }
  return schema;
}
