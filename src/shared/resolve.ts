import type { Context } from '../server/context';
import type { Related } from './repository';
import { toNode } from './registry';
import type { Node } from './types';

/** Entities at the other end of `types` from `id`, as GraphQL objects. */
export async function relatedNodes<T extends Node>(ctx: Context, id: string, types: string[], direction: 'out' | 'in' = 'out'): Promise<T[]> {
  const rows = await ctx.loaders.related(id, types, direction);
  return rows.map((r) => toNode(r.props, r.labels)).filter((n): n is T => n !== null);
}

export async function relatedNode<T extends Node>(ctx: Context, id: string, types: string[], direction: 'out' | 'in' = 'out'): Promise<T | null> {
  return (await relatedNodes<T>(ctx, id, types, direction))[0] ?? null;
}

/** Relationships with their properties and far ends, filtered to those valid on `asOf`. */
export async function relatedEdges(ctx: Context, id: string, types: string[], direction: 'out' | 'in', asOf?: string): Promise<(Related & { node: Node })[]> {
  const rows = await ctx.loaders.related(id, types, direction);
  return rows
    .filter((r) => isValidOn(r.rel, asOf) && isValidOn(r.props, asOf))
    .map((r) => ({ ...r, node: toNode(r.props, r.labels)! }))
    .filter((r) => r.node !== null);
}

/**
 * Whether something with validity (validFrom/validTo, founded/dissolved) holds on a day.
 * Unknown bounds do not exclude: the sources leave many open.
 */
export function isValidOn(props: Record<string, any>, asOf?: string): boolean {
  if (!asOf) return true;
  const from = props.validFromStart ?? props.foundedStart;
  const to = props.validToEnd ?? props.dissolvedEnd;
  return (!from || from <= asOf) && (!to || to >= asOf);
}
