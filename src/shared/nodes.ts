import type { Row } from '../db/database';
import { toNode } from './registry';
import type { EntityRow } from './repository';
import type { Node } from './types';

/**
 * Rows of the repositories as GraphQL objects: the one step between a repository's plain
 * rows and the types the schema declares. Rows of a kind the schema has no type for are
 * left out.
 */
export function nodes<T extends Node>(rows: readonly EntityRow[]): T[] {
  return rows.map((r) => toNode(r.props, r.labels)).filter((n): n is T => n !== null);
}

export function node<T extends Node>(row: EntityRow | undefined): T | null {
  return row ? (toNode(row.props, row.labels) as T | null) : null;
}

/** Relationship rows as the entity at the far end (a GraphQL object) with the relationship's properties. */
export function links<T extends Node>(rows: readonly (EntityRow & { rel: Row })[]): { node: T; rel: Row }[] {
  return rows.flatMap((r) => {
    const far = toNode(r.props, r.labels) as T | null;
    return far ? [{ node: far, rel: r.rel }] : [];
  });
}

/**
 * A field resolver resolves one parent; repositories answer for many ids at once (their
 * loaders batch the siblings). These take the answer for `[parent.id]` and give its objects.
 */
export const nodesFor = async <T extends Node>(answer: Promise<EntityRow[][]>): Promise<T[]> => nodes<T>((await answer)[0]);
export const nodeFor = async <T extends Node>(answer: Promise<(EntityRow | undefined)[]>): Promise<T | null> => node<T>((await answer)[0]);
