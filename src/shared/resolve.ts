import { reads, type Read } from '../model';
import type { Context } from '../server/context';
import type { Related } from './repository';
import { toNode } from './registry';
import type { Node } from './types';

/**
 * The relationships a GraphQL field follows, as the model declares them (the `read` entries
 * of src/model/relationships.ts): along('Body', 'principals') is PRINCIPAL_OF, incoming.
 * Resolvers name fields, never relationship types.
 */
export const along = (type: string, field: string): Read[] => reads(type, field);

async function follow(ctx: Context, id: string, groups: Read[]): Promise<Related[]> {
  const rows = await Promise.all(groups.map((g) => ctx.loaders.related(id, g.types, g.direction)));
  return rows.flat();
}

/** Entities at the other end of the relationships a field follows, as GraphQL objects. */
export async function relatedNodes<T extends Node>(ctx: Context, id: string, groups: Read[]): Promise<T[]> {
  const rows = await follow(ctx, id, groups);
  return rows.map((r) => toNode(r.props, r.labels)).filter((n): n is T => n !== null);
}

export async function relatedNode<T extends Node>(ctx: Context, id: string, groups: Read[]): Promise<T | null> {
  return (await relatedNodes<T>(ctx, id, groups))[0] ?? null;
}

/** Relationships with their properties and far ends, filtered to those valid on `asOf`. */
export async function relatedEdges(ctx: Context, id: string, groups: Read[], asOf?: string): Promise<(Related & { node: Node })[]> {
  const rows = await follow(ctx, id, groups);
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
