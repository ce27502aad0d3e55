import type { Row } from '../db/database';
import type { Context } from '../server/context';
import type { Related } from '../shared/repository';
import type { NodePlan } from './plan';

interface Fetched {
  type: string;
  rel: Row;
  labels: string[];
  props: Row;
  below: Row;
}

/** Hands each node's planned lists to the request's loaders, level by level. */
function prime(ctx: Context, plan: NodePlan, id: string, below: Row): void {
  plan.follows.forEach((follow, i) => {
    const fetched = below[`f${i}`] as Fetched[] | null;
    if (fetched == null) return; // the node lacks the label this relationship is read for
    const rows: Related[] = fetched.map(({ type, rel, labels, props }) => ({ type, rel, labels, props }));
    ctx.loaders.primeRelated(id, follow.types, follow.direction, rows);
    for (const row of fetched) prime(ctx, follow.below, row.props.id, row.below);
  });
}

/**
 * Runs one planned statement for the given nodes and primes the loaders with the nodes
 * themselves and everything the plan read below them: the resolvers then answer the whole
 * request from memory, and whatever the plan did not reach they still load, batched.
 */
export async function fetchPlanned(ctx: Context, plan: NodePlan, text: string, ids: string[]): Promise<void> {
  const rows = await ctx.db.readPlanned(text, { ids });
  for (const row of rows) {
    ctx.loaders.entity.prime(row.id, { ...row.props, __labels: row.labels });
    prime(ctx, plan, row.id, row.below);
  }
}
