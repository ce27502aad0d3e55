import { getArgumentValues, getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, type FieldNode } from 'graphql';
import type { Row } from '../db/database';
import { plannedWindow } from '../list/nested';
import type { Context } from '../server/context';
import type { Related } from '../shared/repository';
import type { NodePlan } from './plan';
import { farKind } from './render';

/** One planned row, by position (src/plan/render.ts): positions, not keys, are most of a nested list's strings saved. */
type Fetched = [type: string | null, rel: Row | unknown[] | null, labels: string[] | null, props: Row | unknown[], below: Below];
/** Per follow of the plan, its rows, or its rows and the whole list's length (a connection asking totalCount); null: the node has no such list. */
type Below = (Fetched[] | [Fetched[], number] | null)[] | null;

/** Whether a field is left out by its own @skip/@include on these variables (a list nobody reads is read with LIMIT 0). */
function skipped(node: FieldNode, variables: Record<string, unknown>): boolean {
  try {
    return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true || getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
  } catch {
    return false;
  }
}

/**
 * The parameters of a plan's paged lists for one request: for each, the rows from the
 * smallest offset its fields ask for to one past the furthest page's end (hasNextPage).
 * A field whose list joins several relationship groups reads each from the start.
 */
export function planParams(plan: NodePlan, variables: Record<string, unknown> = {}): Row {
  const params: Row = {};
  const visit = (p: NodePlan): void =>
    p.follows.forEach((f) => {
      if (f.page) {
        let skip = Number.MAX_SAFE_INTEGER;
        let end = 0;
        for (const { definition, node, multi } of f.page.fields) {
          if (skipped(node, variables)) continue;
          let args: Record<string, unknown> = {};
          try {
            args = getArgumentValues(definition, node, variables);
          } catch {
            // A wrong argument is its resolver's error to report; the default page is read meanwhile.
          }
          const w = plannedWindow(args);
          skip = Math.min(skip, multi ? 0 : w.offset);
          end = Math.max(end, w.offset + w.first + 1);
        }
        // Every field reading it skipped (@include(if: false)): LIMIT 0 reads nothing.
        params[`${f.page.param}skip`] = end === 0 ? 0 : skip;
        params[`${f.page.param}limit`] = end === 0 ? 0 : end - skip;
      }
      visit(f.below);
    });
  visit(plan);
  return params;
}

/** Each planned node's properties in this request, one object per node (see merged). */
const seen = new WeakMap<object, Map<string, Row>>();

/**
 * A planned node's properties, as one object per node and request: a node read under two
 * selections (met again along a cycle, or through another field) carries what both
 * projected (src/plan/project.ts), so whichever list a resolver finds it in first answers
 * every field asked of it. Properties a projection read but the node lacks (null) are left out.
 */
function merged(ctx: Context, props: Row): Row {
  let nodes = seen.get(ctx.loaders);
  if (!nodes) seen.set(ctx.loaders, (nodes = new Map()));
  const own: Row = {};
  for (const key in props) if (props[key] !== null) own[key] = props[key];
  const earlier = nodes.get(own.id);
  if (!earlier) nodes.set(own.id, own);
  return earlier ? Object.assign(earlier, own) : own;
}

/** Properties sent as values in the plan's order (src/plan/render.ts project) as an object again; all of them come as one. */
function named(keys: string[] | null, values: Row | unknown[]): Row {
  if (!keys) return values as Row;
  const row: Row = {};
  keys.forEach((key, i) => (row[key] = (values as unknown[])[i]));
  return row;
}

/** Hands each node's planned lists to the request's loaders, level by level: whole lists to the loaders, pages as windows. */
function prime(ctx: Context, plan: NodePlan, id: string, below: Below, params: Row): void {
  plan.follows.forEach((follow, i) => {
    const entry = below?.[i];
    if (entry == null) return; // the node lacks the label this relationship is read for
    const [fetched, total] = follow.page?.count ? (entry as [Fetched[], number]) : [entry as Fetched[], null];
    const kind = farKind(follow);
    const rows: Related[] = fetched.map(([type, rel, labels, props]) => ({
      type: type ?? follow.types[0],
      rel: rel === null ? {} : named(follow.rel, rel),
      labels: labels ?? [kind!],
      props: merged(ctx, named(follow.props, props)),
    }));
    if (!follow.page) ctx.loaders.primeRelated(id, follow.types, follow.direction, rows);
    else if (params[`${follow.page.param}limit`] !== undefined) {
      const [skip, limit] = [params[`${follow.page.param}skip`] as number, params[`${follow.page.param}limit`] as number];
      ctx.loaders.primeWindow(id, follow.key, { skip, limit, rows, total });
    }
    rows.forEach((row, j) => prime(ctx, follow.below, row.props.id, fetched[j][4], params));
  });
}

/**
 * Runs one planned statement for the given nodes and primes the loaders with the nodes
 * themselves and everything the plan read below them: the resolvers then answer the whole
 * request from memory, and whatever the plan did not reach they still load, batched.
 */
export async function fetchPlanned(
  ctx: Context,
  plan: NodePlan,
  text: string,
  ids: string[],
  variables: Record<string, unknown> = {},
  /** Parameters of what else the text composes (src/plan/special.ts). */
  extra: Row = {},
): Promise<Row[]> {
  const params = planParams(plan, variables);
  const rows = await ctx.db.readPlanned(text, { ids, ...params, ...extra });
  primePlanned(ctx, plan, rows, params);
  return rows;
}

/**
 * Primes the loaders with planned rows ({id, labels, props, below}), however the statement
 * that read them was composed; `params` are the page parameters it ran with (planParams);
 * `whole`: the rows carry all their properties, so they answer lookups of the entity too.
 */
export function primePlanned(ctx: Context, plan: NodePlan, rows: Row[], params: Row = {}, whole = true): void {
  for (const row of rows) {
    if (whole) ctx.loaders.entity.prime(row.id, { ...row.props, __labels: row.labels });
    prime(ctx, plan, row.id, row.below, params);
  }
}
